// Automatic backups: workspace files written by main into a folder outside IndexedDB, so that a
// reset or a corrupted database cannot take them too. Each backup is written atomically, with a
// small metadata file beside it (reason, record counts); rotation keeps the newest 10 and the
// newest of each of the last 14 days. Node only, no Electron, clock injected: tested on a temp dir.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_ID_PATTERN,
  BACKUP_REASONS,
  backupCountsSchema,
  type BackupInfo,
  type BackupReason,
  type WriteBackupRequest,
} from '@shared/ipc/contract';
import { readFileLimited, writeFileAtomic } from './files';

/** The folder inside userData that holds the backups. */
export const BACKUP_DIR_NAME = 'Backups';
export const KEEP_LATEST = 10;
export const KEEP_DAILY_DAYS = 14;
/** A backup is at most as large as a saved file; metadata files are tiny. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const MAX_META_BYTES = 4096;
const META_SUFFIX = '.meta';

export type BackupDeps = {
  readonly dir: string;
  readonly now: () => Date;
  readonly mkdir: (dir: string) => Promise<void>;
};

/** `2026-11-28T15:40:12.345Z` → `20261128T154012345Z` (sortable, valid on every file system). */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function backupId(date: Date, reason: BackupReason): string {
  return `plenary-backup-${stampOf(date)}-${reason}.json`;
}

/** The time and reason a backup id encodes; null for any other file name. */
export function parseBackupId(
  id: string,
): { createdAt: string; reason: BackupInfo['reason'] } | null {
  if (!BACKUP_ID_PATTERN.test(id)) return null;
  const m = /^plenary-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(.+)\.json$/.exec(
    id,
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  const known = (BACKUP_REASONS as readonly string[]).includes(reason ?? '');
  return { createdAt, reason: known ? (reason as BackupReason) : 'unknown' };
}

/**
 * Which backups rotation removes: everything except the newest KEEP_LATEST and, for each of the
 * last KEEP_DAILY_DAYS calendar days (UTC) up to `now`, the newest backup of that day.
 */
export function backupsToRemove(
  backups: readonly Pick<BackupInfo, 'id' | 'createdAt'>[],
  now: Date,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((b) => b.id));
  const oldestDay = new Date(now.getTime() - (KEEP_DAILY_DAYS - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const seenDays = new Set<string>();
  for (const b of newestFirst) {
    const day = b.createdAt.slice(0, 10);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.id);
  }
  return newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

export function createBackups(deps: BackupDeps) {
  const pathOf = (id: string) => join(deps.dir, id);

  async function readCounts(id: string): Promise<BackupInfo['counts']> {
    try {
      const bytes = await readFileLimited(pathOf(id) + META_SUFFIX, MAX_META_BYTES);
      const meta = JSON.parse(Buffer.from(bytes).toString('utf8')) as { counts?: unknown };
      const parsed = backupCountsSchema.safeParse(meta.counts);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(deps.dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const id of names) {
      const parsed = parseBackupId(id);
      if (!parsed) continue;
      try {
        const stats = await stat(pathOf(id));
        if (!stats.isFile()) continue;
        out.push({ id, ...parsed, sizeBytes: stats.size, counts: await readCounts(id) });
      } catch {
        // Removed between readdir and stat (another window rotating): skip it.
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async function write(request: WriteBackupRequest): Promise<BackupInfo> {
    await deps.mkdir(deps.dir);
    let date = deps.now();
    // Two backups in the same millisecond would share a name: the later one waits a tick.
    const existing = new Set((await list()).map((b) => b.id));
    while (existing.has(backupId(date, request.reason))) date = new Date(date.getTime() + 1);
    const id = backupId(date, request.reason);
    // The metadata goes first: a crash between the two leaves an orphan .meta that listing
    // ignores, never a backup that claims wrong counts.
    await writeFileAtomic(pathOf(id) + META_SUFFIX, JSON.stringify({ counts: request.counts }));
    await writeFileAtomic(pathOf(id), request.contents);
    await rotate();
    const info = (await list()).find((b) => b.id === id);
    if (!info) throw new Error('backup vanished after writing');
    return info;
  }

  async function rotate(): Promise<string[]> {
    const removed = backupsToRemove(await list(), deps.now());
    for (const id of removed) {
      await rm(pathOf(id), { force: true });
      await rm(pathOf(id) + META_SUFFIX, { force: true });
    }
    // Orphaned metadata (a crash between the two writes) goes too.
    const names = await readdir(deps.dir).catch(() => [] as string[]);
    const backups = new Set(names.filter((n) => parseBackupId(n)));
    for (const n of names) {
      if (n.endsWith(META_SUFFIX) && !backups.has(n.slice(0, -META_SUFFIX.length))) {
        await rm(pathOf(n), { force: true });
      }
    }
    return removed;
  }

  async function read(id: string): Promise<Uint8Array> {
    // The id was validated against BACKUP_ID_PATTERN by the IPC schema; checked again here
    // because this is the line that turns it into a path.
    if (!parseBackupId(id)) throw new Error('not a backup id');
    return readFileLimited(pathOf(id), MAX_BACKUP_BYTES);
  }

  return { list, write, read, rotate };
}

export type Backups = ReturnType<typeof createBackups>;
