// Errors the data layer raises. Each carries an i18n key so the UI can say what is wrong.
import type { FieldIssue } from '@shared/domain/schemas';
import type { TableName } from '@shared/domain/model';

/** A record failed its schema: nothing was written. */
export class ValidationError extends Error {
  constructor(
    readonly table: TableName,
    readonly issues: FieldIssue[],
  ) {
    super(`Invalid ${table} record: ${issues.map((i) => `${i.path || '(record)'} ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** A write would break a reference (a missing person, a session under a process…): nothing was written. */
export class IntegrityError extends Error {
  constructor(
    /** i18n key under `errors.` */
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'IntegrityError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly table: TableName,
    readonly id: string,
  ) {
    super(`No live ${table} record ${id}`);
    this.name = 'NotFoundError';
  }
}
