// The planner screen's view-models: quota rows to counts, accepting a relaxation, plain words
// for violations, and the room lists as CSV.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import { aPerson } from '../../../helpers/builders';
import {
  conflictText,
  plannerDimensions,
  relaxationText,
  relaxRows,
  rowsToSpecs,
  violationText,
} from '../../../../renderer/src/features/planner/plannerView';
import type { QuotaRow } from '../../../../renderer/src/features/planner/plannerView';
import { toCsv, toXlsx } from '@shared/export/spreadsheet';
import { readXlsx } from '@shared/import/xlsx';
import { roomPreferences, roomsSheet } from '../../../../renderer/src/features/planner/roomsView';
import { anEvent } from '../../../helpers/builders';

const t = i18next.t.bind(i18next);
beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const row = (patch: Partial<QuotaRow>): QuotaRow => ({
  key: 1,
  dimension: 'gender',
  category: 'woman',
  unit: 'count',
  min: '',
  max: '',
  ...patch,
});

describe('quota rows', () => {
  const dims = plannerDimensions({ people: [aPerson({ attributes: { 'Age bracket': '18-34' } })] });

  it('turns shares of the seats into counts (at least rounds up, at most rounds down)', () => {
    const { specs, errors } = rowsToSpecs([row({ unit: 'share', min: '45', max: '55' })], 30, dims);
    expect(errors).toEqual([]);
    expect(specs).toEqual([{ dimension: { kind: 'gender' }, category: 'woman', min: 14, max: 16 }]);
    expect(
      rowsToSpecs([row({ unit: 'share', min: '45', max: '55' })], 20, dims).specs[0],
    ).toMatchObject({ min: 9, max: 11 });
  });

  it('flags bad bounds and inverted quotas instead of planning with them', () => {
    expect(rowsToSpecs([row({ min: 'x' })], 10, dims).errors).toEqual([
      { row: 0, field: 'min', key: 'planner.errors.quotaBound' },
    ]);
    expect(rowsToSpecs([row({ min: '5', max: '2' })], 10, dims).errors).toEqual([
      { row: 0, field: 'max', key: 'planner.errors.quotaOrder' },
    ]);
    expect(rowsToSpecs([row({ min: '-1' })], 10, dims).specs).toEqual([]);
  });

  it('knows custom attributes as dimensions', () => {
    expect(dims.some((d) => d.kind === 'attribute' && d.key === 'Age bracket')).toBe(true);
  });

  it('accepting a relaxation of a share quota keeps the other bound in counts', () => {
    const rows = [
      row({ unit: 'share', min: '45', max: '55' }),
      row({ key: 2, category: 'man', min: '3' }),
    ];
    const relaxed = relaxRows(
      rows,
      [
        {
          constraint: { kind: 'quota', dimension: 'gender', category: 'woman' },
          bound: 'min',
          from: 14,
          to: 11,
        },
      ],
      30,
    );
    expect(relaxed[0]).toMatchObject({ unit: 'count', min: '11', max: '16' });
    expect(relaxed[1]).toBe(rows[1]);
  });
});

