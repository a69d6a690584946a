// The import preview holds e-mails to the same rule as the people schema, so a row the preview
// accepts is never refused at write time (the fuzz run found "a<b@example.org" slipping through).
import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../../shared/domain/schemas';
import { prepareRows } from '../../../../shared/import';

const emails = ['ada@example.org', 'a<IbYC4mina@example.org', 'x@y', 'two@@example.org', ''];

describe('import e-mail check', () => {
  it('flags exactly the e-mails the people schema refuses', () => {
    const table = {
      headers: ['Given name', 'Family name', 'E-mail'],
      rows: emails.map((e, i) => ['Ada', `Person ${i}`, e]),
    };
    const rows = prepareRows(table, ['givenName', 'familyName', 'email'], { organisations: [] });
    const flagged = rows.map((r) =>
      r.problems.some((p) => p.reason === 'transfer.problem.invalidEmail'),
    );
    expect(flagged).toEqual(emails.map((e) => e !== '' && !isValidEmail(e)));
    expect(flagged).toEqual([false, true, true, true, false]);
  });
});
