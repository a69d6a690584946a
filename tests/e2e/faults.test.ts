// Fault test: the browser dies in the middle of a large import. Chromium runs on a persistent
// profile; a few thousand rows are imported through the wizard; the moment the import's write
// transaction has put its 1,000th person, the Chromium processes are killed (SIGKILL, no
// shutdown). Relaunched on the same profile, the workspace holds all the imported rows or none
// of them — and it opens normally.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DB_NAME } from '@shared/identity';
import { chooseImportFile, openApp } from './harness';
import type { AppSession } from './harness';

const ROWS = 3000;
const MARK = 'Faultrow';

function largeCsv(): Buffer {
  const lines = ['First name,Last name,Email,Nationality'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`Given${i},${MARK}${i.toString(36)},row${i}@example.org,Kenya`);
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** The ids of the Chromium processes using `profileDir` (ours alone: the folder is unique). */
function chromiumPids(profileDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(`--user-data-dir=${profileDir}`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** People in the stored workspace, and how many of them came from the import. */
async function storedPeople(page: Page): Promise<{ total: number; imported: number }> {
  return page.evaluate(
    ({ name, mark }) =>
      new Promise<{ total: number; imported: number }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('people', 'readonly').objectStore('people').getAll();
          all.onerror = () => reject(new Error(String(all.error)));
          all.onsuccess = () => {
            const people = all.result as { familyName: string; deletedAt: string | null }[];
            db.close();
            resolve({
              total: people.length,
              imported: people.filter((p) => p.familyName.startsWith(mark)).length,
            });
          };
        };
      }),
    { name: DB_NAME, mark: MARK },
  );
}

describe('faults', () => {
  test('killing the browser mid-import leaves all rows or none', async () => {
    const profileDir = await mkdtemp(join(tmpdir(), 'plenary-e2e-kill-'));
    const sessions: AppSession[] = [];
    try {
      const app = await openApp({ route: '#/people', profileDir });
      sessions.push(app);
      const { page } = app;
      await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
      const before = await storedPeople(page);
      expect(before.imported).toBe(0);

      const dialog = await chooseImportFile(page, 'large.csv', largeCsv());
      await dialog.getByRole('button', { name: 'Next' }).click({ timeout: 120_000 });
      const confirm = dialog.getByRole('button', { name: /^Import [\d,]+ rows$/ });
      await confirm.waitFor({ timeout: 180_000 });
      expect((await confirm.textContent())?.replace(/,/g, '')).toBe(`Import ${ROWS} rows`);

      // Kill at the moment the import's transaction is writing: after its 1,000th person. The
      // import writes in its worker, so the count is kept there; the worker tells the page over
      // a BroadcastChannel and then holds its transaction open, mid-write, until the kill.
      let killed: number[] = [];
      let onKilled = () => undefined as void;
      const killedNow = new Promise<void>((resolve) => {
        onKilled = resolve;
      });
      await page.exposeFunction('__plenaryKillNow', () => {
        killed = chromiumPids(profileDir);
        for (const pid of killed) process.kill(pid, 'SIGKILL');
        onKilled();
      });
      await page.evaluate(() => {
        const channel = new BroadcastChannel('plenary-fault-test');
        channel.onmessage = () =>
          void (window as unknown as { __plenaryKillNow: () => Promise<void> }).__plenaryKillNow();
        (window as unknown as { __plenaryFaultChannel: BroadcastChannel }).__plenaryFaultChannel =
          channel;
      });
      const importWorker = page.workers().find((w) => w.url().includes('import.worker'));
      if (!importWorker) throw new Error('the import worker is not running');
      await importWorker.evaluate(() => {
        type Write = (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) => IDBRequest;
        const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', Write>;
        let written = 0;
        for (const method of ['put', 'add'] as const) {
          const original: Write = proto[method];
          proto[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
            if (this.name === 'people' && this.transaction.mode === 'readwrite') {
              written += 1;
              if (written === 1000) {
                new BroadcastChannel('plenary-fault-test').postMessage('writing');
                const until = Date.now() + 120_000;
                while (Date.now() < until) {
                  // Busy: the transaction stays open, uncommitted, until the browser dies.
                }
              }
            }
            return original.apply(this, args);
          };
        }
      });
      void confirm.click().catch(() => undefined);
      await killedNow;
      expect(killed.length).toBeGreaterThan(0);
      await app.close().catch(() => undefined);

      // Relaunch on the same profile: the app opens, and the import is whole or absent.
      const again = await openApp({ route: '#/people', profileDir });
      sessions.push(again);
      await again.page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
      const after = await storedPeople(again.page);
      expect([0, ROWS]).toContain(after.imported);
      expect(after.total).toBe(before.total + after.imported);
      expect(again.consoleErrors).toEqual([]);
      await again.close();
    } finally {
      // Browsers first: a running Chromium would write into the folder being removed.
      for (const s of sessions) await s.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    }
  }, 600_000);

  // Two windows on one database: a page of the app's origin that is not the app (a blank page
  // served on the same origin) plays the other window, holding or upgrading the database.
  async function blankPage(app: AppSession): Promise<Page> {
    const url = `${app.baseUrl}/__blank.html`;
    await app.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>x</title>',
      }),
    );
    const page = await app.context.newPage();
    await page.goto(url);
    return page;
  }

  test('a newer version opened in another window: the open one steps aside and says why', async () => {
    const app = await openApp({ route: '#/people' });
    await app.page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
    const other = await blankPage(app);
    // The "newer version": an upgrade of the database past this build's schema.
    const outcome = await other.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open(name, 1000);
          open.onblocked = () => resolve('blocked');
          open.onerror = () => resolve('error');
          open.onsuccess = () => {
            open.result.close();
            resolve('opened');
          };
        }),
      DB_NAME,
    );
    // It never hangs: the app closed its connection at once, so the upgrade went through.
    expect(outcome).toBe('opened');
    await app.page
      .getByRole('heading', { name: 'Plenary was updated in another window' })
      .waitFor();
    await app.page.getByRole('button', { name: 'Reload' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  test('an older window holding the database: the upgrading one says it waits, then reloads', async () => {
    const app = await openApp({ route: '#/people' });
    await app.page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
    // Start from a schema-1 database (Dexie version 1 is IndexedDB version 10), held open by an
    // old window that ignores requests to close.
    const old = await blankPage(app);
    await app.page.close();
    await old.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const wipe = indexedDB.deleteDatabase(name);
          wipe.onerror = () => reject(new Error('delete failed'));
          wipe.onsuccess = () => {
            const open = indexedDB.open(name, 10);
            open.onupgradeneeded = () => {
              open.result.createObjectStore('people', { keyPath: 'id' });
              open.result.createObjectStore('meta', { keyPath: 'key' });
            };
            open.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = open.result;
              resolve();
            };
          };
        }),
      DB_NAME,
    );
    const page = await app.context.newPage();
    await page.goto(`${app.baseUrl}/#/people`);
    await page.getByRole('heading', { name: 'Waiting for another window' }).waitFor({
      timeout: 60_000,
    });
    // The old window goes away; Reload then opens the upgraded workspace.
    await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
    await app.close();
  }, 180_000);
});
