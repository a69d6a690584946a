// Small-cell suppression for published tables: counts below a threshold are hidden (primary
// suppression), and further cells are hidden (complementary suppression) so that no hidden
// count can be worked out from the row and column totals that are published with it.
import type { Distribution } from './distribution';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A count table with its published margins. */
export type CountTable = {
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  colTotals: readonly number[];
  total: number;
};

/** null marks a suppressed count. */
export type SuppressedTable = {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  colTotals: (number | null)[];
  total: number | null;
  /** Counts hidden for being small, and hidden only to protect them. */
  primary: number;
  complementary: number;
};

/** A count is small when it is positive and below the threshold; zeros are published. */
export const isSmall = (count: number, threshold: number) => count > 0 && count < threshold;

/**
 * Suppresses a table with margins. The table is extended to (r+1)×(c+1), the totals forming the
 * last row and column, so that each line of it is one equation "entries = line total". A line
 * with exactly one hidden entry gives that entry away; complementary suppression therefore hides,
 * in every such line, its smallest visible positive inner entry (else its smallest visible
 * entry, else its total), repeating until no line has exactly one hidden entry. This is the
 * standard line rule: it defeats subtraction from totals within a line, and since every line
 * keeps 0 or ≥ 2 hidden entries, no chain of such subtractions can start.
 */
export function suppressTable(
  table: CountTable,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedTable {
  const r = table.cells.length;
  const c = table.colTotals.length;
  // The extended grid: rows 0..r-1 are cells + row total, row r is column totals + grand total.
  const grid: number[][] = [
    ...table.cells.map((row, i) => [...row, table.rowTotals[i] ?? 0]),
    [...table.colTotals, table.total],
  ];
  const hidden = grid.map((row) => row.map((v) => isSmall(v, threshold)));
  const primary = hidden.flat().filter(Boolean).length;
  const value = (i: number, j: number) => grid[i]?.[j] ?? 0;
  const isHidden = (i: number, j: number) => hidden[i]?.[j] === true;
  const hide = (i: number, j: number) => {
    const row = hidden[i];
    if (row !== undefined) row[j] = true;
  };
  // Lines: each row (its c cells then its total at j = c), each column (its r cells then i = r).
  const lines: [number, number][][] = [
    ...Array.from({ length: r + 1 }, (_, i) =>
      Array.from({ length: c + 1 }, (_, j) => [i, j] as [number, number]),
    ),
    ...Array.from({ length: c + 1 }, (_, j) =>
      Array.from({ length: r + 1 }, (_, i) => [i, j] as [number, number]),
    ),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenCount = line.filter(([i, j]) => isHidden(i, j)).length;
      if (hiddenCount !== 1) continue;
      const inner = line.slice(0, -1).filter(([i, j]) => !isHidden(i, j));
      const byValue = (a: [number, number], b: [number, number]) => value(...a) - value(...b);
      const positive = inner.filter(([i, j]) => value(i, j) > 0).sort(byValue);
      const pick = positive[0] ?? inner.sort(byValue)[0] ?? line[line.length - 1];
      if (pick !== undefined && !isHidden(...pick)) {
        hide(...pick);
        changed = true;
      }
    }
  }
  const shown = (i: number, j: number) => (isHidden(i, j) ? null : value(i, j));
  const all = hidden.flat().filter(Boolean).length;
  return {
    cells: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => shown(i, j))),
    rowTotals: Array.from({ length: r }, (_, i) => shown(i, c)),
    colTotals: Array.from({ length: c }, (_, j) => shown(r, j)),
    total: shown(r, c),
    primary,
    complementary: all - primary,
  };
}

export type SuppressedDistribution = {
  /** Category counts in the distribution's order, then unknown; null = suppressed. */
  counts: (number | null)[];
  unknown: number | null;
  total: number | null;
  primary: number;
  complementary: number;
};

/**
 * A one-dimensional table is a single line: the categories and the unknowns add up to the total
 * (exactly for single-valued dimensions; people with two nationalities make the sum larger,
 * which only makes the rule more cautious than it needs to be).
 */
export function suppressDistribution(
  d: Distribution,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedDistribution {
  const values = [...d.categories.map((cat) => cat.count), d.unknown];
  const hidden = values.map((v) => isSmall(v, threshold));
  let totalHidden = isSmall(d.total, threshold);
  const primary = hidden.filter(Boolean).length + (totalHidden ? 1 : 0);
  let complementary = 0;
  if (hidden.filter(Boolean).length + (totalHidden ? 1 : 0) === 1) {
    const visible = values.map((v, i) => ({ v, i })).filter(({ i }) => hidden[i] !== true);
    const positive = visible.filter(({ v }) => v > 0).sort((a, b) => a.v - b.v);
    const pick = positive[0] ?? visible.sort((a, b) => a.v - b.v)[0];
    if (pick !== undefined) hidden[pick.i] = true;
    else totalHidden = true;
    complementary = 1;
  }
  const shown = values.map((v, i) => (hidden[i] === true ? null : v));
  return {
    counts: shown.slice(0, -1),
    unknown: shown[shown.length - 1] ?? null,
    total: totalHidden ? null : d.total,
    primary,
    complementary,
  };
}
