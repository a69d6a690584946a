// The event form: create a process, event or session, or edit one. The kind list follows the
// parent (top level: a process or an event; under a process: events; under an event: sessions),
// and an event that already has sessions keeps its level.
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, EventKind, EventMode, Iso2, PlenaryEvent } from '@shared/domain/model';
import { EVENT_MODES, eventLevel } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { createEvent, updateEvent } from '../../data/repo/events';
import type { EventDraft } from '../../data/repo/events';
import { Field } from '../../ui/Field';
import {
  FormActions,
  PickOneField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/FormFields';
import { Notice } from '../../ui/Notice';
import { countryOptions, enumOptions } from '../../ui/options';
import { NO_ERRORS, toFormErrors } from '../../ui/errors';
import type { FormErrors } from '../../ui/errors';
import { allowedKinds, levelFixedByChildren, parentCandidates } from './eventTree';
import { useUndoToast } from '../../ui/useUndoToast';

export type EventFormProps = {
  /** The event to edit, or null to create one from `initial`. */
  event: PlenaryEvent | null;
  initial: EventDraft;
  events: readonly PlenaryEvent[];
  onCancel: () => void;
  onCreated: (created: PlenaryEvent) => void;
};

export function draftOf(e: PlenaryEvent): EventDraft {
  const { name, kind, parentId, startDate, endDate, city, country, mode, theme, notes } = e;
  return { name, kind, parentId, startDate, endDate, city, country, mode, theme, notes };
}

export function EventForm({ event, initial, events, onCancel, onCreated }: EventFormProps) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const id = event?.id ?? null;
  const [draft, setDraft] = useState<EventDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const savedKey = JSON.stringify(initial);
  const dirty = savedKey !== JSON.stringify(draft);
  // When the record changes underneath (an undo, a save), an untouched form follows it.
  const [baseKey, setBaseKey] = useState(savedKey);
  if (baseKey !== savedKey) {
    setBaseKey(savedKey);
    if (JSON.stringify(draft) === baseKey) setDraft(initial);
  }

  const fixedLevel = useMemo(() => levelFixedByChildren(events, id), [events, id]);
  const parents = useMemo(() => parentCandidates(events, id, fixedLevel), [events, id, fixedLevel]);
  const parent =
    draft.parentId === null ? null : (events.find((e) => e.id === draft.parentId) ?? null);
  const kinds = allowedKinds(parent, fixedLevel);
  const parentOptions = useMemo(
    () =>
      parents.map((p) => ({ value: p.id, label: p.name, meta: t(`enums.eventKind.${p.kind}`) })),
    [parents, t],
  );
  const endBeforeStart =
    draft.startDate !== null && draft.endDate !== null && draft.endDate < draft.startDate;

  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors.fields[key]) {
      setErrors((e) => {
        const fields = { ...e.fields };
        delete fields[key];
        return { ...e, fields };
      });
    }
  };

  const setParent = (parentId: EventId | null) => {
    const next = parentId === null ? null : (events.find((e) => e.id === parentId) ?? null);
    const nextKinds = allowedKinds(next, fixedLevel);
    setDraft((d) => ({
      ...d,
      parentId,
      // A kind that does not fit under the new parent gives way to the first one that does.
      kind: nextKinds.includes(d.kind) ? d.kind : (nextKinds[0] ?? d.kind),
    }));
    setErrors((e) => ({ ...e, fields: { ...e.fields, parentId: '', kind: '' } }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (draft.name.trim() === '') fields.name = 'validation.required';
    if (endBeforeStart) fields.endDate = 'validation.endBeforeStart';
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, form: 'errors.fixFields' });
      return;
    }
    setBusy(true);
    const clean = { ...draft, name: draft.name.trim(), city: draft.city.trim() };
    try {
      if (id === null) {
        const created = await createEvent(store, clean);
        undoToast(t('events.toast.created', { name: created.name }));
        onCreated(created);
      } else {
        await updateEvent(store, id, clean);
        setDraft(clean);
        undoToast(t('events.toast.saved', { name: clean.name }));
      }
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(toFormErrors(error));
    } finally {
      setBusy(false);
    }
  };

  const levels = [0, 1, 2] as const;
  return (
    <form className="event-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="panel__body event-form__body">
        {errors.form && (
          <Notice tone="error">{t(errors.form, { details: errors.detail ?? '' })}</Notice>
        )}
        <div className="form-grid">
          <TextField
            label={t('events.fields.name')}
            required
            error={errors.fields.name}
            className="span-2"
            value={draft.name}
            onChange={(v) => set('name', v)}
          />
          <PickOneField<EventId>
            label={t('events.fields.parent')}
            error={errors.fields.parentId || undefined}
            hint={
              fixedLevel !== null
                ? t('events.fields.parentFixedHint')
                : t('events.fields.parentHint')
            }
            options={parentOptions}
            value={draft.parentId}
            placeholder={t('events.fields.parentNone')}
            onChange={setParent}
          />
          <Field label={t('events.fields.kind')} error={errors.fields.kind || undefined}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={draft.kind}
                onChange={(e) => set('kind', e.target.value as EventKind)}
              >
                {levels.map((level) => {
                  const ofLevel = kinds.filter((k) => eventLevel(k) === level);
                  if (ofLevel.length === 0) return null;
                  return (
                    <optgroup key={level} label={t(`enums.eventLevel.${level}`)}>
                      {enumOptions(t, 'eventKind', ofLevel).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            )}
          </Field>
          <TextField
            label={t('events.fields.startDate')}
            error={errors.fields.startDate}
            type="date"
            value={draft.startDate ?? ''}
            onChange={(v) => set('startDate', v === '' ? null : v)}
          />
          <TextField
            label={t('events.fields.endDate')}
            error={
              errors.fields.endDate || (endBeforeStart ? 'validation.endBeforeStart' : undefined)
            }
            type="date"
            min={draft.startDate ?? undefined}
            value={draft.endDate ?? ''}
            onChange={(v) => set('endDate', v === '' ? null : v)}
          />
          <TextField
            label={t('events.fields.city')}
            error={errors.fields.city}
            value={draft.city}
            onChange={(v) => set('city', v)}
          />
          <PickOneField<Iso2>
            label={t('events.fields.country')}
            error={errors.fields.country}
            options={countryOptions()}
            value={draft.country}
            placeholder={t('events.fields.countryPlaceholder')}
            onChange={(v) => set('country', v)}
          />
          <SelectField<EventMode>
            label={t('events.fields.mode')}
            error={errors.fields.mode}
            options={enumOptions(t, 'eventMode', EVENT_MODES)}
            value={draft.mode}
            onChange={(v) => set('mode', v)}
          />
          <TextField
            label={t('events.fields.theme')}
            error={errors.fields.theme}
            value={draft.theme}
            onChange={(v) => set('theme', v)}
          />
          <TextAreaField
            label={t('events.fields.notes')}
            error={errors.fields.notes}
            className="span-2"
            value={draft.notes}
            onChange={(v) => set('notes', v)}
          />
        </div>
      </div>
      <div className="panel__footer">
        <FormActions
          isNew={id === null}
          dirty={dirty}
          busy={busy}
          createLabel={t('events.form.create')}
          onCancel={onCancel}
          onDiscard={() => setDraft(initial)}
        />
      </div>
    </form>
  );
}
