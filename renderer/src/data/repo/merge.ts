// Team merging in the data layer: preview and apply a colleague's file in ONE transaction (only
// the changed records are written, with the merge's own bookkeeping), keep a merge history and
// the pre-merge snapshot for "undo this merge", and build exchange files ("share my changes").
// Merges bypass the undo stack (a merge is undone as a whole from its history entry) and clear
// it, since older undo entries would put back states the merge has since superseded.
// Erased ids (repo/erase.ts) travel in every exchange file and are honoured by every merge.
import type { TableName, WorkspaceData } from '@shared/domain/model';
import { TABLE_NAMES, emptyWorkspaceData } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import { isErased, planMerge } from '@shared/merge/merge';
import type { MergePlan, Resolutions } from '@shared/merge/merge';
import type { TeamSection, WorkspaceFile } from '@shared/workspace-file';
import { toWorkspaceFile } from '@shared/workspace-file';
import { recordTables } from '../db';
import type { WorkspaceInfo } from '../db';
import { ValidationError } from '../errors';
import type { DataStore } from '../store';
import { readWorkspace } from './workspace';

export type MergeHistoryEntry = {
  id: string;
  /** When the merge was applied, and by whom (this device's label). */
  at: string;
  by: string;
  /** Who exported the merged file, and its name. */
  from: string;
  fileName: string;
  counts: {
    added: number;
    updated: number;
    deleted: number;
    conflicts: number;
    duplicates: number;
  };
  /** `table/id` of every record whose data the merge changed (exchange files since include them). */
  changed: string[];
  /** Set when the merge was undone. */
  undoneAt: string | null;
  /** Whether the pre-merge snapshot is still kept (the newest SNAPSHOTS_KEPT are). */
  restorable: boolean;
};

/** Pre-merge snapshots kept for "undo this merge": whole workspaces, so only a few. */
export const SNAPSHOTS_KEPT = 5;

const HISTORY_KEY = 'team.mergeHistory';
const SHARES_KEY = 'team.shares';
/** Ids erased here or by a colleague: bare random ids only (see repo/erase.ts). */
export const ERASED_KEY = 'team.erased';
/** When the erased list last grew: an erasure alone is news for the next exchange file. */
export const ERASED_AT_KEY = 'team.erasedAt';
/** Replica id → the name people read, learnt from exchange files. */
const WRITERS_KEY = 'team.writers';
export const SNAPSHOT_PREFIX = 'team.snapshot.';
const snapshotKey = (id: string) => `${SNAPSHOT_PREFIX}${id}`;

// The team rows live beside the typed MetaRow keys in the same key/value table.
type TeamRow = { key: string; value: unknown };
export const metaTable = (store: DataStore) => store.db.table<TeamRow, string>('meta');

/** Every id erased in this workspace, sorted. */
export async function listErased(store: DataStore): Promise<string[]> {
  return ((await metaTable(store).get(ERASED_KEY))?.value as string[] | undefined) ?? [];
}

/** The names of the writers this workspace knows, by replica id (mine included). */
export async function listWriters(store: DataStore): Promise<Record<string, string>> {
  const known = ((await metaTable(store).get(WRITERS_KEY))?.value ?? {}) as Record<string, string>;
  await store.ready;
  const me = store.identity();
  return { ...known, [me.replica]: store.ctx.device() };
}

/** The `team` section of my exchange files. */
export async function teamSection(store: DataStore): Promise<TeamSection> {
  return { erased: await listErased(store), writers: await listWriters(store) };
}

/** A copy of `data` without the erased records (and those of erased people). */
function withoutErased(data: WorkspaceData, erased: ReadonlySet<string>): WorkspaceData {
  if (erased.size === 0) return data;
  const out = emptyWorkspaceData();
  for (const table of TABLE_NAMES) {
    (out as Record<TableName, unknown[]>)[table] = (
      data[table] as unknown as Record<string, unknown>[]
    ).filter((r) => !isErased(table, r, erased));
  }
  return out;
}

