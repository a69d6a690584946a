// A change set on its way from a writer on another thread (the import worker) to the store that
// keeps the undo history: the records created by id only (Change.after) go as runs of ids per
// table, every other change as it is, in their order, cut into parts so that no single message
// takes long to receive.
import type { TableName } from '@shared/domain/model';
import type { Change } from './writer';

/** Ids of records created by id only, in order, or one change as captured. */
export type ChangeRun = { table: TableName; created: string[] } | { change: Change };

/** Ids or changes per part: 5,000 ids are a message of ~0.2 MB, received in a few ms. */
export const CHANGES_PER_PART = 5_000;

const heldById = (c: Change) => c.before === undefined && c.after === undefined;

/** The changes as parts of runs, each part at most `size` changes. */
export function changeParts(changes: readonly Change[], size = CHANGES_PER_PART): ChangeRun[][] {
  const parts: ChangeRun[][] = [];
  let part: ChangeRun[] = [];
  let count = 0;
  let run = null as { table: TableName; created: string[] } | null;
  for (const change of changes) {
    if (count === size) {
      parts.push(part);
      part = [];
      count = 0;
      run = null;
    }
    count += 1;
    if (!heldById(change)) {
      part.push({ change });
      run = null;
    } else if (run?.table === change.table) run.created.push(change.id);
    else {
      run = { table: change.table, created: [change.id] };
      part.push(run);
    }
  }
  if (count > 0) parts.push(part);
  return parts;
}

/** Appends the changes of one part to `into`, in order (the inverse of changeParts). */
export function appendChangePart(into: Change[], part: readonly ChangeRun[]): void {
  for (const run of part) {
    if ('change' in run) into.push(run.change);
    else
      for (const id of run.created)
        into.push({ table: run.table, id, before: undefined, after: undefined });
  }
}
