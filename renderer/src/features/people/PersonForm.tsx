// The person form's sections: markup only. The values, their validation and saving live in
// PersonEditor and personForm.ts.
import { useTranslation } from 'react-i18next';
import type { Iso2, Organisation } from '@shared/domain/model';
import { GENDERS, LEGAL_BASES, STAKEHOLDER_GROUPS } from '@shared/domain/model';
import { Combobox } from '../../ui/Combobox';
import { Field } from '../../ui/Field';
import { countryOptions, enumOptions } from '../../ui/options';
import { AffiliationsEditor } from './AffiliationsEditor';
import { fieldError } from './personForm';
import type { FieldErrors, PersonFormValues } from './personForm';
import { TagInput } from './TagInput';

export type Suggestions = { expertise: string[]; languages: string[]; tags: string[] };

type PersonFormProps = {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  errors: FieldErrors;
  organisations: readonly Organisation[];
  suggestions: Suggestions;
};

export function PersonForm({
  values,
  onChange,
  errors,
  organisations,
  suggestions,
}: PersonFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const err = (path: string) => fieldError(errors, path);
  const orNull = (s: string) => (s === '' ? null : s);

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('people.form.identity')}</legend>
        <div className="form-grid person-form__names">
          <Field label={t('people.form.honorific')} error={err('honorific')}>
            {(c) => (
              <input
                {...c}
                className="input"
                value={values.honorific}
                onChange={(e) => set('honorific', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('people.form.givenName')} error={err('givenName')}>
            {(c) => (
              <input
                {...c}
                className="input"
                autoComplete="off"
                value={values.givenName}
                onChange={(e) => set('givenName', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('people.form.familyName')} error={err('familyName')} required>
            {(c) => (
              <input
                {...c}
                className="input"
                autoComplete="off"
                aria-required="true"
                value={values.familyName}
                onChange={(e) => set('familyName', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="form-grid person-form__row">
          <Field
            label={t('people.form.gender')}
            error={err('gender')}
            hint={t('people.form.genderHint')}
          >
            {(c) => (
              <select
                {...c}
                className="select"
                value={values.gender}
                onChange={(e) =>
                  set('gender', GENDERS.find((g) => g === e.target.value) ?? 'unknown')
                }
              >
                {enumOptions(t, 'gender', GENDERS).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.gender === 'self-described' && (
            <Field
              label={t('people.form.genderSelfDescription')}
              error={err('genderSelfDescription')}
              required
            >
              {(c) => (
                <input
                  {...c}
                  className="input"
                  aria-required="true"
                  value={values.genderSelfDescription}
                  onChange={(e) => set('genderSelfDescription', e.target.value)}
                />
              )}
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.nationalityResidence')}</legend>
        <div className="form-grid">
          <Field
            className="span-2"
            label={t('people.form.nationalities')}
            error={err('nationalities')}
            hint={t('people.form.nationalitiesHint')}
          >
            {(c) => (
              <Combobox
                {...c}
                multiple
                options={countryOptions()}
                value={values.nationalities}
                placeholder={t('people.form.chooseCountries')}
                onChange={(v) => set('nationalities', v as Iso2[])}
              />
            )}
          </Field>
          <Field className="span-2" label={t('people.form.residence')} error={err('residence')}>
            {(c) => (
              <Combobox
                {...c}
                options={countryOptions()}
                value={values.residence === null ? [] : [values.residence]}
                placeholder={t('people.form.chooseCountry')}
                onChange={(v) => set('residence', (v[0] as Iso2 | undefined) ?? null)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.affiliations')}</legend>
        <AffiliationsEditor
          rows={values.affiliations}
          onChange={(rows) => set('affiliations', rows)}
          errors={errors}
          organisations={organisations}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.groupAndExpertise')}</legend>
        <div className="form-grid">
          <Field
            className="span-2"
            label={t('people.form.stakeholderGroup')}
            error={err('stakeholderGroup')}
          >
            {(c) => (
              <select
                {...c}
                className="select"
                value={values.stakeholderGroup ?? ''}
                onChange={(e) =>
                  set(
                    'stakeholderGroup',
                    STAKEHOLDER_GROUPS.find((g) => g === e.target.value) ?? null,
                  )
                }
              >
                <option value="">{t('enums.none')}</option>
                {enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            className="span-2"
            label={t('people.form.expertise')}
            error={err('expertise')}
            hint={t('people.form.listHint')}
          >
            {(c) => (
              <TagInput
                {...c}
                value={values.expertise}
                suggestions={suggestions.expertise}
                onChange={(v) => set('expertise', v)}
              />
            )}
          </Field>
          <Field className="span-2" label={t('people.form.languages')} error={err('languages')}>
            {(c) => (
              <TagInput
                {...c}
                value={values.languages}
                suggestions={suggestions.languages}
                onChange={(v) => set('languages', v)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.contact')}</legend>
        <div className="form-grid">
          <Field label={t('people.form.email')} error={err('email')}>
            {(c) => (
              <input
                {...c}
                type="email"
                className="input"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set('email', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('people.form.phone')} error={err('phone')}>
            {(c) => (
              <input
                {...c}
                type="tel"
                className="input"
                autoComplete="off"
                value={values.phone}
                onChange={(e) => set('phone', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.consent')}</legend>
        <div className="form-grid">
          <Field label={t('people.form.legalBasis')} error={err('consent.basis')}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={values.consent.basis ?? ''}
                onChange={(e) =>
                  set('consent', {
                    ...values.consent,
                    basis: LEGAL_BASES.find((b) => b === e.target.value) ?? null,
                  })
                }
              >
                <option value="">{t('enums.none')}</option>
                {enumOptions(t, 'legalBasis', LEGAL_BASES).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('people.form.consentDate')} error={err('consent.date')}>
            {(c) => (
              <input
                {...c}
                type="date"
                className="input"
                value={values.consent.date ?? ''}
                onChange={(e) =>
                  set('consent', { ...values.consent, date: orNull(e.target.value) })
                }
              />
            )}
          </Field>
          <Field
            label={t('people.form.consentSource')}
            error={err('consent.source')}
            hint={t('people.form.consentSourceHint')}
          >
            {(c) => (
              <input
                {...c}
                className="input"
                value={values.consent.source}
                onChange={(e) => set('consent', { ...values.consent, source: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('people.form.retainUntil')}
            error={err('retainUntil')}
            hint={t('people.form.retainUntilHint')}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                className="input"
                value={values.retainUntil ?? ''}
                onChange={(e) => set('retainUntil', orNull(e.target.value))}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('people.form.notesAndTags')}</legend>
        <div className="form-grid">
          <Field
            className="span-2"
            label={t('people.form.tags')}
            error={err('tags')}
            hint={t('people.form.listHint')}
          >
            {(c) => (
              <TagInput
                {...c}
                value={values.tags}
                suggestions={suggestions.tags}
                onChange={(v) => set('tags', v)}
              />
            )}
          </Field>
          <Field className="span-2" label={t('people.form.notes')} error={err('notes')}>
            {(c) => (
              <textarea
                {...c}
                className="textarea"
                rows={4}
                value={values.notes}
                onChange={(e) => set('notes', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
