// Cross-tabulation of two dimensions (gender × region, stakeholder group × region).
import type { WorkspaceData } from '../domain/model';
import type { AnyDimension } from './dimensions';
import { allCategories, categoryLabel, valuesOf } from './dimensions';
import type { DistributionOptions } from './distribution';
import { valueContext } from './distribution';
import type { PopulationFilter } from './scope';
import { peopleInScope } from './scope';

/** A row or column of a table; key null is the "unknown" (no value) line. */
export type TableLine = { key: string | null; label: string };

export type CrossTab = {
  rows: TableLine[];
  cols: TableLine[];
  /** cells[row][col]: people with both values. */
  cells: number[][];
  /** People in each row (each person once, however many columns they fall in). */
  rowTotals: number[];
  colTotals: number[];
  /** People in scope. */
  total: number;
};

function lines(
  dimension: AnyDimension,
  seen: ReadonlySet<string>,
  hasUnknown: boolean,
  options: DistributionOptions,
  customSchemes: DistributionOptions['customSchemes'],
): TableLine[] {
  const order = allCategories(dimension, customSchemes ?? []);
  const keys = options.includeEmpty === true ? [...order] : order.filter((k) => seen.has(k));
  for (const k of [...seen].sort()) if (!keys.includes(k)) keys.push(k);
  const out: TableLine[] = keys.map((key) => ({ key, label: categoryLabel(dimension, key) }));
  if (hasUnknown) out.push({ key: null, label: 'Unknown' });
  return out;
}

/**
 * People in scope by two dimensions. Unknown values get their own row and column, so every
 * person appears; a person with two values of one dimension appears in two cells of a line,
 * which is why cells may add up to more than the totals.
 */
export function crossTab(
  data: WorkspaceData,
  rowDimension: AnyDimension,
  colDimension: AnyDimension,
  population: PopulationFilter,
  options: DistributionOptions = {},
): CrossTab {
  const customSchemes = options.customSchemes ?? data.regionSchemes;
  const ctx = valueContext(data, population, customSchemes);
  const people = peopleInScope(data, population);
  const pairs = people.map((p) => {
    const r = valuesOf(p, rowDimension, ctx);
    const c = valuesOf(p, colDimension, ctx);
    return { r: r.length === 0 ? [null] : r, c: c.length === 0 ? [null] : c };
  });
  const keysOf = (list: (string | null)[][]) =>
    new Set(list.flat().filter((k): k is string => k !== null));
  const rows = lines(
    rowDimension,
    keysOf(pairs.map((p) => p.r)),
    pairs.some((p) => p.r[0] === null),
    options,
    customSchemes,
  );
  const cols = lines(
    colDimension,
    keysOf(pairs.map((p) => p.c)),
    pairs.some((p) => p.c[0] === null),
    options,
    customSchemes,
  );
  const rowIndex = new Map(rows.map((l, i) => [l.key, i]));
  const colIndex = new Map(cols.map((l, i) => [l.key, i]));
  const cells = rows.map(() => cols.map(() => 0));
  const rowTotals = rows.map(() => 0);
  const colTotals = cols.map(() => 0);
  for (const { r, c } of pairs) {
    for (const rk of r) {
      const ri = rowIndex.get(rk) ?? 0;
      rowTotals[ri] = (rowTotals[ri] ?? 0) + 1;
      const cellRow = cells[ri];
      for (const ck of c)
        if (cellRow !== undefined)
          cellRow[colIndex.get(ck) ?? 0] = (cellRow[colIndex.get(ck) ?? 0] ?? 0) + 1;
    }
    for (const ck of c) {
      const ci = colIndex.get(ck) ?? 0;
      colTotals[ci] = (colTotals[ci] ?? 0) + 1;
    }
  }
  return { rows, cols, cells, rowTotals, colTotals, total: people.length };
}
