// Create or edit a target: a name and one rule per category (min/max as a share or a count).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyDimension } from '@shared/analytics';
import type { TargetRule } from '@shared/domain/model';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { categoryText } from './labels';
import type { RuleDraft, RuleDraftError } from './representationModel';
import { parseRules } from './representationModel';

export type TargetFormValue = { name: string; rules: TargetRule[]; drafts: RuleDraft[] };

export function TargetForm({
  initial,
  dimension,
  categories,
  scopeText,
  onSave,
  onCancel,
}: {
  initial: TargetFormValue;
  dimension: AnyDimension;
  categories: readonly string[];
  scopeText: string;
  onSave: (value: TargetFormValue) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [drafts, setDrafts] = useState<RuleDraft[]>(initial.drafts);
  const [errors, setErrors] = useState<RuleDraftError[]>([]);
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const options = [...new Set([...categories, ...drafts.map((d) => d.category).filter(Boolean)])];
  const errorOf = (index: number, field: RuleDraftError['field']) =>
    errors.find((e) => e.index === index && e.field === field)?.key;
  const update = (index: number, patch: Partial<RuleDraft>) =>
    setDrafts(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseRules(drafts);
    const missingName = name.trim() === '' ? 'validation.required' : undefined;
    setNameError(missingName);
    setErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok || missingName !== undefined) return;
    setBusy(true);
    try {
      await onSave({ name, rules: parsed.rules, drafts });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="rep-target-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('representation.targets.formLabel')}
      noValidate
    >
      <p className="muted">{t('representation.targets.formScope', { event: scopeText })}</p>
      <Field label={t('representation.targets.name')} error={nameError} required>
        {(c) => (
          <input {...c} className="input" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      {errors.some((e) => e.index === -1) && (
        <Notice tone="error">{t('representation.targets.noRules')}</Notice>
      )}
      <fieldset className="fieldset">
        <legend>{t('representation.targets.rules')}</legend>
        {drafts.map((d, i) => (
          <div key={i} className="rep-rule-row">
            <Field label={t('representation.targets.category')} error={errorOf(i, 'category')}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={d.category}
                  onChange={(e) => update(i, { category: e.target.value })}
                >
                  <option value="">{t('representation.targets.chooseCategory')}</option>
                  {options.map((o) => (
                    <option key={o} value={o}>
                      {categoryText(t, dimension, o)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('representation.targets.unit')}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={d.unit}
                  onChange={(e) => update(i, { unit: e.target.value as RuleDraft['unit'] })}
                >
                  <option value="share">{t('representation.targets.unitShare')}</option>
                  <option value="count">{t('representation.targets.unitCount')}</option>
                </select>
              )}
            </Field>
            <Field label={t('representation.targets.min')} error={errorOf(i, 'min')}>
              {(c) => (
                <input
                  {...c}
                  className="input rep-num-input"
                  inputMode="decimal"
                  value={d.min}
                  onChange={(e) => update(i, { min: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('representation.targets.max')} error={errorOf(i, 'max')}>
              {(c) => (
                <input
                  {...c}
                  className="input rep-num-input"
                  inputMode="decimal"
                  value={d.max}
                  onChange={(e) => update(i, { max: e.target.value })}
                />
              )}
            </Field>
            <Button
              variant="ghost"
              icon="trash"
              label={t('representation.targets.removeRule')}
              onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
            />
          </div>
        ))}
        <Button
          icon="plus"
          size="small"
          onClick={() => setDrafts([...drafts, { category: '', min: '', max: '', unit: 'share' }])}
        >
          {t('representation.targets.addRule')}
        </Button>
      </fieldset>
      <div className="rep-target-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('common.actions.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
      </div>
    </form>
  );
}
