// The workspace database: one Dexie database per installation, keyed by the frozen DB_NAME.
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import { DB_NAME } from '@shared/identity';
import type { TableName, WorkspaceTables } from '@shared/domain/model';
import { SCHEMA_VERSIONS } from './schema';

/** Workspace-level settings and facts, stored as key/value rows. */
export type MetaRow =
  { key: 'workspace'; value: WorkspaceInfo } | { key: 'device'; value: { label: string } };

export type WorkspaceInfo = {
  name: string;
  /** How the workspace began: the embedded demo, empty, or opened from a file. */
  origin: 'demo' | 'empty' | 'file';
  createdAt: string;
};

/** One line of the export log (schema v2): what left the machine, not whom it was about. */
export type ExportLogEntry = {
  id: string;
  /** ISO 8601 time of the export. */
  at: string;
  /** Who exported (the device label). */
  by: string;
  /** What was exported, e.g. 'workspace-file', 'people-csv', 'representation-pdf'. */
  what: string;
  form: 'full' | 'pseudonymised' | 'aggregated';
  /** How many people the export covered. */
  people: number;
  encrypted: boolean;
};

export type PlenaryDB = Dexie & { [T in TableName]: EntityTable<WorkspaceTables[T], 'id'> } & {
  meta: EntityTable<MetaRow, 'key'>;
  exportLog: EntityTable<ExportLogEntry, 'id'>;
};

/**
 * Every read-write transaction on the workspace database asks for strict durability: the
 * browser reports it committed only once the data is flushed to disk, so a crash or power cut
 * right after an import, merge, cascading delete or restore cannot lose it. Dexie sets this per
 * database, not per transaction; it is global because every write here is a deliberate user
 * action (an edit, an import, a merge), never a high-rate stream where the flush would cost.
 */
export const TRANSACTION_DURABILITY = 'strict' as const;

export function openDatabase(name: string = DB_NAME): PlenaryDB {
  const db = new Dexie(name, { chromeTransactionDurability: TRANSACTION_DURABILITY }) as PlenaryDB;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}

/** Every record table, in a stable order (for transactions, exports and counts). */
export function recordTables(db: PlenaryDB) {
  return [
    db.people,
    db.organisations,
    db.events,
    db.participations,
    db.relationships,
    db.targets,
    db.regionSchemes,
    db.savedViews,
  ];
}