export async function listMergeHistory(store: DataStore): Promise<MergeHistoryEntry[]> {
  const row = await metaTable(store).get(HISTORY_KEY);
  return (row?.value as MergeHistoryEntry[] | undefined) ?? [];
}

/** What merging `theirs` (with their erased ids) would do to the workspace as it is now. */
export async function previewMerge(
  store: DataStore,
  theirs: WorkspaceData,
  theirErased: readonly string[] = [],
): Promise<MergePlan> {
  const erased = [...(await listErased(store)), ...theirErased];
  return planMerge(await readWorkspace(store), theirs, { erased });
}

function randomId(store: DataStore): string {
  let hex = '';
  for (const byte of store.ctx.randomBytes(8)) hex += byte.toString(16).padStart(2, '0');
  return `mrg_${hex}`;
}

/**
 * Applies the merge of `file` with the user's resolutions, re-planned inside the transaction
 * against the workspace as it is at that moment. All or nothing: an invalid merged record means
 * nothing is written.
 */
export async function applyMerge(
  store: DataStore,
  file: Pick<WorkspaceFile, 'data' | 'exportedBy' | 'team'>,
  resolutions: Resolutions,
  fileName: string,
): Promise<MergeHistoryEntry> {
  const { db } = store;
  const meta = metaTable(store);
  await store.ready;
  const entry = await db.transaction('rw', [...recordTables(db), db.meta], async () => {
    const mine = emptyWorkspaceData();
    for (const table of TABLE_NAMES) {
      (mine as Record<TableName, unknown[]>)[table] = await db.table(table).toArray();
    }
    const myErased = ((await meta.get(ERASED_KEY))?.value as string[] | undefined) ?? [];
    const plan = planMerge(mine, file.data, {
      erased: [...myErased, ...(file.team?.erased ?? [])],
    });
    const now = store.ctx.now();
    const device = store.ctx.device();
    const replica = store.identity().replica;
    const result = plan.apply(resolutions, { now, device, replica });
    for (const { table, record } of result.changed) {
      const checked = validateRecord(table, record);
      if (!checked.ok) throw new ValidationError(table, checked.issues);
    }
    for (const table of TABLE_NAMES) {
      const rows = result.changed.filter((c) => c.table === table).map((c) => c.record);
      if (rows.length > 0) await db.table(table).bulkPut(rows);
      const gone = result.removed.filter((r) => r.table === table).map((r) => r.id);
      if (gone.length > 0) await db.table(table).bulkDelete(gone);
    }
    if (result.erased.length > myErased.length) {
      await meta.put({ key: ERASED_KEY, value: result.erased });
      await meta.put({ key: ERASED_AT_KEY, value: now });
    }
    if (file.team && Object.keys(file.team.writers).length > 0) {
      const known = ((await meta.get(WRITERS_KEY))?.value ?? {}) as Record<string, string>;
      await meta.put({ key: WRITERS_KEY, value: { ...known, ...file.team.writers } });
    }
    const history = ((await meta.get(HISTORY_KEY))?.value as MergeHistoryEntry[] | undefined) ?? [];
    const created: MergeHistoryEntry = {
      id: randomId(store),
      at: now,
      by: device,
      from: file.exportedBy,
      fileName,
      counts: {
        ...result.counts,
        conflicts: plan.preview.conflicts.length,
        duplicates: resolutions.mergeDuplicates?.length ?? 0,
      },
      // Bookkeeping-only changes need not travel on: the colleague derives the same.
      changed: result.changed.filter((c) => c.data).map((c) => `${c.table}/${c.record.id}`),
      undoneAt: null,
      restorable: true,
    };
    // Records erased by this merge are not kept for "undo": erasure is final.
    await meta.put({
      key: snapshotKey(created.id),
      value: withoutErased(mine, new Set(result.erased)),
    });
    const next = [created, ...history];
    for (const old of next.filter((e) => e.restorable).slice(SNAPSHOTS_KEPT)) {
      old.restorable = false;
      await meta.delete(snapshotKey(old.id));
    }
    await meta.put({ key: HISTORY_KEY, value: next });
    return created;
  });
  store.history.clear();
  return entry;
}

