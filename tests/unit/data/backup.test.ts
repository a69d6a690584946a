// The renderer's backup service over a fake platform: payload, counts, pending changes, restore.
import { describe, expect, it, vi } from 'vitest';
import {
  SIGNIFICANT_EDITS,
  START_BACKUP_LATEST_MS,
  createBackupService,
  scheduleStartBackup,
  startBackups,
  workspaceLoaded,
} from '../../../renderer/src/data/repo/backup';
import {
  newEmptyWorkspace,
  readWorkspace,
  resetToDemo,
} from '../../../renderer/src/data/repo/workspace';
import { TABLE_NAMES } from '@shared/domain/model';
import { updatePerson } from '../../../renderer/src/data/repo/people';
import type { BackupInfo, PlatformBackups } from '../../../renderer/src/platform';
import { PlatformError } from '../../../renderer/src/platform';
import { freshStore, seedSmallWorkspace } from './fixtures';

function fakeBackups() {
  const files = new Map<string, Uint8Array>();
  const infos: BackupInfo[] = [];
  let n = 0;
  const write = vi.fn<PlatformBackups['write']>((reason, contents, counts) => {
    const id = `plenary-backup-20261128T1200000${String(n++).padStart(2, '0')}Z-${reason}.json`;
    files.set(id, contents);
    const info = {
      id,
      createdAt: '2026-11-28T12:00:00.000Z',
      sizeBytes: contents.length,
      reason,
      counts,
    };
    infos.unshift(info);
    return Promise.resolve(info);
  });
  const backups: PlatformBackups = {
    write,
    list: () => Promise.resolve([...infos]),
    read: (id) => {
      const bytes = files.get(id);
      return bytes
        ? Promise.resolve(bytes)
        : Promise.reject(new PlatformError({ code: 'not-found' }));
    },
  };
  return { backups, files, infos, write };
}

const noTimers = {
  setInterval: (() => 0) as unknown as typeof setInterval,
  clearInterval: () => undefined,
};

describe('backup service', () => {
  it('writes the whole workspace with live counts and clears pending changes', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const { backups, files } = fakeBackups();
    const service = createBackupService(store, { backups }, noTimers);
    expect(service.getStatus().pendingChanges).toBe(0);
    await updatePerson(store, person.id, { notes: 'changed' });
    expect(service.getStatus().pendingChanges).toBe(1);

    const info = await service.request('import');
    expect(info?.counts).toEqual({ people: 2, organisations: 1, events: 3, participations: 0 });
    expect(service.getStatus().pendingChanges).toBe(0);
    const text = new TextDecoder().decode(files.get(info!.id));
    expect(JSON.parse(text)).toMatchObject({
      format: 'plenary-workspace',
      data: await readWorkspace(store),
    });
    service.stop();
  });

  it('restores a backup after backing up the current state first', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const { backups, infos } = fakeBackups();
    const service = createBackupService(store, { backups }, noTimers);
    const saved = await service.request('manual');
    const snapshot = await readWorkspace(store);
    await updatePerson(store, person.id, { givenName: 'Changed' });

    expect(await service.restore(saved!.id)).toEqual({ ok: true });
    expect(await readWorkspace(store)).toEqual(snapshot);
    expect(infos[0]?.reason).toBe('before-restore');
    expect(await service.restore('plenary-backup-missing.json')).toEqual({
      ok: false,
      messageKey: 'privacy.backups.errors.failed',
    });
    service.stop();
  });

  it('backup → wipe → restore brings back every record of every table, field for field', async () => {
    const store = freshStore();
    await resetToDemo(store);
    const original = await readWorkspace(store);
    for (const table of TABLE_NAMES) {
      if (table !== 'savedViews') expect(original[table].length, table).toBeGreaterThan(0);
    }
    const { backups } = fakeBackups();
    const service = createBackupService(store, { backups }, noTimers);
    const saved = await service.request('manual');

    await newEmptyWorkspace(store, 'Wiped');
    const wiped = await readWorkspace(store);
    for (const table of TABLE_NAMES) expect(wiped[table], table).toEqual([]);

    expect(await service.restore(saved!.id)).toEqual({ ok: true });
    const restored = await readWorkspace(store);
    for (const table of TABLE_NAMES) {
      const byId = (rows: readonly { id: string }[]) =>
        [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(restored[table]), table).toEqual(byId(original[table]));
    }
    service.stop();
  });

  it('reports a full disk with its own message and leaves the workspace alone', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const { backups } = fakeBackups();
    backups.write = () => Promise.reject(new PlatformError({ code: 'disk-full' }));
    const service = createBackupService(store, { backups }, noTimers);
    expect(await service.request('periodic')).toBeNull();
    expect(service.getStatus().error).toBe('privacy.backups.errors.disk-full');
    service.stop();
  });

  it('in the browser build, an import raises the export reminder instead', async () => {
    const store = freshStore();
    const service = createBackupService(store, { backups: null }, noTimers);
    expect(service.getStatus().available).toBe(false);
    await service.request('periodic');
    expect(service.getStatus().reminder).toBe(false);
    await service.request('import');
    expect(service.getStatus().reminder).toBe(true);
    service.dismissReminder();
    expect(service.getStatus().reminder).toBe(false);
    service.stop();
  });

  it('in the browser build, many edits since the last export raise the reminder too', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const service = createBackupService(store, { backups: null }, noTimers);
    for (let i = 1; i < SIGNIFICANT_EDITS; i++) {
      await updatePerson(store, person.id, { notes: `edit ${i}` });
    }
    expect(service.getStatus().reminder).toBe(false);
    await updatePerson(store, person.id, { notes: 'one edit more' });
    expect(service.getStatus().reminder).toBe(true);
    // Exporting clears it and starts the count again.
    service.dismissReminder();
    await updatePerson(store, person.id, { notes: 'after the export' });
    expect(service.getStatus()).toMatchObject({ reminder: false, pendingChanges: 1 });
    service.stop();
  });

  it('on desktop, edits are backed up instead: no export reminder', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const { backups } = fakeBackups();
    const service = createBackupService(store, { backups }, noTimers);
    for (let i = 0; i < SIGNIFICANT_EDITS + 1; i++) {
      await updatePerson(store, person.id, { notes: `edit ${i}` });
    }
    expect(service.getStatus().reminder).toBe(false);
    service.stop();
  });

  it('backs up every few minutes only while there are changes', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const { backups, write } = fakeBackups();
    let tick: (() => void) | undefined;
    const timers = {
      setInterval: ((fn: () => void) => {
        tick = fn;
        return 1;
      }) as unknown as typeof setInterval,
      clearInterval: () => undefined,
    };
    const service = createBackupService(store, { backups }, timers);
    tick?.();
    expect(write).not.toHaveBeenCalled();
    await updatePerson(store, person.id, { notes: 'x' });
    tick?.();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    expect(write.mock.calls[0]?.[0]).toBe('periodic');
    service.stop();
  });
});

