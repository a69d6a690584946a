// Turns data-layer errors into what forms show: a message per field and one for the form.
import { IntegrityError, NotFoundError, ValidationError } from '../data/errors';

export type FormErrors = {
  fields: Record<string, string>;
  /** An i18n key for the whole form, with `detail` for its {{details}} placeholder. */
  form: string | null;
  detail?: string;
};

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

export function toFormErrors(error: unknown): FormErrors {
  if (error instanceof ValidationError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      // Errors on list items ("nationalities.1") are shown on the list field.
      const key = issue.path.split('.')[0] ?? '';
      fields[key] ??= issue.message;
    }
    return { fields, form: 'errors.fixFields' };
  }
  if (error instanceof IntegrityError) {
    return error.field
      ? { fields: { [error.field]: error.messageKey }, form: 'errors.fixFields' }
      : { fields: {}, form: error.messageKey };
  }
  if (error instanceof NotFoundError) return { fields: {}, form: 'errors.notFound' };
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return { fields: {}, form: 'errors.quota' };
  }
  return {
    fields: {},
    form: 'errors.saveFailed',
    detail: error instanceof Error ? error.message : String(error),
  };
}
