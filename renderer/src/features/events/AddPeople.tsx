// "Add people": pick several people not yet in the event (by name or organisation), give them a
// role and a status, and add them in one undoable step.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Organisation,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PersonId,
  PlenaryEvent,
} from '@shared/domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES, eventLevel } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { addParticipants } from '../../data/repo/participations';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { enumOptions } from '../../ui/options';
import { toFormErrors } from '../../ui/errors';
import { addablePeopleOptions } from './participants';
import { useUndoToast } from '../../ui/useUndoToast';

export type AddPeopleProps = {
  event: PlenaryEvent;
  people: readonly Person[];
  /** The event's own participations (people already in it are not offered). */
  participations: readonly Participation[];
  organisationsById: ReadonlyMap<OrganisationId, Organisation>;
  onClose: () => void;
};

export function AddPeople({
  event,
  people,
  participations,
  organisationsById,
  onClose,
}: AddPeopleProps) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const ref = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState<string[]>([]);
  // Sessions are mostly about who speaks; events about who attends.
  const [role, setRole] = useState<ParticipationRole>(
    eventLevel(event.kind) === 2 ? 'speaker' : 'participant',
  );
  const [status, setStatus] = useState<ParticipationStatus>('candidate');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useMemo(
    () => addablePeopleOptions(people, participations, organisationsById),
    [people, participations, organisationsById],
  );

  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (selected.length === 0 || busy) return;
    setBusy(true);
    try {
      await addParticipants(store, event.id, selected as PersonId[], role, status);
      undoToast(t('events.add.added', { count: selected.length, event: event.name }));
      onClose();
    } catch (err) {
      const f = toFormErrors(err);
      setError(t(f.fields.personId ?? f.form ?? 'errors.saveFailed', { details: f.detail ?? '' }));
      setBusy(false);
    }
  };

  return (
    <form
      ref={ref}
      className="add-people"
      aria-labelledby="add-people-title"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onClose();
      }}
    >
      <div className="add-people__head">
        <h3 id="add-people-title">{t('events.add.title', { event: event.name })}</h3>
        <Button
          icon="close"
          variant="ghost"
          size="small"
          label={t('events.add.close')}
          onClick={onClose}
        />
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="add-people__grid">
        <Field
          label={t('events.add.people')}
          hint={t('events.add.peopleHint', { count: options.length })}
          className="add-people__picker"
        >
          {(c) => (
            <Combobox
              {...c}
              multiple
              options={options}
              value={selected}
              placeholder={t('events.add.placeholder')}
              onChange={setSelected}
            />
          )}
        </Field>
        <Field label={t('events.add.role')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={role}
              onChange={(e) => setRole(e.target.value as ParticipationRole)}
            >
              {enumOptions(t, 'role', PARTICIPATION_ROLES).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('events.add.status')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={status}
              onChange={(e) => setStatus(e.target.value as ParticipationStatus)}
            >
              {enumOptions(t, 'status', PARTICIPATION_STATUSES).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="add-people__actions">
        <Button onClick={onClose} disabled={busy}>
          {t('common.actions.cancel')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          icon="plus"
          disabled={busy || selected.length === 0}
        >
          {selected.length === 0
            ? t('events.add.submitNone')
            : t('events.add.submit', { count: selected.length })}
        </Button>
      </div>
    </form>
  );
}
