// The People table's rows for a large workspace, made without freezing the window: the rows are
// built a chunk at a time with the main thread given back in between (opening 50,000 people in
// one render took a single 4-second task), and the first screen is chosen from the family-name
// index so it can be shown before everyone is read (peoplePreview.ts).
import type { Organisation, Person } from '@shared/domain/model';
import { personRowBuilder, rowOrderSteps } from './peopleTable';
import type { PersonRow, RowLabels, SortDirection, SortState } from './peopleTable';
import { yieldToMain } from '../../data/tasks';

/** People per chunk of the row build: a few milliseconds each; chunks of 500 were tasks of 90-100 ms at load 10. */
export const BUILD_CHUNK = 250;
/** Rows per block of the chunked sort: each block is sorted in a task of its own, then merged. */
export const SORT_BLOCK = 5_000;

export type ChunkOptions = {
  chunk?: number;
  /** How to give the main thread back between chunks (tests pass a plain resolved promise). */
  pause?: () => Promise<void>;
  /** Checked between chunks: once true, the build stops and resolves to null. */
  cancelled?: () => boolean;
};

/**
 * The rows of `people`, as buildPersonRows makes them, built in chunks; null when cancelled.
 * `counts`: live participations per person id (counted in a worker, participationCounts.ts).
 */
export async function buildRowsInChunks(
  people: readonly Person[],
  organisations: readonly Organisation[],
  counts: ReadonlyMap<string, number>,
  labels: RowLabels,
  { chunk = BUILD_CHUNK, pause = yieldToMain, cancelled = () => false }: ChunkOptions = {},
): Promise<PersonRow[] | null> {
  // The organisation lookup is a task of its own, apart from whatever ran before this call.
  await pause();
  if (cancelled()) return null;
  const toRow = personRowBuilder(organisations, counts, labels);
  const rows: PersonRow[] = [];
  for (let start = 0; start < people.length; start += chunk) {
    if (start > 0) {
      await pause();
      if (cancelled()) return null;
    }
    const end = Math.min(people.length, start + chunk);
    for (let i = start; i < end; i++) rows.push(toRow(people[i] as Person));
  }
  return rows;
}

/**
 * sortRows in pieces: blocks of SORT_BLOCK rows sorted a task each, then merged pairwise, a merge
 * pass per task (a whole sort of 50,000 rows was one task of a few hundred milliseconds on a
 * busy machine). rowOrder is a total order, so the result is exactly sortRows'. Null when
 * cancelled.
 */
export async function sortRowsInChunks(
  rows: readonly PersonRow[],
  sort: SortState,
  locale: string,
  { chunk = SORT_BLOCK, pause = yieldToMain, cancelled = () => false }: ChunkOptions = {},
): Promise<PersonRow[] | null> {
  // The ranks are tasks of their own, apart from whatever ran before this call: each pass over
  // the rows a block at a time (in one go they were a task of 150 ms at L on a busy machine).
  const steps = rowOrderSteps(rows, sort, locale, chunk);
  let compare: ((a: number, b: number) => number) | null = null;
  while (compare === null) {
    await pause();
    if (cancelled()) return null;
    const step = steps.next();
    if (step.done === true) compare = step.value;
  }
  let runs: number[][] = [];
  for (let start = 0; start < rows.length; start += chunk) {
    await pause();
    if (cancelled()) return null;
    const run: number[] = [];
    for (let i = start; i < Math.min(rows.length, start + chunk); i++) run.push(i);
    runs.push(run.sort(compare));
  }
  while (runs.length > 1) {
    await pause();
    if (cancelled()) return null;
    const next: number[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i] ?? [];
      const b = runs[i + 1];
      next.push(b === undefined ? a : merge(a, b, compare));
    }
    runs = next;
  }
  return (runs[0] ?? []).map((i) => rows[i] as PersonRow);
}

function merge(a: number[], b: number[], compare: (x: number, y: number) => number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (compare(x, y) <= 0) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as number);
  while (j < b.length) out.push(b[j++] as number);
  return out;
}

/**
 * The family names whose people come first in a sort by name in `direction`, from the distinct
 * values of the family-name index (in the index's binary order, which is not the reading
 * order: "Ávila" and "de Souza" come after "Zhou" there). Names the collator deems equal
 * ("Muller", "Müller") are taken together, `groups` of them, so every person whose name sorts
 * before the last one taken is among the people of these names: the rows they make are exactly
 * the top of the full sorted list. A family name that is empty after trimming sorts first.
 */
export function leadingFamilyNames(
  distinct: readonly string[],
  direction: SortDirection,
  locale: string,
  groups: number,
): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const ordered = distinct
    .map((raw) => ({ raw, key: raw.trim() }))
    .sort((a, b) => sign * collator.compare(a.key, b.key));
  const out: string[] = [];
  let taken = 0;
  let previous: string | null = null;
  for (const { raw, key } of ordered) {
    if (previous === null || collator.compare(previous, key) !== 0) {
      if (taken === groups) break;
      taken += 1;
    }
    out.push(raw);
    previous = key;
  }
  return out;
}
