// Whole-workspace operations: first-launch demo, reset, new empty workspace, snapshots.
import type { TableName, WorkspaceData } from '@shared/domain/model';
import { TABLE_NAMES, emptyWorkspaceData } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import type { FieldIssue } from '@shared/domain/schemas';
import { generateDemoWorkspace } from '@shared/demo';
import type { WorkspaceInfo } from '../db';
import { recordTables } from '../db';
import { ValidationError } from '../errors';
import type { DataStore } from '../store';

/** Opens the demo workspace on the very first launch; later launches keep what is there. */
export async function ensureWorkspace(store: DataStore): Promise<WorkspaceInfo> {
  const existing = await store.db.meta.get('workspace');
  if (existing?.key === 'workspace') return existing.value;
  return resetToDemo(store);
}

export async function resetToDemo(store: DataStore): Promise<WorkspaceInfo> {
  const now = store.ctx.now();
  const data = generateDemoWorkspace({ now, deviceLabel: 'demo' });
  return replaceWorkspace(store, data, { name: 'demo', origin: 'demo', createdAt: now });
}

export async function newEmptyWorkspace(store: DataStore, name: string): Promise<WorkspaceInfo> {
  return replaceWorkspace(store, emptyWorkspaceData(), {
    name,
    origin: 'empty',
    createdAt: store.ctx.now(),
  });
}

/**
 * Replaces every record in one transaction after validating all of them first: an invalid
 * record anywhere means nothing is changed. The undo history is cleared, since its entries
 * describe the workspace that is gone.
 */
export async function replaceWorkspace(
  store: DataStore,
  data: WorkspaceData,
  info: WorkspaceInfo,
): Promise<WorkspaceInfo> {
  for (const table of TABLE_NAMES) {
    for (const record of data[table]) {
      const checked = validateRecord(table, record);
      if (!checked.ok) throw new ValidationError(table, checked.issues);
    }
  }
  const { db } = store;
  await db.transaction('rw', [...recordTables(db), db.meta], async () => {
    for (const table of TABLE_NAMES) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(data[table]);
    }
    await db.meta.put({ key: 'workspace', value: info });
  });
  store.history.clear();
  return info;
}

/** Every record, tombstones included: what a workspace file or backup holds. */
export async function readWorkspace(store: DataStore): Promise<WorkspaceData> {
  const { db } = store;
  return db.transaction('r', recordTables(db), async () => {
    const out = emptyWorkspaceData();
    for (const table of TABLE_NAMES) {
      (out as Record<TableName, unknown[]>)[table] = await db.table(table).toArray();
    }
    return out;
  });
}

export type WorkspaceCounts = Record<TableName, number>;

export async function countLive(store: DataStore): Promise<WorkspaceCounts> {
  const data = await readWorkspace(store);
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, data[t].filter((r) => r.deletedAt === null).length]),
  ) as WorkspaceCounts;
}

export type { FieldIssue };
