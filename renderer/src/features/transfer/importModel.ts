// The wizard's pure state helpers: applying the user's cell fixes to the parsed table and
// turning duplicate decisions into merge decisions.
import type { MergeDecision, Table } from '@shared/import';
import type { DuplicateCandidate } from '@shared/import';

export type CellEdits = ReadonlyMap<string, string>;
export const cellKey = (row: number, column: number) => `${row}:${column}`;

/** The table with the user's fixes applied (rows are numbered as in problems: first data row = 2). */
export function withEdits(table: Table, edits: CellEdits): Table {
  if (edits.size === 0) return table;
  return {
    headers: table.headers,
    rows: table.rows.map((cells, i) =>
      cells.map((value, c) => edits.get(cellKey(i + 2, c)) ?? value),
    ),
  };
}

export type DuplicateChoice = { decision: 'merge' | 'apart'; take: MergeDecision['take'] };

export const candidateKey = (d: DuplicateCandidate) =>
  `${d.row}>${d.target.kind === 'row' ? `row:${d.target.row}` : d.target.id}`;

/** One merge per incoming row: the first candidate the user chose to merge. */
export function mergesFrom(
  candidates: readonly DuplicateCandidate[],
  choices: ReadonlyMap<string, DuplicateChoice>,
): Map<number, MergeDecision> {
  const merges = new Map<number, MergeDecision>();
  // A 50,000-row file can have 200,000 candidates and no merge at all: skip the walk then.
  if (![...choices.values()].some((c) => c.decision === 'merge')) return merges;
  for (const d of candidates) {
    const choice = choices.get(candidateKey(d));
    if (choice?.decision === 'merge' && !merges.has(d.row)) {
      merges.set(d.row, { target: d.target, take: choice.take });
    }
  }
  return merges;
}
