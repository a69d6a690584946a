import { describe, expect, it } from 'vitest';
import { generateSyntheticWorkspace } from '@shared/demo/synthetic';
import { parseDelimited, prepareRows, proposeMapping } from '@shared/import';
import { IMPORT_HEADERS, importCsv } from '../../../bench/import-csv';

describe('the import scenario CSV', () => {
  const data = generateSyntheticWorkspace({ people: 300, now: '2026-11-28T12:00:00.000Z' });

  it('has a header row and one row per person asked for', () => {
    const table = parseDelimited(importCsv(data, 250));
    expect(table.headers).toEqual([...IMPORT_HEADERS]);
    expect(table.rows).toHaveLength(250);
    expect(table.rows[0]?.[0]).toBe(data.people[0]?.givenName);
  });

  it('is mapped by the wizard without help and yields valid people', () => {
    const table = parseDelimited(importCsv(data, 100));
    const mapping = proposeMapping(table.headers);
    expect(mapping).toEqual([
      'givenName',
      'familyName',
      'email',
      'gender',
      'nationality',
      'residence',
      'organisation',
      'title',
    ]);
    const rows = prepareRows(table, mapping, { organisations: [] });
    const errors = rows.filter((r) => r.problems.some((p) => p.severity === 'error'));
    expect(errors).toEqual([]);
  });

  it('quotes fields with commas or quotes so they survive a round trip', () => {
    const person = data.people[0];
    if (person === undefined) throw new Error('no person');
    const odd = { ...data, people: [{ ...person, familyName: 'Doe, "Jr"' }] };
    const table = parseDelimited(importCsv(odd, 1));
    expect(table.rows[0]?.[1]).toBe('Doe, "Jr"');
  });
});
