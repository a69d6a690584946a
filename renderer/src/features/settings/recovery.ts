// When the database cannot be opened at the current schema version (a failed upgrade leaves it
// at its old version, since IndexedDB aborts the whole upgrade transaction), the data is still
// there: these helpers read it without any schema and turn it into a workspace file.
import Dexie from 'dexie';
import { DB_NAME } from '@shared/identity';
import { TABLE_NAMES } from '@shared/domain/model';
import type { TableName, WorkspaceData } from '@shared/domain/model';
import { toWorkspaceFile } from '@shared/workspace-file';
import type { WorkspaceFile } from '@shared/workspace-file';
import type { Platform } from '../../platform';
import type { ExportLogEntry } from '../../data/db';

/** Reads every record table of the database as it is on disk, at whatever version it has. */
export async function readRawWorkspace(name: string = DB_NAME): Promise<{
  file: WorkspaceFile;
  version: number;
}> {
  // No version declared: Dexie opens the existing database as it is, without upgrading it.
  const db = new Dexie(name);
  try {
    await db.open();
    const data = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as WorkspaceData;
    const present = new Set(db.tables.map((t) => t.name));
    for (const table of TABLE_NAMES) {
      if (present.has(table)) {
        (data as Record<TableName, unknown[]>)[table] = await db.table(table).toArray();
      }
    }
    let info: { name: string; createdAt: string } = { name: 'Recovered workspace', createdAt: '' };
    if (present.has('meta')) {
      const row = (await db.table('meta').get('workspace')) as
        { value?: { name?: unknown; createdAt?: unknown } } | undefined;
      if (typeof row?.value?.name === 'string' && typeof row.value.createdAt === 'string') {
        info = { name: row.value.name, createdAt: row.value.createdAt };
      }
    }
    const now = new Date().toISOString();
    return {
      file: toWorkspaceFile(
        data,
        { name: info.name, createdAt: info.createdAt || now },
        now,
        'recovery',
      ),
      version: db.verno,
    };
  } finally {
    db.close();
  }
}

/**
 * Writes the export-log line of a recovery export into the database as it is on disk, without a
 * schema and without upgrading it. A database from before the export log (schema version 1) has
 * no table for it: then nothing is written and the answer is false.
 */
export async function logRecoveryExport(
  people: number,
  name: string = DB_NAME,
  now: () => string = () => new Date().toISOString(),
): Promise<boolean> {
  const db = new Dexie(name);
  try {
    await db.open();
    if (!db.tables.some((t) => t.name === 'exportLog')) return false;
    let hex = '';
    for (const byte of crypto.getRandomValues(new Uint8Array(16)))
      hex += byte.toString(16).padStart(2, '0');
    const entry: ExportLogEntry = {
      id: `exp_${hex}`,
      at: now(),
      // The same writer name the recovered file carries: the team identity lives in the
      // database that could not be opened.
      by: 'recovery',
      what: 'workspace-file-recovered',
      form: 'full',
      people,
      encrypted: false,
    };
    await db.table('exportLog').add(entry);
    return true;
  } finally {
    db.close();
  }
}

/** The version of the existing database (Dexie numbering), or null when there is none yet. */
export async function existingSchemaVersion(name: string = DB_NAME): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  const db = new Dexie(name);
  try {
    await db.open();
    return db.verno;
  } finally {
    db.close();
  }
}

/**
 * The message for an error while opening the database, as an i18n key. Dexie passes an upgrade
 * function's own error through, so an upgrade is recognised by the version left on disk: still
 * below the one this build declares.
 */
export async function openFailureKey(
  error: unknown,
  currentVersion: number,
  name: string = DB_NAME,
): Promise<string> {
  if (writeFailureKey(error)) return 'privacy.storage.quota';
  const errorName = error instanceof Error ? error.name : '';
  if (errorName === 'UpgradeError' || errorName === 'VersionError') {
    return 'privacy.recovery.upgradeFailed';
  }
  const onDisk = await existingSchemaVersion(name).catch(() => null);
  return onDisk !== null && onDisk < currentVersion
    ? 'privacy.recovery.upgradeFailed'
    : 'privacy.recovery.openFailed';
}

/** A write error as a message a user can act on (a full disk is not "something went wrong"). */
export function writeFailureKey(error: unknown): string | null {
  const names = [
    error instanceof Error ? error.name : '',
    error instanceof Error && error.cause instanceof Error ? error.cause.name : '',
    error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '',
  ];
  return names.includes('QuotaExceededError') ? 'privacy.storage.quota' : null;
}

/**
 * Before this build upgrades an older database, the desktop app writes an automatic backup of
 * it as it is: a migration bug then costs nothing. Returns whether a backup was written.
 */
export async function backupBeforeMigration(
  platform: Pick<Platform, 'backups'>,
  currentVersion: number,
  name: string = DB_NAME,
): Promise<boolean> {
  if (!platform.backups) return false;
  const onDisk = await existingSchemaVersion(name);
  if (onDisk === null || onDisk >= currentVersion) return false;
  const { file } = await readRawWorkspace(name);
  const live = (rows: readonly { deletedAt: string | null }[]) =>
    rows.filter((r) => r.deletedAt === null).length;
  await platform.backups.write('before-migration', new TextEncoder().encode(JSON.stringify(file)), {
    people: live(file.data.people),
    organisations: live(file.data.organisations),
    events: live(file.data.events),
    participations: live(file.data.participations),
  });
  return true;
}
