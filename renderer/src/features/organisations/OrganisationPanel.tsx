// The organisation panel: the edit form, the people affiliated and the child organisations, and
// deleting (which detaches both, undoably).
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Iso2, Organisation, OrganisationId, Person } from '@shared/domain/model';
import { STAKEHOLDER_GROUPS } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import {
  createOrganisation,
  deleteOrganisation,
  emptyOrganisationDraft,
  updateOrganisation,
} from '../../data/repo/organisations';
import type { OrganisationDraft } from '../../data/repo/organisations';
import { navigate, routeHref } from '../../app/router';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
import { useUndoToast } from '../../ui/useUndoToast';
import {
  affiliatedPeople,
  childOrganisations,
  organisationDeleteImpact,
  parentCandidates,
} from './organisationList';

export type OrganisationPanelProps = {
  /** The organisation to edit, or null to create one. */
  organisation: Organisation | null;
  organisations: readonly Organisation[];
  people: readonly Person[];
  /** After a create, before navigating to the new organisation. */
  onCreated: (created: Organisation) => void;
};

function draftOf(o: Organisation | null): OrganisationDraft {
  if (o === null) return emptyOrganisationDraft();
  const { name, acronym, type, country, parentId, website, notes } = o;
  return { name, acronym, type, country, parentId, website, notes };
}

