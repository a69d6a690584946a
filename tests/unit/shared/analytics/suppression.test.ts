// Small-cell suppression, including a table where naive suppression is undone from its totals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CountTable, SuppressedTable } from '@shared/analytics';
import { suppressDistribution, suppressTable } from '@shared/analytics';

/** The attacker: solve any line (row or column, totals included) with one unknown, repeatedly. */
function recover(table: CountTable, s: SuppressedTable): Map<string, number> {
  const r = table.cells.length;
  const c = table.colTotals.length;
  const grid: (number | null)[][] = [
    ...s.cells.map((row, i) => [...row, s.rowTotals[i] ?? null]),
    [...s.colTotals, s.total],
  ];
  const found = new Map<string, number>();
  let progress = true;
  while (progress) {
    progress = false;
    const lines = [
      ...Array.from({ length: r + 1 }, (_, i) =>
        Array.from({ length: c + 1 }, (_, j) => [i, j] as const),
      ),
      ...Array.from({ length: c + 1 }, (_, j) =>
        Array.from({ length: r + 1 }, (_, i) => [i, j] as const),
      ),
    ];
    for (const line of lines) {
      const unknown = line.filter(([i, j]) => grid[i]?.[j] === null);
      if (unknown.length !== 1) continue;
      const [ui, uj] = unknown[0] ?? [0, 0];
      const values = line.map(([i, j]) => grid[i]?.[j] ?? 0);
      const totalAt = line.length - 1;
      const isTotal = line[totalAt]?.[0] === ui && line[totalAt]?.[1] === uj;
      const inner = values.slice(0, -1).reduce((a, b) => a + b, 0);
      const v = isTotal ? inner : (values[totalAt] ?? 0) - inner;
      const row = grid[ui];
      if (row !== undefined) row[uj] = v;
      found.set(`${ui},${uj}`, v);
      progress = true;
    }
  }
  return found;
}

describe('suppressTable', () => {
  const table: CountTable = {
    cells: [
      [2, 8],
      [6, 9],
    ],
    rowTotals: [10, 15],
    colTotals: [8, 17],
    total: 25,
  };

  it('would be undone from the totals if only the small cell were hidden', () => {
    const naive: SuppressedTable = {
      cells: [
        [null, 8],
        [6, 9],
      ],
      rowTotals: [10, 15],
      colTotals: [8, 17],
      total: 25,
      primary: 1,
      complementary: 0,
    };
    expect(recover(table, naive).get('0,0')).toBe(2);
  });

  it('hides complementary cells so that nothing can be recovered', () => {
    const s = suppressTable(table);
    expect(s.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(s.rowTotals).toEqual([10, 15]);
    expect(s.colTotals).toEqual([8, 17]);
    expect(s.total).toBe(25);
    expect(s.primary).toBe(1);
    expect(s.complementary).toBe(3);
    expect(recover(table, s).size).toBe(0);
  });

  it('leaves a table without small cells alone, and honours the threshold', () => {
    expect(suppressTable(table, 2).cells).toEqual(table.cells);
    expect(suppressTable(table, 2).complementary).toBe(0);
  });

  it('never leaves a recoverable or visible small count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((r) =>
          fc.integer({ min: 1, max: 4 }).chain((c) =>
            fc.array(fc.array(fc.nat({ max: 12 }), { minLength: c, maxLength: c }), {
              minLength: r,
              maxLength: r,
            }),
          ),
        ),
        (cells) => {
          const t: CountTable = {
            cells,
            rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
            colTotals: (cells[0] ?? []).map((_, j) =>
              cells.reduce((a, row) => a + (row[j] ?? 0), 0),
            ),
            total: cells.flat().reduce((a, b) => a + b, 0),
          };
          const s = suppressTable(t, 5);
          const shown = [...s.cells.flat(), ...s.rowTotals, ...s.colTotals, s.total];
          expect(shown.every((v) => v === null || v === 0 || v >= 5)).toBe(true);
          const hiddenSmall = [...recover(t, s).values()].filter((v) => v > 0 && v < 5);
          expect(hiddenSmall).toEqual([]);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('suppressDistribution', () => {
  const d = (counts: number[], unknown: number) => ({
    dimension: 'gender',
    scheme: null,
    total: counts.reduce((a, b) => a + b, 0) + unknown,
    unknown,
    categories: counts.map((count, i) => ({ key: `k${i}`, label: `k${i}`, count, share: 0 })),
  });

  it('hides the next smallest count with a single small one', () => {
    // 12 + 3 + 7 = 22: hiding 3 alone is undone by 22 − 12 − 7.
    expect(suppressDistribution(d([12, 3, 7], 0))).toEqual({
      counts: [12, null, null],
      unknown: 0,
      total: 22,
      primary: 1,
      complementary: 1,
    });
  });

  it('needs no complement with two small counts', () => {
    const s = suppressDistribution(d([20, 2, 1], 6));
    expect(s.counts).toEqual([20, null, null]);
    expect(s.unknown).toBe(6);
    expect(s.complementary).toBe(0);
  });
});
