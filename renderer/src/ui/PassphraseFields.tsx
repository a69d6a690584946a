// A new passphrase and its confirmation, with the live length hint; each error sits under the
// field it is about (tied to it by aria-describedby) once the user has tried to go on.
import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { checkNewPassphrase, passphraseHint } from './passphrase';

export type PassphraseValue = { passphrase: string; confirm: string };

export function PassphraseFields({
  value,
  onChange,
  showErrors,
}: {
  value: PassphraseValue;
  onChange: (value: PassphraseValue) => void;
  /** Show what is wrong: after a first attempt to submit, not while the user is still typing. */
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const problem = showErrors ? checkNewPassphrase(value.passphrase, value.confirm) : null;
  const hint = passphraseHint(value.passphrase);
  return (
    <>
      <NewPasswordField
        label={t('common.passphrase.label')}
        hint={t(hint.key, { count: hint.count })}
        error={problem === 'common.passphrase.tooShort' ? problem : undefined}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
      />
      <NewPasswordField
        label={t('common.passphrase.confirm')}
        error={problem === 'common.passphrase.mismatch' ? problem : undefined}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
      />
    </>
  );
}

function NewPasswordField({
  value,
  onChange,
  ...frame
}: {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field {...frame}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          // Password managers offer to generate and store a new secret here, not to fill one in.
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
