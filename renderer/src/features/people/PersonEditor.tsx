// The detail panel of one person (or of a new one): the form, saving with validation, deleting
// with undo, and the person's participations and relationships.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Organisation,
  Participation,
  Person,
  PlenaryEvent,
  Relationship,
} from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { createPerson, deletePerson, updatePerson } from '../../data/repo/people';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EraseDialog } from '../privacy/PrivacyPage';
import { toFormErrors } from '../../ui/errors';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { useUndoToast } from '../../ui/useUndoToast';
import { fullName } from './peopleTable';
import { deletionImpact, participationsOfPerson, relationshipsOfPerson } from './personDetail';
import { sameDraft, toDraft, toFormValues, validatePersonForm } from './personForm';
import type { FieldErrors, PersonFormValues } from './personForm';
import { PersonForm } from './PersonForm';
import type { Suggestions } from './PersonForm';
import { PersonParticipations, PersonRelationships } from './PersonRelations';

export type PersonEditorProps = {
  /** null: the form creates a new person. */
  person: Person | null;
  people: readonly Person[];
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
  participations: readonly Participation[];
  relationships: readonly Relationship[];
  suggestions: Suggestions;
  onClose: () => void;
  onCreated: (person: Person) => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

type FormMessage = { key: string; detail?: string } | null;

export function PersonEditor(props: PersonEditorProps) {
  const { person, organisations, onClose, onCreated, onDeleted, onDirtyChange } = props;
  const { t, i18n } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const showUndoToast = useUndoToast();
  const formRef = useRef<HTMLFormElement>(null);

  // The form follows the stored record (an undo, an edit elsewhere) unless the user is editing.
  const recordKey = person ? `${person.id}:${person.revision}` : 'new';
  const [synced, setSynced] = useState(() => ({ key: recordKey, baseline: toFormValues(person) }));
  const [values, setValues] = useState<PersonFormValues>(synced.baseline);
  const dirty = !sameDraft(values, synced.baseline);
  if (synced.key !== recordKey) {
    const baseline = toFormValues(person);
    setSynced({ key: recordKey, baseline });
    if (!dirty) setValues(baseline);
  }

  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage>(null);
  const [revalidate, setRevalidate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [erasing, setErasing] = useState(false);

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  // A new person's form starts at its first field.
  const isNew = person === null;
  useEffect(() => {
    if (isNew) formRef.current?.querySelector<HTMLElement>('.panel__body input')?.focus();
  }, [isNew]);

  const change = (next: PersonFormValues) => {
    setValues(next);
    setSavedAt(null);
    // After a failed save, errors clear as the user fixes them.
    if (revalidate) {
      const nextErrors = validatePersonForm(next);
      setErrors(nextErrors);
      if (Object.keys(nextErrors).length === 0) setMessage(null);
    }
  };

  const showErrors = (fields: FieldErrors, form: FormMessage) => {
    setErrors(fields);
    setMessage(form);
    setRevalidate(true);
    requestAnimationFrame(() => {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        form?.querySelector<HTMLElement>('.person-panel__notice');
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'center' });
    });
  };

  const save = async () => {
    const fields = validatePersonForm(values);
    if (Object.keys(fields).length > 0) {
      showErrors(fields, { key: 'errors.fixFields' });
      return;
    }
    setBusy(true);
    try {
      const draft = toDraft(values);
      if (person === null) {
        const created = await createPerson(store, draft);
        onDirtyChange(false);
        toasts.show(t('people.toast.created', { name: fullName(created) }));
        onCreated(created);
        return;
      }
      const saved = await updatePerson(store, person.id, draft);
      const baseline = toFormValues(saved);
      setSynced({ key: `${saved.id}:${saved.revision}`, baseline });
      setValues(baseline);
      setErrors({});
      setMessage(null);
      setRevalidate(false);
      setSavedAt(saved.updatedAt);
    } catch (error) {
      const result = toFormErrors(error);
      showErrors(
        result.fields,
        result.form === null ? null : { key: result.form, detail: result.detail },
      );
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (person === null) return;
    setBusy(true);
    try {
      await deletePerson(store, person.id);
      setConfirmDelete(false);
      onDirtyChange(false);
      showUndoToast(t('people.toast.deleted', { name: fullName(person) }));
      onDeleted();
    } catch (error) {
      setConfirmDelete(false);
      const result = toFormErrors(error);
      setMessage(result.form === null ? null : { key: result.form, detail: result.detail });
    } finally {
      setBusy(false);
    }
  };

  const { people, events, participations, relationships } = props;
  const personId = person?.id ?? null;
  const participationItems = useMemo(
    () => (personId === null ? [] : participationsOfPerson(personId, participations, events)),
    [personId, participations, events],
  );
  const relationshipItems = useMemo(
    () =>
      personId === null
        ? []
        : relationshipsOfPerson(personId, relationships, people, organisations),
    [personId, relationships, people, organisations],
  );
  const impact = useMemo(
    () =>
      personId === null
        ? { participations: 0, relationships: 0 }
        : deletionImpact(personId, participations, relationships),
    [personId, participations, relationships],
  );
  const dateTime = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );

  const title = person ? fullName(person) : t('people.panel.newTitle');
  return (
    <form
      ref={formRef}
      className="person-panel"
      noValidate
      aria-labelledby="person-panel-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          // Blur first so that a half-typed tag is committed before saving.
          (document.activeElement as HTMLElement | null)?.blur();
          window.setTimeout(() => formRef.current?.requestSubmit(), 0);
        }
      }}
    >
      <div className="panel__header">
        <div className="person-panel__heading">
          <h2 id="person-panel-title">{title}</h2>
          {person && (
            <p className="person-panel__meta">
              {t('people.panel.updated', {
                date: dateTime.format(new Date(person.updatedAt)),
                by: person.updatedBy,
              })}
            </p>
          )}
        </div>
        <Button variant="ghost" icon="close" label={t('people.panel.close')} onClick={onClose} />
      </div>

      <div className="panel__body person-panel__body">
        {message && (
          <div tabIndex={-1} className="person-panel__notice">
            <Notice tone="error">{t(message.key, { details: message.detail })}</Notice>
          </div>
        )}
        <PersonForm
          values={values}
          onChange={change}
          errors={errors}
          organisations={organisations}
          suggestions={props.suggestions}
        />
        {person && (
          <>
            <PersonParticipations items={participationItems} />
            <PersonRelationships items={relationshipItems} />
          </>
        )}
      </div>

      <div className="panel__footer person-panel__footer">
        {person && (
          <Button
            variant="ghost"
            icon="trash"
            className="person-panel__delete"
            onClick={() => setConfirmDelete(true)}
            disabled={busy}
          >
            {t('common.actions.delete')}
          </Button>
        )}
        {person && (
          <Button variant="ghost" onClick={() => setErasing(true)} disabled={busy}>
            {t('privacy.erase.button')}
          </Button>
        )}
        <span className="person-panel__status" role="status">
          {dirty ? t('common.unsavedChanges') : savedAt ? t('common.saved') : ''}
        </span>
        <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy || (person !== null && !dirty)}>
          {person ? t('common.actions.saveChanges') : t('people.panel.create')}
        </Button>
      </div>

      {person && (
        <ConfirmDialog
          open={confirmDelete}
          title={t('people.delete.title', { name: fullName(person) })}
          confirmLabel={t('people.delete.confirm')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>{deleteMessage(t, impact)}</p>
        </ConfirmDialog>
      )}
      {person && erasing && (
        <EraseDialog
          person={{ id: person.id, name: fullName(person) }}
          onDone={(erased) => {
            setErasing(false);
            if (erased) onDeleted();
          }}
        />
      )}
    </form>
  );
}

function deleteMessage(
  t: ReturnType<typeof useTranslation>['t'],
  impact: { participations: number; relationships: number },
): string {
  const parts = [
    impact.participations > 0
      ? t('people.delete.participations', { count: impact.participations })
      : null,
    impact.relationships > 0
      ? t('people.delete.relationships', { count: impact.relationships })
      : null,
  ].filter((p): p is string => p !== null);
  const removed =
    parts.length === 2
      ? t('people.delete.removesBoth', { first: parts[0], second: parts[1] })
      : parts.length === 1
        ? t('people.delete.removesOne', { items: parts[0] })
        : t('people.delete.removesNothing');
  return `${removed} ${t('people.delete.undoHint')}`;
}
