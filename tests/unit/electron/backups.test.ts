// Automatic backups in main: names, atomic writes with metadata, listing, rotation with an
// injected clock, reading by id only, and the IPC handlers' error codes.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  KEEP_DAILY_DAYS,
  KEEP_LATEST,
  backupId,
  backupsToRemove,
  createBackups,
  parseBackupId,
} from '../../../electron/main/backups';
import { backupError, createHandlers } from '../../../electron/main/handlers';
import { IpcHandlerError } from '../../../electron/main/ipc';

const counts = { people: 300, organisations: 86, events: 19, participations: 875 };
const bytes = (text: string) => new TextEncoder().encode(text);

let root: string;
let dir: string;
let clock: Date;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenary-backups-'));
  dir = join(root, 'Backups');
  clock = new Date('2026-11-28T15:40:12.345Z');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function service() {
  return createBackups({
    dir,
    now: () => clock,
    mkdir: async (d) => {
      await mkdir(d, { recursive: true });
    },
  });
}

describe('backup ids', () => {
  it('encode time and reason in a sortable, portable file name and parse back', () => {
    const id = backupId(clock, 'before-restore');
    expect(id).toBe('plenary-backup-20261128T154012345Z-before-restore.json');
    expect(parseBackupId(id)).toEqual({ createdAt: clock.toISOString(), reason: 'before-restore' });
    expect(parseBackupId('notes.txt')).toBeNull();
    expect(parseBackupId('plenary-backup-20261399T154012345Z-start.json')).toBeNull();
  });
});

describe('backupsToRemove', () => {
  const at = (iso: string) => ({ id: backupId(new Date(iso), 'periodic'), createdAt: iso });

  it('keeps the newest 10 and the newest of each of the last 14 days', () => {
    const now = new Date('2026-11-28T18:00:00.000Z');
    // 12 backups today, 3 a day for the 20 days before.
    const today = Array.from({ length: 12 }, (_, i) =>
      at(`2026-11-28T${String(6 + i).padStart(2, '0')}:00:00.000Z`),
    );
    const earlier = Array.from({ length: 20 }, (_, d) =>
      ['08', '12', '16'].map((h) =>
        at(new Date(Date.UTC(2026, 10, 27 - d, Number(h))).toISOString()),
      ),
    ).flat();
    const all = [...earlier, ...today];
    const removed = new Set(backupsToRemove(all, now));
    const kept = all.filter((b) => !removed.has(b.id));

    const newest10 = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 10);
    for (const b of newest10) expect(kept).toContainEqual(b);
    // One per day for the 13 days before today (today is already covered by the newest 10).
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    expect(days.size).toBe(KEEP_DAILY_DAYS);
    expect(kept).toHaveLength(KEEP_LATEST + KEEP_DAILY_DAYS - 1);
    // The one kept for a past day is that day's newest.
    expect(kept).toContainEqual(at('2026-11-20T16:00:00.000Z'));
    expect(kept).not.toContainEqual(at('2026-11-20T08:00:00.000Z'));
    // Nothing older than 14 days survives outside the newest 10.
    expect(kept.every((b) => b.createdAt >= '2026-11-15')).toBe(true);
  });

  it('keeps everything while there are 10 or fewer', () => {
    const few = Array.from({ length: 10 }, (_, i) =>
      at(`2025-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`),
    );
    expect(backupsToRemove(few, new Date('2026-11-28T00:00:00.000Z'))).toEqual([]);
  });
});