describe('plain words', () => {
  it('says what the pool allows', () => {
    expect(
      violationText(t, {
        dimension: 'nationality:m49-region',
        category: 'Oceania',
        min: 4,
        max: null,
        achievable: 2,
        reason: 'pool',
      }),
    ).toBe('At least 4 from Oceania (Region (nationality)) is impossible: the pool has 2.');
    expect(
      violationText(t, {
        dimension: 'seats',
        category: '',
        min: 12,
        max: 12,
        achievable: 10,
        reason: 'pool',
      }),
    ).toBe('12 seats cannot be filled: 10 people are available.');
  });

  it('words every kind of rule differently when it conflicts with others than when the pool is short', () => {
    const v = (dimension: string, category: string, min: number | null, max: number | null) => ({
      dimension,
      category,
      min,
      max,
    });
    const texts = [
      violationText(t, { ...v('gender', 'woman', 3, null), achievable: 1, reason: 'conflict' }),
      violationText(t, { ...v('gender', 'man', null, 2), achievable: 4, reason: 'conflict' }),
      violationText(t, { ...v('gender', 'man', null, 2), achievable: 3, reason: 'fixed' }),
      violationText(t, { ...v('seats', '', 6, 6), achievable: 4, reason: 'conflict' }),
      violationText(t, { ...v('seats', '', 6, 6), achievable: 8, reason: 'fixed' }),
      violationText(t, {
        ...v('organisation', 'UNDP', null, 1),
        achievable: 3,
        reason: 'conflict',
      }),
      violationText(t, { ...v('organisation', 'UNDP', null, 1), achievable: 2, reason: 'fixed' }),
      violationText(t, { ...v('organisation', 'UNDP', null, 0), achievable: 1, reason: 'fixed' }),
      violationText(t, { ...v('country', 'Kenya', null, 2), achievable: 3, reason: 'conflict' }),
      violationText(t, { ...v('country', 'Kenya', null, 2), achievable: 3, reason: 'fixed' }),
      violationText(
        t,
        { ...v('nationality:m49-region', 'Oceania', 2, null), achievable: 0.4, reason: 'pool' },
        true,
      ),
    ];
    expect(texts).toEqual([
      'At least 3 from Woman (Gender) cannot be met together with the other rules: at most 1 can be.',
      'At most 2 from Man (Gender) cannot be met together with the other rules: at least 4 are needed.',
      'At most 2 from Man (Gender) is impossible: 3 are already confirmed.',
      '6 seats cannot be filled together with the other rules: at most 4 can be.',
      '6 seats are too few: 8 people are already confirmed.',
      'At most 1 from UNDP cannot be met together with the other rules: 3 are needed.',
      'At most 1 from UNDP is impossible: 2 of its people are already confirmed.',
      'At most 0 from UNDP is impossible: 1 of its people is already confirmed.',
      'At most 2 from Kenya cannot be met together with the other rules: 3 are needed.',
      'At most 2 from Kenya is impossible: 3 of its nationals are already confirmed.',
      'At least 2 from Oceania (Region (nationality)) is impossible: even inviting the whole pool, 0.4 are expected to confirm.',
    ]);
    // No message leaks a raw key or an unfilled placeholder.
    for (const text of texts) expect(text).not.toMatch(/planner\.|\{\{/);
  });

  it('proposes a per-organisation or per-country exception, and says the others keep their limit', () => {
    const names = (kind: 'organisation' | 'country', key: string) =>
      kind === 'organisation' ? `Org ${key}` : `Country ${key}`;
    expect(
      relaxationText(
        t,
        { constraint: { kind: 'organisation', organisation: 'o1' }, bound: 'max', from: 1, to: 3 },
        names,
      ),
    ).toBe('Org o1: at most 1 → 3, for this organisation only');
    expect(
      relaxationText(
        t,
        { constraint: { kind: 'country', country: 'KE' }, bound: 'max', from: 2, to: 3 },
        names,
      ),
    ).toBe('Country KE: at most 2 → 3, for this country only');
    expect(
      relaxationText(t, { constraint: { kind: 'seats' }, bound: 'min', from: 12, to: 10 }, names),
    ).toBe('Seats: 12 → 10 (the pool cannot fill more under these rules)');
    expect(
      relaxationText(
        t,
        {
          constraint: { kind: 'quota', dimension: 'gender', category: 'woman' },
          bound: 'min',
          from: 3,
          to: 1,
        },
        names,
      ),
    ).toBe('Woman (Gender): at least 3 → 1');
  });

  it('names conflicting rules together', () => {
    expect(
      conflictText(t, [
        { kind: 'quota', dimension: 'gender', category: 'woman', min: 3, max: null },
        { kind: 'organisation-limit', max: 1 },
      ]),
    ).toBe('These rules conflict: Woman (Gender) ≥ 3; at most 1 per organisation.');
  });
});

describe('rooms', () => {
  it('ranks rooms by expertise shared with their theme', () => {
    const rooms = [
      anEvent({ name: 'Room A', theme: 'Housing and land' }),
      anEvent({ name: 'Room B', theme: 'Digital inclusion and rights' }),
    ];
    const p = aPerson({ expertise: ['digital inclusion'] });
    expect(roomPreferences(p, rooms)).toEqual([rooms[1]?.id, rooms[0]?.id]);
  });

  it('writes the room lists grouped by room, as CSV with formulas neutralised and as XLSX', async () => {
    const rooms = [anEvent({ name: 'Room A' }), anEvent({ name: 'Room B' })];
    const [a, b] = rooms.map((r) => r.id);
    const sheet = roomsSheet(
      'Breakout rooms',
      ['Room', 'Name'],
      rooms,
      { p1: b ?? '', p2: a ?? '', p3: b ?? '' },
      (id) => [id === 'p1' ? '=cmd' : id === 'p2' ? 'Ana' : 'Bea'],
    );
    expect(sheet.rows).toEqual([
      ['Room A', 'Ana'],
      ['Room B', '=cmd'],
      ['Room B', 'Bea'],
    ]);
    expect(toCsv(sheet)).toBe("\uFEFFRoom,Name\r\nRoom A,Ana\r\nRoom B,'=cmd\r\nRoom B,Bea\r\n");
    const read = await readXlsx(await toXlsx([sheet]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const table = read.value.sheets[0]?.table;
    expect(table?.headers).toEqual(['Room', 'Name']);
    // The formula stays text in the workbook too (the import removes the apostrophe later).
    expect(table?.rows.map((r) => r[1])).toEqual(['Ana', "'=cmd", 'Bea']);
  });
});
