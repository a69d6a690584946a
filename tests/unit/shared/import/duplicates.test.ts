// The duplicate search's name key is computed from each part folded once; it must be the key of
// the whole name folded, whatever the parts hold (punctuation or spaces at the edges, accents,
// marks that would combine across the join, a final sigma). And the search itself: candidates in
// the file and against the workspace, each pair once, in score order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../shared/import/fold';
import { findDuplicates, nameKey } from '../../../../shared/import/duplicates';
import { prepareRows, proposeMapping } from '../../../../shared/import';
import { aPerson } from '../../../helpers/builders';

const wholeKey = (given: string, family: string) =>
  fold(`${given} ${family}`).split(' ').filter(Boolean).sort().join(' ');

describe('nameKey', () => {
  it('is the key of the whole name folded', () => {
    const cases: [string, string][] = [
      ['José', 'GARCÍA'],
      ['Jean-', '-Paul'],
      ['  ', 'Ng'],
      ['Ana', ''],
      ['e', '\u0301cole'],
      ['ΟΔΟΣ', 'ΣΟΦΙΑ'],
      ["O'", 'Brien, Jr.'],
    ];
    for (const [given, family] of cases)
      expect(nameKey({ givenName: given, familyName: family })).toBe(wholeKey(given, family));
    const part = fc.string({
      unit: fc.constantFrom('a', 'É', 'ß', 'Σ', 'ς', ' ', '-', '.', "'", '\u0301', '\u00a0', 'ﬁ'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(part, part, (given, family) => {
        expect(nameKey({ givenName: given, familyName: family })).toBe(wholeKey(given, family));
      }),
    );
  });
});

describe('findDuplicates', () => {
  it('finds each pair once, in the file and against the workspace, best first', () => {
    const table = {
      headers: ['Name', 'E-mail'],
      rows: [
        ['Ana Lima', 'ana@example.org'],
        ['LIMA, Ana', 'ana@example.org'],
        ['Bo Chen', 'shared@example.org'],
        ['Cy Diaz', 'shared@example.org'],
        ['Ana Lima', ''],
        ['Kofi Mensah', 'kofi@example.org'],
        ['Mensah Kofi', ''],
      ],
    };
    const rows = prepareRows(table, proposeMapping(table.headers), { organisations: [] });
    const kofi = aPerson({ givenName: 'Kofi', familyName: 'Mensah', email: 'KOFI@example.org ' });
    const gone = aPerson({
      givenName: 'Kofi',
      familyName: 'Mensah',
      deletedAt: '2026-01-01T00:00:00.000Z',
    });
    const found = findDuplicates(rows, [kofi, gone]).map((d) => [
      d.row,
      d.target.kind === 'row' ? d.target.row : d.target.id,
      d.score,
      d.reasons,
    ]);
    // Ties keep the order found: by row, then existing people before earlier rows.
    expect(found).toEqual([
      [3, 2, 1, ['same-email', 'same-name']],
      [7, kofi.id, 1, ['same-email', 'same-name']],
      [5, 4, 0.6, ['same-email']],
      [6, 2, 0.4, ['same-name']],
      [6, 3, 0.4, ['same-name']],
      [8, kofi.id, 0.35, ['same-name-reordered']],
      [8, 7, 0.35, ['same-name-reordered']],
    ]);
  });
});
