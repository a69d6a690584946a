// What the workspace remembers about imports: the history of import reports (kept in the
// workspace, written in the SAME transaction as the import, so a report exists exactly when its
// records do) and the named column mappings the user saved for reuse. Both live in the meta
// key/value table, beside the typed MetaRow keys.
import type { ImportReport, SavedMapping } from '@shared/import';
import { parseSavedMapping } from '@shared/import';
import type { DataStore } from '../store';
import type { ChangeSet, Writer } from '../writer';
import { write } from '../writer';
import { recordTables } from '../db';

export const IMPORT_HISTORY_KEY = 'import.history';
export const SAVED_MAPPINGS_KEY = 'import.mappings';
/** Reports kept: enough for any consultation's life; the oldest fall off. */
export const IMPORT_HISTORY_KEPT = 200;

export type ImportHistoryEntry = {
  id: string;
  /** ISO 8601 time of the import. */
  at: string;
  /** Who imported (the device label). */
  by: string;
  fileName: string;
  /** Data rows in the file (the header excluded). */
  rows: number;
  counts: ImportReport;
  /** The event everyone was added to, by name at the time of the import; '' for none. */
  event: string;
};

type MetaKV = { key: string; value: unknown };
const metaTable = (store: Pick<DataStore, 'db'>) => store.db.table<MetaKV, string>('meta');

function randomId(store: Pick<DataStore, 'ctx'>, prefix: string): string {
  let hex = '';
  for (const byte of store.ctx.randomBytes(8)) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}_${hex}`;
}

/** The import reports, newest first. */
export async function listImportHistory(store: DataStore): Promise<ImportHistoryEntry[]> {
  const row = await metaTable(store).get(IMPORT_HISTORY_KEY);
  return Array.isArray(row?.value) ? (row.value as ImportHistoryEntry[]) : [];
}

export type ImportInput = Omit<ImportHistoryEntry, 'id' | 'at' | 'by'>;

/**
 * Runs the import's writes (`fn`, through the validated writer) and appends its report to the
 * history, all in one transaction: if any record is refused, neither the records nor the report
 * land. The import is one undo step; undoing it leaves the report (the import did happen).
 */
export async function recordedImport<R>(
  store: DataStore,
  label: string,
  input: ImportInput,
  fn: (w: Writer) => Promise<R>,
): Promise<{ result: R; entry: ImportHistoryEntry }> {
  const { result, changeSet, entry } = await writeRecordedImport(store, label, input, fn);
  store.history.push(changeSet);
  return { result, entry };
}

/**
 * recordedImport's transaction without the undo history: for a writer on another thread (the
 * import worker), whose change set the store takes into its history when it comes back.
 */
export async function writeRecordedImport<R>(
  store: Pick<DataStore, 'db' | 'ctx'>,
  label: string,
  input: ImportInput,
  fn: (w: Writer) => Promise<R>,
): Promise<{ result: R; changeSet: ChangeSet; entry: ImportHistoryEntry }> {
  const { db } = store;
  const meta = metaTable(store);
  const { result, changeSet, entry } = await db.transaction(
    'rw',
    [...recordTables(db), db.meta],
    async () => {
      // write() opens its own transaction over the record tables: a subset of this one, so
      // Dexie runs it inside this transaction, and the meta write below commits with it.
      const done = await write(db, store.ctx, label, fn);
      const created: ImportHistoryEntry = {
        id: randomId(store, 'imp'),
        at: store.ctx.now(),
        by: store.ctx.device(),
        ...input,
      };
      const history = await meta.get(IMPORT_HISTORY_KEY);
      const before = Array.isArray(history?.value) ? (history.value as ImportHistoryEntry[]) : [];
      await meta.put({
        key: IMPORT_HISTORY_KEY,
        value: [created, ...before].slice(0, IMPORT_HISTORY_KEPT),
      });
      return { ...done, entry: created };
    },
  );
  return { result, changeSet, entry };
}

/** The saved mappings, by name. Malformed entries (a hand-edited workspace file) are left out. */
export async function listSavedMappings(store: DataStore): Promise<SavedMapping[]> {
  const row = await metaTable(store).get(SAVED_MAPPINGS_KEY);
  if (!Array.isArray(row?.value)) return [];
  return (row.value as unknown[])
    .map((m) => parseSavedMapping(JSON.stringify(m)))
    .filter((m): m is SavedMapping => m !== null && m.name !== '')
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Saves (or replaces, by name) a named mapping; one transaction over the list. */
export async function saveMapping(store: DataStore, mapping: SavedMapping): Promise<void> {
  const name = mapping.name.trim();
  if (name === '') throw new RangeError('saveMapping: a mapping needs a name');
  await store.db.transaction('rw', store.db.meta, async () => {
    const others = (await listSavedMappings(store)).filter((m) => m.name !== name);
    await metaTable(store).put({
      key: SAVED_MAPPINGS_KEY,
      value: [...others, { name, columns: mapping.columns }],
    });
  });
}

export async function deleteMapping(store: DataStore, name: string): Promise<void> {
  await store.db.transaction('rw', store.db.meta, async () => {
    const kept = (await listSavedMappings(store)).filter((m) => m.name !== name);
    await metaTable(store).put({ key: SAVED_MAPPINGS_KEY, value: kept });
  });
}
