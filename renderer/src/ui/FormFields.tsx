// The labelled controls the record forms repeat (events, organisations): a text/date/url input, a
// notes area, a single-choice picker and a select — each a Field, so label, hint and error
// stay wired for screen readers the same way everywhere — and the forms' closing buttons.
import type { HTMLInputTypeAttribute } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Combobox } from './Combobox';
import type { Option } from './combobox';
import { Field } from './Field';

type FieldFrame = {
  label: string;
  /** An i18n key or an already translated message. */
  error?: string | undefined;
  hint?: string;
  className?: string;
  required?: boolean;
};

/** A one-line input; `''` is what an empty field reports (map it to null where the model wants). */
export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  placeholder,
  min,
  ...frame
}: FieldFrame & {
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'url' | 'email' | 'numeric';
  placeholder?: string;
  /** For dates: the earliest allowed value. */
  min?: string | undefined;
}) {
  return (
    <Field {...frame}>
      {(c) => (
        <input
          {...c}
          className="input"
          type={type}
          inputMode={inputMode}
          placeholder={placeholder}
          min={min}
          value={value}
          autoComplete="off"
          aria-required={frame.required === true ? 'true' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  value,
  onChange,
  ...frame
}: FieldFrame & { value: string; onChange: (value: string) => void }) {
  return (
    <Field {...frame}>
      {(c) => (
        <textarea
          {...c}
          className="textarea"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One choice from a searchable list (a country, a parent record), or none. */
export function PickOneField<T extends string>({
  options,
  value,
  onChange,
  placeholder,
  ...frame
}: FieldFrame & {
  options: readonly Option[];
  value: T | null;
  onChange: (value: T | null) => void;
  placeholder: string;
}) {
  return (
    <Field {...frame}>
      {(c) => (
        <Combobox
          {...c}
          options={options}
          value={value === null ? [] : [value]}
          placeholder={placeholder}
          onChange={(v) => onChange((v[0] ?? null) as T | null)}
        />
      )}
    </Field>
  );
}

/** A select over a fixed list (an enum); `options` come from `enumOptions`. */
export function SelectField<T extends string>({
  options,
  value,
  onChange,
  ...frame
}: FieldFrame & {
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Field {...frame}>
      {(c) => (
        <select
          {...c}
          className="select"
          value={value}
          onChange={(e) => {
            const chosen = options.find((o) => o.value === e.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A record form's closing buttons: Cancel and Create for a new record; Discard changes (once
 * edited) and Save changes, enabled only when there is something to save, for an existing one.
 */
export function FormActions({
  isNew,
  dirty,
  busy,
  createLabel,
  onCancel,
  onDiscard,
}: {
  isNew: boolean;
  dirty: boolean;
  busy: boolean;
  createLabel: string;
  onCancel: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {!isNew && dirty && (
        <Button onClick={onDiscard} disabled={busy}>
          {t('common.actions.discard')}
        </Button>
      )}
      {isNew && (
        <Button onClick={onCancel} disabled={busy}>
          {t('common.actions.cancel')}
        </Button>
      )}
      <Button type="submit" variant="primary" disabled={busy || (!isNew && !dirty)}>
        {isNew ? createLabel : t('common.actions.saveChanges')}
      </Button>
    </>
  );
}