describe('createBackups', () => {
  it('writes a backup with its counts, lists it and reads it back', async () => {
    const backups = service();
    const info = await backups.write({ reason: 'start', contents: bytes('{"a":1}'), counts });
    expect(info).toEqual({
      id: 'plenary-backup-20261128T154012345Z-start.json',
      createdAt: '2026-11-28T15:40:12.345Z',
      reason: 'start',
      sizeBytes: 7,
      counts,
    });
    expect(await backups.list()).toEqual([info]);
    expect(new TextDecoder().decode(await backups.read(info.id))).toBe('{"a":1}');
    // No temporary files left behind.
    expect((await readdir(dir)).sort()).toEqual([info.id, `${info.id}.meta`]);
  });

  // Real fsyncs on a shared machine: a generous timeout, not a speed check.
  it(
    'rotates as it writes: one backup a day for 24 days leaves the last 14 days',
    { timeout: 60_000 },
    async () => {
      const backups = service();
      const start = Date.UTC(2026, 10, 5, 9);
      for (let i = 0; i < 24; i++) {
        clock = new Date(start + i * 24 * 3_600_000);
        await backups.write({ reason: 'periodic', contents: bytes(`{"n":${i}}`), counts });
      }
      const list = await backups.list();
      expect(list[0]?.createdAt).toBe(clock.toISOString());
      // The newest 10 are inside the 14 days, so exactly the last 14 days remain.
      expect(list).toHaveLength(KEEP_DAILY_DAYS);
      expect(list.at(-1)?.createdAt.slice(0, 10)).toBe('2026-11-15');
      expect(KEEP_LATEST).toBeLessThan(KEEP_DAILY_DAYS);
      const files = await readdir(dir);
      expect(files.filter((f) => f.endsWith('.meta'))).toHaveLength(list.length);
    },
  );

  it('gives two backups in the same millisecond different names', async () => {
    const backups = service();
    const a = await backups.write({ reason: 'import', contents: bytes('{}'), counts });
    const b = await backups.write({ reason: 'import', contents: bytes('{ }'), counts });
    expect(a.id).not.toBe(b.id);
    expect(await backups.list()).toHaveLength(2);
  });

  it('lists a backup without metadata with unknown counts, and ignores other files', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'plenary-backup-20261127T080000000Z-manual.json'), '{}');
    await writeFile(join(dir, 'holiday.jpg'), 'x');
    await writeFile(join(dir, 'plenary-backup-20261127T080000000Z-start.json.meta'), '{nope');
    const list = await service().list();
    expect(list).toEqual([
      expect.objectContaining({ reason: 'manual', counts: null, sizeBytes: 2 }),
    ]);
  });

  it('reads only backup ids, never a path', async () => {
    const backups = service();
    await mkdir(dir, { recursive: true });
    await writeFile(join(root, 'secret.json'), 'secret');
    await expect(backups.read('../secret.json')).rejects.toThrow();
    await expect(backups.read('plenary-backup-20261128T154012345Z-start.json')).rejects.toThrow();
  });

  it('leaves the previous backups intact when a write fails', async () => {
    const backups = service();
    const first = await backups.write({ reason: 'start', contents: bytes('{"ok":true}'), counts });
    // A directory where the next backup's file would go makes the final rename fail.
    clock = new Date(clock.getTime() + 1000);
    await mkdir(join(dir, backupId(clock, 'periodic')));
    await expect(
      backups.write({ reason: 'periodic', contents: bytes('{"ok":false}'), counts }),
    ).rejects.toThrow();
    expect(await readFile(join(dir, first.id), 'utf8')).toBe('{"ok":true}');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('backup IPC handlers', () => {
  const base = {
    dialogsFor: () => {
      throw new Error('no dialogs here');
    },
    defaultDirectory: () => root,
    printToPdf: () => Promise.resolve(new Uint8Array()),
    appInfo: () => ({ version: '0', platform: 'linux', locale: 'en' }),
    t: (k: string) => k,
  };

  it('write, list and read go to the backup folder', async () => {
    const handlers = createHandlers<unknown>({ ...base, backups: service() });
    const info = await handlers['backup:write'](
      { reason: 'manual', contents: bytes('{}'), counts },
      null,
    );
    expect(await handlers['backup:list'](undefined, null)).toEqual([info]);
    expect(await handlers['backup:read']({ id: info.id }, null)).toEqual({ contents: bytes('{}') });
  });

  it('a full disk is reported as disk-full, a missing backup as not-found', () => {
    const enospc = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    expect(backupError(enospc).error).toEqual({ code: 'disk-full' });
    const enoent = Object.assign(new Error('gone'), { code: 'ENOENT' });
    expect(backupError(enoent).error).toEqual({ code: 'not-found' });
    expect(backupError(new Error('other')).error).toEqual({ code: 'io-error' });
  });

  it('without a backup service the channels answer io-error', async () => {
    const handlers = createHandlers<unknown>(base);
    await expect(handlers['backup:list'](undefined, null)).rejects.toBeInstanceOf(IpcHandlerError);
  });
});
