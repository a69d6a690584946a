// The person's organisations: each with a title, one of them primary (a radio group).
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationId } from '@shared/domain/model';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/icons';
import { fieldError, newAffiliationRow, organisationOptions } from './personForm';
import type { AffiliationRow, FieldErrors } from './personForm';

type AffiliationsEditorProps = {
  rows: readonly AffiliationRow[];
  onChange: (rows: AffiliationRow[]) => void;
  errors: FieldErrors;
  organisations: readonly Organisation[];
};

export function AffiliationsEditor({
  rows,
  onChange,
  errors,
  organisations,
}: AffiliationsEditorProps) {
  const { t, i18n } = useTranslation();
  const radioName = useId();
  const options = useMemo(
    () => organisationOptions(organisations, i18n.language),
    [organisations, i18n.language],
  );
  const update = (index: number, patch: Partial<AffiliationRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const listError = errors.affiliations;

  return (
    <div className="affiliations">
      {rows.length === 0 && (
        <p className="muted affiliations__empty">{t('people.form.noAffiliations')}</p>
      )}
      {rows.length > 0 && (
        <ol className="affiliations__list">
          {rows.map((row, index) => {
            const orgLabel = t('people.form.organisationN', { n: index + 1 });
            return (
              <li key={row.key} className="affiliation" aria-label={orgLabel}>
                <div className="affiliation__fields">
                  <Field
                    label={t('people.form.organisation')}
                    error={fieldError(errors, `affiliations.${index}.organisationId`)}
                  >
                    {(c) => (
                      <Combobox
                        {...c}
                        options={options}
                        value={row.organisationId === null ? [] : [row.organisationId]}
                        placeholder={t('people.form.chooseOrganisation')}
                        onChange={(v) =>
                          update(index, {
                            organisationId: (v[0] as OrganisationId | undefined) ?? null,
                          })
                        }
                      />
                    )}
                  </Field>
                  <Field
                    label={t('people.form.title')}
                    error={fieldError(errors, `affiliations.${index}.title`)}
                  >
                    {(c) => (
                      <input
                        {...c}
                        className="input"
                        value={row.title}
                        placeholder={t('people.form.titlePlaceholder')}
                        onChange={(e) => update(index, { title: e.target.value })}
                      />
                    )}
                  </Field>
                </div>
                <div className="affiliation__actions">
                  <label className="checkbox">
                    <input
                      type="radio"
                      name={radioName}
                      checked={row.primary}
                      onChange={() =>
                        onChange(rows.map((r, i) => ({ ...r, primary: i === index })))
                      }
                    />
                    {t('people.form.primary')}
                  </label>
                  <Button
                    variant="ghost"
                    size="small"
                    icon="trash"
                    onClick={() => {
                      const next = rows.filter((_, i) => i !== index);
                      // The primary one removed: the first remaining one becomes primary.
                      if (row.primary && next[0]) next[0] = { ...next[0], primary: true };
                      onChange(next);
                    }}
                    aria-label={t('people.form.removeAffiliation', { n: index + 1 })}
                  >
                    {t('common.actions.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError && (
        <p className="field__error">
          <Icon name="error" size={14} />
          {t(listError)}
        </p>
      )}
      <div>
        <Button
          size="small"
          icon="plus"
          onClick={() => onChange([...rows, newAffiliationRow(rows.length === 0)])}
        >
          {t('people.form.addAffiliation')}
        </Button>
      </div>
    </div>
  );
}
