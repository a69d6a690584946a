// What the window holds of a check (reviewPages.ts): the summary the worker computes of the
// checked rows, the pages of the preview, problems and duplicates it hands out, the count of
// rows to import as rows are skipped, and pages put together in order.
import { describe, expect, it } from 'vitest';
import {
  createReviewIndex,
  hasError,
  importableCount,
  MAX_CHANGES,
  MAX_LISTED,
  withPage,
} from '../../../../renderer/src/features/transfer/reviewPages';
import type { Review } from '../../../../renderer/src/features/transfer/reviewPages';
import { findDuplicates, prepareRows, proposeMapping } from '../../../../shared/import';
import type { Table } from '../../../../shared/import';
import { aPerson } from '../../../helpers/builders';

/** n rows; every 5th has no name (an error), every 2nd a gender to normalise (a change). */
function file(n: number): Table {
  return {
    headers: ['Name', 'E-mail', 'Gender'],
    rows: Array.from({ length: n }, (_, i) => [
      i % 5 === 4 ? '' : `Given${i} Family${i}`,
      `p${i}@example.org`,
      i % 2 === 0 ? 'F' : '',
    ]),
  };
}

function indexOf(table: Table, people = [aPerson({ givenName: 'Given0', familyName: 'Family0' })]) {
  const rows = prepareRows(table, proposeMapping(table.headers), { organisations: [] });
  return { rows, index: createReviewIndex(table, rows, findDuplicates(rows, people), people) };
}

describe('the review summary', () => {
  it('counts rows, errors, problems, changes and duplicates, and lists only the first of each', () => {
    const { rows, index } = indexOf(file(1_500));
    const { summary } = index;
    expect(summary.rows).toBe(1_500);
    // Rows are numbered as in the file: the header is row 1, so row i is file index i - 2.
    const errors = rows.filter((r) => r.problems.some((p) => p.severity === 'error'));
    expect(summary.errorRows).toEqual(errors.map((r) => r.row));
    expect(summary.errorRows).toHaveLength(300);
    expect(summary.errorRows[0]).toBe(6);
    expect(summary.problemCount).toBe(rows.reduce((n, r) => n + r.problems.length, 0));
    expect(summary.listedProblems).toBe(MAX_LISTED);
    const changes = rows.flatMap((r) => r.changes.map((c) => ({ ...c, row: r.row })));
    expect(changes.length).toBeGreaterThan(MAX_CHANGES);
    expect(summary.changeCount).toBe(changes.length);
    expect(summary.changes).toEqual(changes.slice(0, MAX_CHANGES));
    expect(summary.changes).toContainEqual({ column: 'Gender', from: 'F', to: 'woman', row: 2 });
    expect(summary.duplicateCount).toBe(1);
    expect(summary.listedDuplicates).toBe(1);
  });
});

describe('pages', () => {
  it('hands out the preview rows with the file cells, and problems, a slice at a time', () => {
    const table = file(100);
    const { rows, index } = indexOf(table);
    const preview = index.page('preview', 20, 20);
    expect(preview.map((r) => r.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 22));
    expect(preview[0]).toEqual({
      row: 22,
      cells: table.rows[20],
      changes: rows[20]!.changes,
      problems: rows[20]!.problems,
    });
    expect(index.page('preview', 90, 20)).toHaveLength(10);
    expect(index.page('preview', 120, 20)).toEqual([]);
    const all = rows.flatMap((r) => r.problems);
    expect(index.page('problems', 0, 20)).toEqual(all.slice(0, 20));
    expect(index.page('problems', 15, 20)).toEqual(all.slice(15, 20));
    expect(index.first({ preview: 3, problems: 2, duplicates: 20 })).toMatchObject({
      preview: [{ row: 2 }, { row: 3 }, { row: 4 }],
      problems: all.slice(0, 2),
    });
  });

  it('shows both sides of a duplicate: an existing person by name, a row of the file', () => {
    const table: Table = {
      headers: ['Name', 'E-mail', 'Nationality'],
      rows: [
        ['Ana Lima', 'ana@example.org', 'Kenyan'],
        ['Bo Chen', 'bo@example.org', ''],
        ['LIMA Ana', 'other@example.org', 'Brazilian'],
      ],
    };
    const existing = aPerson({ givenName: 'Bo', familyName: 'Chen', email: 'bo@example.org' });
    const { index } = indexOf(table, [existing]);
    const views = index.page('duplicates', 0, 20);
    expect(views).toHaveLength(2);
    const byRow = views.find((v) => v.candidate.target.kind === 'row');
    expect(byRow).toMatchObject({
      candidate: { row: 4, target: { kind: 'row', row: 2 } },
      incoming: { givenName: 'LIMA', familyName: 'Ana', nationalities: ['BR'] },
      target: { givenName: 'Ana', familyName: 'Lima', nationalities: ['KE'] },
      targetName: null,
    });
    const byId = views.find((v) => v.candidate.target.kind === 'existing');
    expect(byId).toMatchObject({
      candidate: { row: 3 },
      incoming: { email: 'bo@example.org' },
      target: { email: 'bo@example.org', givenName: 'Bo' },
      targetName: 'Bo Chen',
    });
    // Only merge fields cross over, not the whole record.
    expect(Object.keys(byId!.target)).not.toContain('id');
  });

  it('lists no duplicate past the first MAX_LISTED', () => {
    const n = MAX_LISTED + 30;
    const table: Table = {
      headers: ['Name'],
      rows: Array.from({ length: n * 2 }, (_, i) => [`Twin${Math.floor(i / 2)} Same`]),
    };
    const { index } = indexOf(table, []);
    expect(index.summary.duplicateCount).toBe(n);
    expect(index.summary.listedDuplicates).toBe(MAX_LISTED);
    expect(index.page('duplicates', MAX_LISTED - 5, 20)).toHaveLength(5);
  });
});

describe('rows to import', () => {
  it('leaves out rows with an error, and skipped rows once (skipping a refused row changes nothing)', () => {
    const summary = indexOf(file(100)).index.summary;
    expect(importableCount(summary, new Set())).toBe(80);
    // Row 6 has an error already; rows 2 and 3 are fine.
    expect(importableCount(summary, new Set([6]))).toBe(80);
    expect(importableCount(summary, new Set([2, 3, 6]))).toBe(78);
  });

  it('finds a row among the ascending error rows', () => {
    const rows = [3, 8, 9, 40, 1_000];
    for (const row of rows) expect(hasError(rows, row)).toBe(true);
    for (const row of [0, 2, 4, 10, 999, 1_001]) expect(hasError(rows, row)).toBe(false);
    expect(hasError([], 3)).toBe(false);
  });
});

describe('pages put together', () => {
  const review: Review = {
    summary: indexOf(file(60)).index.summary,
    preview: [],
    problems: [],
    duplicates: [],
  };
  it('appends a page that continues the list and drops one that does not', () => {
    const { index } = indexOf(file(60));
    const first = withPage(review, 'preview', 0, index.page('preview', 0, 20));
    const second = withPage(first, 'preview', 20, index.page('preview', 20, 20));
    expect(second.preview.map((r) => r.row)).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    // The same page answered twice (two clicks before the first answer) is not added again.
    expect(withPage(second, 'preview', 20, index.page('preview', 20, 20))).toBe(second);
    expect(second.problems).toEqual([]);
  });
});