export function OrganisationPanel({
  organisation,
  organisations,
  people,
  onCreated,
}: OrganisationPanelProps) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const id = organisation?.id ?? null;
  const [draft, setDraft] = useState<OrganisationDraft>(() => draftOf(organisation));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const saved = useMemo(() => draftOf(organisation), [organisation]);
  const savedKey = JSON.stringify(saved);
  const dirty = savedKey !== JSON.stringify(draft);
  // When the record changes underneath (an undo, a save), an untouched form follows it.
  const [baseKey, setBaseKey] = useState(savedKey);
  if (baseKey !== savedKey) {
    setBaseKey(savedKey);
    if (JSON.stringify(draft) === baseKey) setDraft(saved);
  }
  const parents = useMemo(
    () =>
      parentCandidates([...organisations], id).map((o) => ({
        value: o.id,
        label: o.name,
        ...(o.acronym ? { meta: o.acronym, keywords: [o.acronym] } : {}),
      })),
    [organisations, id],
  );
  const members = useMemo(() => (id === null ? [] : affiliatedPeople(people, id)), [people, id]);
  const children = useMemo(
    () => (id === null ? [] : childOrganisations([...organisations], id)),
    [organisations, id],
  );
  const impact = useMemo(
    () => (id === null ? null : organisationDeleteImpact(organisations, people, id)),
    [organisations, people, id],
  );

  const set = <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors.fields[key]) {
      setErrors((e) => {
        const fields = { ...e.fields };
        delete fields[key];
        return { ...e, fields };
      });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (draft.name.trim() === '') {
      setErrors({ fields: { name: 'validation.required' }, form: 'errors.fixFields' });
      return;
    }
    setBusy(true);
    try {
      const clean = { ...draft, name: draft.name.trim(), acronym: draft.acronym.trim() };
      if (id === null) {
        const created = await createOrganisation(store, clean);
        undoToast(t('organisations.toast.created', { name: created.name }));
        onCreated(created);
        navigate('organisations', created.id);
      } else {
        await updateOrganisation(store, id, clean);
        setDraft(clean);
        undoToast(t('organisations.toast.saved', { name: clean.name }));
      }
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(toFormErrors(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (id === null || organisation === null) return;
    setBusy(true);
    try {
      await deleteOrganisation(store, id);
      setConfirming(false);
      navigate('organisations');
      undoToast(t('organisations.toast.deleted', { name: organisation.name }));
    } catch (error) {
      setConfirming(false);
      setErrors(toFormErrors(error));
      setBusy(false);
    }
  };

  const title = organisation?.name ?? t('organisations.panel.newTitle');
  return (
    <form
      className="org-panel"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="org-panel-title"
    >
      <div className="panel__header">
        <h2 id="org-panel-title" title={title}>
          {title}
        </h2>
        <Button
          icon="close"
          variant="ghost"
          label={t('organisations.panel.close')}
          onClick={() => navigate('organisations')}
        />
      </div>
      <div className="panel__body org-panel__body">
        {errors.form && (
          <Notice tone="error">{t(errors.form, { details: errors.detail ?? '' })}</Notice>
        )}
        <fieldset className="fieldset">
          <legend>{t('organisations.panel.details')}</legend>
          <div className="form-grid">
            <TextField
              label={t('organisations.fields.name')}
              required
              error={errors.fields.name}
              className="span-2"
              value={draft.name}
              onChange={(v) => set('name', v)}
            />
            <TextField
              label={t('organisations.fields.acronym')}
              error={errors.fields.acronym}
              value={draft.acronym}
              onChange={(v) => set('acronym', v)}
            />
            <SelectField<OrganisationDraft['type']>
              label={t('organisations.fields.type')}
              error={errors.fields.type}
              options={enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS)}
              value={draft.type}
              onChange={(v) => set('type', v)}
            />
            <PickOneField<Iso2>
              label={t('organisations.fields.country')}
              error={errors.fields.country}
              className="span-2"
              options={countryOptions()}
              value={draft.country}
              placeholder={t('organisations.fields.countryPlaceholder')}
              onChange={(v) => set('country', v)}
            />
            <PickOneField<OrganisationId>
              label={t('organisations.fields.parent')}
              error={errors.fields.parentId}
              hint={t('organisations.fields.parentHint')}
              className="span-2"
              options={parents}
              value={draft.parentId}
              placeholder={t('organisations.fields.parentPlaceholder')}
              onChange={(v) => set('parentId', v)}
            />
            <TextField
              label={t('organisations.fields.website')}
              error={errors.fields.website}
              className="span-2"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={draft.website}
              onChange={(v) => set('website', v)}
            />
            <TextAreaField
              label={t('organisations.fields.notes')}
              error={errors.fields.notes}
              className="span-2"
              value={draft.notes}
              onChange={(v) => set('notes', v)}
            />
          </div>
        </fieldset>

        {id !== null && (
          <>
            <section className="org-section" aria-labelledby="org-people-heading">
              <h3 id="org-people-heading">
                {t('organisations.people.heading')}
                <span className="org-section__count">{members.length}</span>
              </h3>
              {members.length === 0 ? (
                <p className="muted">{t('organisations.people.empty')}</p>
              ) : (
                <ul className="org-links">
                  {members.map((m) => (
                    <li key={m.person.id}>
                      <a href={routeHref('people', m.person.id)}>{m.name}</a>
                      {m.title && <span className="muted"> · {m.title}</span>}
                      {m.primary && m.person.affiliations.length > 1 && (
                        <span className="badge org-links__badge">
                          {t('organisations.people.primary')}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="org-section" aria-labelledby="org-children-heading">
              <h3 id="org-children-heading">
                {t('organisations.children.heading')}
                <span className="org-section__count">{children.length}</span>
              </h3>
              {children.length === 0 ? (
                <p className="muted">{t('organisations.children.empty')}</p>
              ) : (
                <ul className="org-links">
                  {children.map((c) => (
                    <li key={c.id}>
                      <a href={routeHref('organisations', c.id)}>{c.name}</a>
                      {c.acronym && <span className="muted"> · {c.acronym}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </div>
      <div className="panel__footer">
        {id !== null && (
          <Button
            variant="ghost"
            icon="trash"
            className="org-panel__delete"
            onClick={() => setConfirming(true)}
            disabled={busy}
          >
            {t('common.actions.delete')}
          </Button>
        )}
        <span className="org-panel__spacer" />
        <FormActions
          isNew={id === null}
          dirty={dirty}
          busy={busy}
          createLabel={t('organisations.panel.create')}
          onCancel={() => navigate('organisations')}
          onDiscard={() => setDraft(saved)}
        />
      </div>
      {organisation && impact && (
        <ConfirmDialog
          open={confirming}
          title={t('organisations.delete.title', { name: organisation.name })}
          confirmLabel={t('organisations.delete.confirm')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          <p>
            {impact.people === 0 && impact.children === 0
              ? t('organisations.delete.nothingAttached')
              : [
                  impact.people > 0
                    ? t('organisations.delete.people', { count: impact.people })
                    : '',
                  impact.children > 0
                    ? t('organisations.delete.children', { count: impact.children })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
          </p>
          <p className="muted">{t('organisations.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
