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
      <PasswordField
        label={t('common.passphrase.label')}
        hint={t(hint.key, { count: hint.count })}
        error={problem === 'common.passphrase.tooShort' ? problem : undefined}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
      />
      <PasswordField
        label={t('common.passphrase.confirm')}
        error={problem === 'common.passphrase.mismatch' ? problem : undefined}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
      />
    </>
  );
}

/** One passphrase input, labelled, with its hint and error tied to it. */
export function PasswordField({
  value,
  onChange,
  current = false,
  onEnter,
  ...frame
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /**
   * True to enter an existing passphrase (password managers offer to fill it in); false for a
   * new one (they offer to generate and store it).
   */
  current?: boolean;
  /** Enter pressed in a field that is not inside a form of its own (e.g. a dialog). */
  onEnter?: () => void;
}) {
  return (
    <Field {...frame}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          autoComplete={current ? 'current-password' : 'new-password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onEnter !== undefined) onEnter();
          }}
        />
      )}
    </Field>
  );
}
