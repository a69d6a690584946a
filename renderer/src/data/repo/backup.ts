// Automatic backups from the renderer's side: what a backup contains (the workspace file), when
// one is taken (at start once the workspace has loaded, after imports and merges, every few
// minutes while there are changes not yet backed up, before a restore), and restoring one. The main process writes the files
// (electron/main/backups.ts). The browser build has no backups: it keeps a reminder instead.
import { toWorkspaceFile } from '@shared/workspace-file';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import type { DataStore } from '../store';
import type { BackupCounts, BackupInfo, BackupReason, Platform } from '../../platform';
import { replaceWorkspace } from './workspace';
import { encodeWorkspaceFile, readWorkspaceInPages } from './backupPayload';

/** How often pending changes are backed up. */
export const PERIODIC_BACKUP_MS = 5 * 60 * 1000;

/**
 * Browser build: after this many undoable edits since the last workspace-file export, the
 * changes count as significant and the app reminds the user to export (as after an import).
 */
export const SIGNIFICANT_EDITS = 20;

export type BackupStatus = {
  /** Whether this build can write automatic backups (desktop only). */
  available: boolean;
  /** Edits since the last backup (desktop) or since the last reminder was dismissed (browser). */
  pendingChanges: number;
  /**
   * The browser build asks for a workspace-file export after an import, a merge or
   * SIGNIFICANT_EDITS edits; exporting the workspace file clears it.
   */
  reminder: boolean;
  last: BackupInfo | null;
  /** The i18n key of the last failure, e.g. `privacy.backups.errors.disk-full`. */
  error: string | null;
};

/**
 * The workspace file a backup holds, with the counts the Backups screen lists. Read in pages and
 * written out in pieces (backupPayload.ts): the desktop app takes one at every start.
 */
export async function backupPayload(
  store: DataStore,
): Promise<{ contents: Uint8Array; counts: BackupCounts }> {
  const [data, infoRow] = await Promise.all([
    readWorkspaceInPages(store),
    store.db.meta.get('workspace'),
  ]);
  const now = store.ctx.now();
  const info = infoRow?.key === 'workspace' ? infoRow.value : null;
  const file = toWorkspaceFile(
    data,
    { name: info?.name ?? '', createdAt: info?.createdAt ?? now },
    now,
    store.ctx.device(),
  );
  const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === null).length;
  return {
    contents: await encodeWorkspaceFile(file),
    counts: {
      people: live(data.people),
      organisations: live(data.organisations),
      events: live(data.events),
      participations: live(data.participations),
    },
  };
}

function errorKey(error: unknown): string {
  const code =
    error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'io-error';
  return code === 'disk-full'
    ? 'privacy.backups.errors.disk-full'
    : 'privacy.backups.errors.failed';
}

export type BackupService = {
  getStatus(): BackupStatus;
  subscribe(listener: () => void): () => void;
  /** Takes a backup now (desktop) or raises the export reminder (browser). Never throws. */
  request(reason: BackupReason): Promise<BackupInfo | null>;
  /** Backs up the current state, then replaces the workspace with the backup's contents. */
  restore(id: string): Promise<{ ok: true } | { ok: false; messageKey: string }>;
  dismissReminder(): void;
  stop(): void;
};

