// What the review shows of a check, and only that. The checked rows, their duplicates and the
// file's table stay where they were computed (the import worker); the window gets counts, the
// rows with an error (to count what will be imported as rows are skipped) and the pages of the
// preview grid, the problems and the duplicates it lists, a page more on each "Show more".
// Holding 50,000 checked rows and the file's table in the window, and receiving them, were its
// longest tasks while importing (garbage collection and deserialising, 200–270 ms each at L).
// Pure: the worker's side (createReviewIndex) and the window's (importableCount) are tested here.
import type { Person } from '@shared/domain/model';
import { personDisplayName } from '@shared/domain/model';
import { MERGE_FIELDS } from '@shared/import';
import type {
  DuplicateCandidate,
  IncomingPerson,
  MergeField,
  PreparedRow,
  RowProblem,
  Table,
} from '@shared/import';

/** Problems and duplicates the review lists at most (past those it gives the count). */
export const MAX_LISTED = 200;
/** Normalisation changes listed (a closed details element; the rest counted). */
export const MAX_CHANGES = 200;

export type ReviewList = 'preview' | 'problems' | 'duplicates';
/** How many items of each list the review shows. */
export type Shown = Record<ReviewList, number>;

/** A row of the preview grid: the file's cells as read, what normalising changed, its problems. */
export type PreviewRow = {
  row: number;
  cells: string[];
  changes: PreparedRow['changes'];
  problems: RowProblem[];
};

/** The merge fields of one side of a duplicate, as the review compares them. */
export type MergeValues = Partial<Record<MergeField, unknown>>;

export type DuplicateView = {
  candidate: DuplicateCandidate;
  incoming: MergeValues;
  target: MergeValues;
  /** The existing person's display name; null when the target is a row of the file. */
  targetName: string | null;
};

export type ReviewSummary = {
  /** Rows checked. */
  rows: number;
  /** The file rows with an error (never imported), ascending. */
  errorRows: number[];
  problemCount: number;
  /** Problems the review lists (the first MAX_LISTED). */
  listedProblems: number;
  changeCount: number;
  changes: (PreparedRow['changes'][number] & { row: number })[];
  duplicateCount: number;
  /** Duplicates the review lists (the first MAX_LISTED). */
  listedDuplicates: number;
};

export type PageItems = {
  preview: PreviewRow[];
  problems: RowProblem[];
  duplicates: DuplicateView[];
};

/** A check as the review holds it: its summary and the items of each list shown so far. */
export type Review = { summary: ReviewSummary } & PageItems;

function mergeValues(person: IncomingPerson | Person): MergeValues {
  const values: MergeValues = {};
  for (const field of MERGE_FIELDS) values[field] = person[field];
  return values;
}

/**
 * The worker's side: the summary of the checked `rows` and their `duplicates` in one pass, and
 * any page of the lists on demand. `table` is the file's table as read (the preview shows its
 * cells; the window overlays the user's edits); `people` the workspace's, for existing targets.
 */
export function createReviewIndex(
  table: Table,
  rows: readonly PreparedRow[],
  duplicates: readonly DuplicateCandidate[],
  people: readonly Person[],
) {
  const errorRows: number[] = [];
  const problems: RowProblem[] = [];
  const changes: ReviewSummary['changes'] = [];
  let problemCount = 0;
  let changeCount = 0;
  for (const r of rows) {
    if (r.problems.some((p) => p.severity === 'error')) errorRows.push(r.row);
    problemCount += r.problems.length;
    for (const p of r.problems) if (problems.length < MAX_LISTED) problems.push(p);
    changeCount += r.changes.length;
    for (const c of r.changes) if (changes.length < MAX_CHANGES) changes.push({ ...c, row: r.row });
  }
  errorRows.sort((a, b) => a - b);
  const listedDuplicates = Math.min(duplicates.length, MAX_LISTED);
  const summary: ReviewSummary = {
    rows: rows.length,
    errorRows,
    problemCount,
    listedProblems: problems.length,
    changeCount,
    changes,
    duplicateCount: duplicates.length,
    listedDuplicates,
  };

  // Built on the first duplicate page only: most checks have few or none listed.
  let byRow: Map<number, PreparedRow> | null = null;
  let byId: Map<string, Person> | null = null;
  // One view per candidate, so a page's items line up with the list. Both sides are always
  // found (candidates come from these rows and people); an empty side would only show no fields.
  const duplicateView = (candidate: DuplicateCandidate): DuplicateView => {
    byRow ??= new Map(rows.map((r) => [r.row, r]));
    byId ??= new Map(people.map((p) => [p.id, p]));
    const incoming = byRow.get(candidate.row)?.person;
    const { target } = candidate;
    const existing = target.kind === 'existing' ? byId.get(target.id) : undefined;
    const other = target.kind === 'existing' ? existing : byRow.get(target.row)?.person;
    return {
      candidate,
      incoming: incoming ? mergeValues(incoming) : {},
      target: other ? mergeValues(other) : {},
      targetName: existing ? personDisplayName(existing) : target.kind === 'existing' ? '' : null,
    };
  };

  function page(list: 'preview', from: number, count: number): PreviewRow[];
  function page(list: 'problems', from: number, count: number): RowProblem[];
  function page(list: 'duplicates', from: number, count: number): DuplicateView[];
  function page(list: ReviewList, from: number, count: number): PageItems[ReviewList];
  function page(list: ReviewList, from: number, count: number): PageItems[ReviewList] {
    const start = Math.max(0, from);
    const end = start + Math.max(0, count);
    if (list === 'problems') return problems.slice(start, end);
    if (list === 'duplicates')
      return duplicates.slice(start, Math.min(end, listedDuplicates)).map(duplicateView);
    return rows.slice(start, end).map((r) => ({
      row: r.row,
      cells: table.rows[r.row - 2] ?? [],
      changes: r.changes,
      problems: r.problems,
    }));
  }

  return {
    summary,
    page,
    /** The first `shown` items of every list. */
    first: (shown: Shown): PageItems => ({
      preview: page('preview', 0, shown.preview),
      problems: page('problems', 0, shown.problems),
      duplicates: page('duplicates', 0, shown.duplicates),
    }),
  };
}

/** Rows that will be imported: neither refused (an error) nor skipped by the user. */
export function importableCount(summary: ReviewSummary, skip: ReadonlySet<number>): number {
  let skippedFine = 0;
  for (const row of skip) if (!hasError(summary.errorRows, row)) skippedFine++;
  return summary.rows - summary.errorRows.length - skippedFine;
}

/** Binary search in the ascending error rows. */
export function hasError(errorRows: readonly number[], row: number): boolean {
  let lo = 0;
  let hi = errorRows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = errorRows[mid]!;
    if (at === row) return true;
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The review after `items` of `list` arrived for the page starting at `from`. */
export function withPage<L extends ReviewList>(
  review: Review,
  list: L,
  from: number,
  items: PageItems[L],
): Review {
  // A page that does not continue the list (a duplicate answer, or one overtaken) is dropped.
  if (review[list].length !== from) return review;
  return { ...review, [list]: [...review[list], ...items] };
}