/** One settable timeout, fired by hand. */
function manualTimeout() {
  let pending: { fn: () => void; ms: number } | null = null;
  const timers = {
    setTimeout: ((fn: () => void, ms: number) => {
      pending = { fn, ms };
      return 7;
    }) as unknown as typeof setTimeout,
    clearTimeout: ((id: number) => {
      if (id === 7) pending = null;
    }) as unknown as typeof clearTimeout,
  };
  return { timers, fire: () => pending?.fn(), pending: () => pending };
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('start-up backup', () => {
  it('waits until the workspace has loaded, then backs up once', async () => {
    const store = freshStore();
    const request = vi.fn(() => Promise.resolve(null));
    const loaded = deferred();
    const clock = manualTimeout();
    scheduleStartBackup({ request }, store, loaded.promise, clock.timers);
    expect(clock.pending()?.ms).toBe(START_BACKUP_LATEST_MS);
    await flush();
    expect(request).not.toHaveBeenCalled();
    loaded.resolve();
    await flush();
    expect(request.mock.calls).toEqual([['start']]);
    // The fallback is cleared, and nothing later takes a second one.
    expect(clock.pending()).toBeNull();
    clock.fire();
    await updatePerson(store, (await seedSmallWorkspace(store)).person.id, { notes: 'x' });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('still backs up when the load never signals, after the longest wait', async () => {
    const store = freshStore();
    const request = vi.fn(() => Promise.resolve(null));
    const loaded = deferred();
    const clock = manualTimeout();
    scheduleStartBackup({ request }, store, loaded.promise, clock.timers);
    clock.fire();
    expect(request.mock.calls).toEqual([['start']]);
    loaded.resolve();
    await flush();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('backs up at once when the workspace changes before it has loaded', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    const request = vi.fn(() => Promise.resolve(null));
    const clock = manualTimeout();
    scheduleStartBackup({ request }, store, new Promise<void>(() => undefined), clock.timers);
    expect(request).not.toHaveBeenCalled();
    await updatePerson(store, person.id, { notes: 'first edit' });
    expect(request.mock.calls).toEqual([['start']]);
    expect(clock.pending()).toBeNull();
  });

  it('does nothing once cancelled', async () => {
    const store = freshStore();
    const request = vi.fn(() => Promise.resolve(null));
    const loaded = deferred();
    const clock = manualTimeout();
    const scheduled = scheduleStartBackup({ request }, store, loaded.promise, clock.timers);
    scheduled.cancel();
    expect(clock.pending()).toBeNull();
    loaded.resolve();
    await flush();
    expect(request).not.toHaveBeenCalled();
  });

  it('startBackups writes the start backup on desktop once the first screen has loaded', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const { backups, write } = fakeBackups();
    const service = startBackups(store, { backups });
    await flush();
    expect(write).not.toHaveBeenCalled();
    workspaceLoaded();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    expect(write.mock.calls[0]?.[0]).toBe('start');
    service.stop();
  });
});