export function createBackupService(
  store: DataStore,
  platform: Pick<Platform, 'backups'>,
  timers: { setInterval: typeof setInterval; clearInterval: typeof clearInterval } = globalThis,
): BackupService {
  const listeners = new Set<() => void>();
  let status: BackupStatus = {
    available: platform.backups !== null,
    pendingChanges: 0,
    reminder: false,
    last: null,
    error: null,
  };
  const set = (patch: Partial<BackupStatus>) => {
    status = { ...status, ...patch };
    for (const l of listeners) l();
  };
  // Every undoable write pushes onto the history: that is our "unsaved changes" signal.
  let lastEntries = store.history.entries().length;
  const unsubscribe = store.history.subscribe(() => {
    const n = store.history.entries().length;
    if (n !== lastEntries) {
      const pendingChanges = status.pendingChanges + 1;
      const significant = platform.backups === null && pendingChanges >= SIGNIFICANT_EDITS;
      set({ pendingChanges, ...(significant ? { reminder: true } : {}) });
    }
    lastEntries = n;
  });
  let running: Promise<BackupInfo | null> = Promise.resolve(null);

  const request = (reason: BackupReason): Promise<BackupInfo | null> => {
    const backups = platform.backups;
    if (!backups) {
      if (reason === 'import' || reason === 'merge') set({ reminder: true });
      return Promise.resolve(null);
    }
    // One at a time: a second request waits for the first instead of racing it.
    running = running.then(async () => {
      const pendingBefore = status.pendingChanges;
      try {
        const { contents, counts } = await backupPayload(store);
        const info = await backups.write(reason, contents, counts);
        set({ last: info, error: null, pendingChanges: status.pendingChanges - pendingBefore });
        return info;
      } catch (error) {
        set({ error: errorKey(error) });
        return null;
      }
    });
    return running;
  };

  const interval = timers.setInterval(() => {
    if (status.pendingChanges > 0) void request('periodic');
  }, PERIODIC_BACKUP_MS);

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    request,
    async restore(id) {
      const backups = platform.backups;
      if (!backups) return { ok: false, messageKey: 'privacy.backups.unavailable' };
      let text: string;
      try {
        text = new TextDecoder().decode(await backups.read(id));
      } catch (error) {
        return { ok: false, messageKey: errorKey(error) };
      }
      const parsed = parseWorkspaceFile(text);
      if (!parsed.ok) return { ok: false, messageKey: 'privacy.backups.errors.unreadable' };
      // The state being replaced is itself backed up first; if that fails, nothing is replaced.
      if (!(await request('before-restore'))) {
        return { ok: false, messageKey: status.error ?? 'privacy.backups.errors.failed' };
      }
      const { file } = parsed;
      await replaceWorkspace(store, file.data, {
        name: file.workspace.name,
        origin: 'file',
        createdAt: file.workspace.createdAt,
      });
      set({ pendingChanges: 0 });
      return { ok: true };
    },
    dismissReminder: () => set({ reminder: false, pendingChanges: 0 }),
    stop() {
      timers.clearInterval(interval);
      unsubscribe();
      listeners.clear();
    },
  };
}

/**
 * The start-up backup waits at most this long for the first screen's data to load (another
 * screen opened first, or a load that never ends), so that every session still gets one.
 */
export const START_BACKUP_LATEST_MS = 30_000;

type Timeouts = { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };

/**
 * The backup taken at every start, once the workspace has loaded: it reads every table, and
 * IndexedDB answers requests in turn, so taken at once it slowed the People table's load of a
 * large workspace. It runs at the first of: `loaded` resolving (the first screen has read what
 * it needs), START_BACKUP_LATEST_MS, or a change to the workspace (so that the state the
 * session opened with is captured with as little of the session in it as possible). Exactly
 * once; a no-op once `cancel`led. Browser builds have no backups: nothing is scheduled.
 */
export function scheduleStartBackup(
  backups: Pick<BackupService, 'request'>,
  store: Pick<DataStore, 'history'>,
  loaded: Promise<void>,
  timers: Timeouts = globalThis,
  latestMs = START_BACKUP_LATEST_MS,
): { cancel: () => void } {
  let state: 'waiting' | 'done' = 'waiting';
  const entries = store.history.entries().length;
  const run = () => {
    if (state === 'done') return;
    state = 'done';
    cleanup();
    void backups.request('start');
  };
  const timer = timers.setTimeout(run, latestMs);
  const unsubscribe = store.history.subscribe(() => {
    if (store.history.entries().length !== entries) run();
  });
  const cleanup = () => {
    timers.clearTimeout(timer);
    unsubscribe();
  };
  void loaded.then(run, run);
  return {
    cancel() {
      state = 'done';
      cleanup();
    },
  };
}

let service: BackupService | null = null;
let pendingStart: { cancel: () => void } | null = null;
let signalLoaded: () => void = () => undefined;

/**
 * For the first screen: call once the workspace's data it shows has loaded (People: everyone
 * read). The start-up backup waits for it (or START_BACKUP_LATEST_MS). Later calls do nothing.
 */
export function workspaceLoaded(): void {
  signalLoaded();
}

/**
 * Starts the app's backup service (App does this once the store is open) and schedules the
 * start-up backup (scheduleStartBackup) on desktop.
 */
export function startBackups(store: DataStore, platform: Pick<Platform, 'backups'>): BackupService {
  pendingStart?.cancel();
  service?.stop();
  service = createBackupService(store, platform);
  // Each start (another attempt to open the store too) waits for a load of its own.
  const loaded = new Promise<void>((resolve) => (signalLoaded = resolve));
  pendingStart = platform.backups === null ? null : scheduleStartBackup(service, store, loaded);
  return service;
}

/** The running service, or null before the app has started it (and in unit tests). */
export function backupService(): BackupService | null {
  return service;
}

/**
 * For other features: call after an import, a merge or any other large change. Takes a backup
 * on desktop; in the browser, reminds the user to export a workspace file. Never throws.
 */
export function requestBackup(reason: BackupReason): Promise<void> {
  return (service?.request(reason) ?? Promise.resolve(null)).then(() => undefined);
}
