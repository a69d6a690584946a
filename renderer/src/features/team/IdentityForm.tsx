// The name and device label a person's changes are stamped with: in Settings → Team and in the
// first-run prompt. The label need not be unique — merging counts writes by a hidden per-
// installation id — it only helps colleagues tell who changed what.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../data/hooks';
import { DEFAULT_DEVICE_LABEL, LABEL_MAX, NAME_MAX } from '../../data/store';
import type { Identity } from '../../data/store';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export type IdentityFormProps = {
  identity: Identity;
  submitLabel: string;
  onSaved: () => void;
  /** The first-run prompt's "Skip": keeps the label there is, or a per-installation default. */
  onSkip?: () => void;
};

export function IdentityForm({ identity, submitLabel, onSaved, onSkip }: IdentityFormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const [name, setName] = useState(identity.name);
  // The placeholder label is not worth keeping as typed text.
  const initialLabel = identity.label === DEFAULT_DEVICE_LABEL ? '' : identity.label;
  const [label, setLabel] = useState(initialLabel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unchanged = name.trim() === identity.name && label.trim() === identity.label;

  const save = async (next: { name: string; label: string }) => {
    setBusy(true);
    setError(null);
    try {
      await store.setIdentity(next);
      onSaved();
    } catch {
      setError('team.who.saveFailed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="team__identity"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ name, label });
      }}
    >
      <Field label={t('team.who.name')} hint={t('team.who.nameHint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={name}
            maxLength={NAME_MAX}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('team.who.device')}
        hint={t('team.who.deviceHint')}
        error={error ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={label}
            maxLength={LABEL_MAX}
            onChange={(e) => setLabel(e.target.value)}
          />
        )}
      </Field>
      <div className="settings__actions">
        <Button
          type="submit"
          variant="primary"
          disabled={busy || (unchanged && identity.confirmedAt !== null)}
        >
          {submitLabel}
        </Button>
        {onSkip && (
          <Button
            disabled={busy}
            onClick={() => {
              onSkip();
              void save({ name: identity.name, label: initialLabel });
            }}
          >
            {t('team.firstRun.skip')}
          </Button>
        )}
      </div>
    </form>
  );
}