/**
 * Restores the workspace exactly as it was before the merge (changes made since are lost: the
 * screen says so before asking). One transaction; the undo history is cleared.
 */
export async function undoMerge(store: DataStore, id: string): Promise<void> {
  const { db } = store;
  const meta = metaTable(store);
  const kept = (await meta.get(snapshotKey(id)))?.value as WorkspaceData | undefined;
  if (!kept) throw new RangeError('undoMerge: no pre-merge snapshot is kept for this merge');
  // An erasure made since stays made.
  const snapshot = withoutErased(kept, new Set(await listErased(store)));
  for (const table of TABLE_NAMES) {
    for (const record of snapshot[table]) {
      const checked = validateRecord(table, record);
      if (!checked.ok) throw new ValidationError(table, checked.issues);
    }
  }
  await db.transaction('rw', [...recordTables(db), db.meta], async () => {
    for (const table of TABLE_NAMES) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(snapshot[table]);
    }
    const history = ((await meta.get(HISTORY_KEY))?.value as MergeHistoryEntry[] | undefined) ?? [];
    const now = store.ctx.now();
    // This merge and every later one are gone from the workspace.
    const index = history.findIndex((e) => e.id === id);
    const next = history.map((e, i) =>
      i <= index && e.undoneAt === null ? { ...e, undoneAt: now, restorable: false } : e,
    );
    for (const e of history.slice(0, index + 1)) await meta.delete(snapshotKey(e.id));
    await meta.put({ key: HISTORY_KEY, value: next });
  });
  store.history.clear();
  // My writes since the merge are gone, but colleagues may have them: counting my next writes
  // from the older state under the same id would reuse write numbers they have already seen.
  await store.renewReplica();
}

/** When I last shared my changes with each colleague. */
export async function listShares(store: DataStore): Promise<Record<string, string>> {
  const row = await metaTable(store).get(SHARES_KEY);
  return (row?.value as Record<string, string> | undefined) ?? {};
}

/**
 * The exchange file: every record (tombstones included) changed since `since` — edited here,
 * or brought in by a merge — or the whole workspace when `since` is null.
 */
export async function buildExchangeFile(
  store: DataStore,
  since: string | null,
): Promise<{ file: WorkspaceFile; records: number; erasures: boolean }> {
  const data = await readWorkspace(store);
  const info = (await store.db.meta.get('workspace'))?.value as WorkspaceInfo | undefined;
  let out: WorkspaceData = data;
  if (since !== null) {
    const merged = new Set(
      (await listMergeHistory(store))
        .filter((e) => e.at > since && e.undoneAt === null)
        .flatMap((e) => e.changed),
    );
    out = emptyWorkspaceData();
    for (const table of TABLE_NAMES) {
      (out as Record<TableName, unknown[]>)[table] = (
        data[table] as { id: string; updatedAt: string }[]
      ).filter((r) => r.updatedAt > since || merged.has(`${table}/${r.id}`));
    }
  }
  const records = TABLE_NAMES.reduce((n, t) => n + out[t].length, 0);
  const erasedAt = (await metaTable(store).get(ERASED_AT_KEY))?.value as string | undefined;
  // Whether the file carries an erasure the colleague may not have yet.
  const erasures = erasedAt !== undefined && (since === null || erasedAt > since);
  await store.ready;
  const file = toWorkspaceFile(
    out,
    { name: info?.name ?? 'workspace', createdAt: info?.createdAt ?? store.ctx.now() },
    store.ctx.now(),
    store.ctx.device(),
    await teamSection(store),
  );
  return { file, records, erasures };
}

/** Notes that my changes up to `at` were shared with `colleague`. */
export async function recordShare(store: DataStore, colleague: string, at: string): Promise<void> {
  const meta = metaTable(store);
  await store.db.transaction('rw', store.db.meta, async () => {
    const shares =
      ((await meta.get(SHARES_KEY))?.value as Record<string, string> | undefined) ?? {};
    await meta.put({ key: SHARES_KEY, value: { ...shares, [colleague]: at } });
  });
}
