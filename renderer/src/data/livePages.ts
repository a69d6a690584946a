// Reading a large table a page at a time, with no React or UI code, so the window (hooks.ts) and
// workers (participationCounts.worker.ts) share one way of walking it.
import type { Collection, EntityTable, IDType, InsertType } from 'dexie';

/**
 * Records per read of the large tables: ten to twenty milliseconds of deserialising each (a
 * busy machine stretched pages of 2,000 past the 200 ms a task may take).
 */
export const READ_PAGE = 1_000;

/**
 * Walks every record of a table in pages of `page` in key order, handing each page's live
 * (non-tombstoned) records to `visit`; nothing is kept here, so a caller that only counts holds
 * one page at a time. `onPage` hears how many records (tombstones included) have been read so
 * far, for progress.
 */
export async function eachLivePage<T extends { id: string; deletedAt: string | null }>(
  table: EntityTable<T, 'id'>,
  visit: (live: readonly T[]) => void,
  { page = READ_PAGE, onPage }: { page?: number; onPage?: (read: number) => void } = {},
): Promise<void> {
  let after: string | null = null;
  let read = 0;
  for (;;) {
    const query: Collection<T, IDType<T, 'id'>, InsertType<T, 'id'>> = after === null
      ? table.orderBy(':id')
      : table.where(':id').above(after);
    const records: T[] = await query.limit(page).toArray();
    visit(records.filter((r) => r.deletedAt === null));
    read += records.length;
    onPage?.(read);
    const last: T | undefined = records[records.length - 1];
    if (records.length < page || last === undefined) return;
    after = last.id;
  }
}

/**
 * Every live record of a table, read in pages of READ_PAGE in key order. One getAll of 50,000
 * people or 150,000 participations is deserialised in a single main-thread task of several
 * seconds (the bench's profile of opening People at L); pages split that into short tasks, so
 * the window keeps answering while a large workspace loads. The live query re-runs on any
 * write to the table, so pages read around a write still end in a consistent result.
 */
export async function readLive<T extends { id: string; deletedAt: string | null }>(
  table: EntityTable<T, 'id'>,
  onPage?: (read: number) => void,
): Promise<T[]> {
  const out: T[] = [];
  await eachLivePage(table, (live) => out.push(...live), { onPage });
  return out;
}
