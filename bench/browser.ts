// The Chromium side of the bench: the renderer built into dist/web-bench, served by `vite preview`
// and opened in Debian's Chromium through the end-to-end plumbing (scripts/e2e-support.mjs).
//
// Seeding: the app itself creates its Dexie database on a first visit (the demo workspace); the
// bench then replaces every record with raw IndexedDB writes into that database, in one
// transaction, from a page script that fetches the synthetic workspace from a routed URL. We
// chose this over a bench-only Vite entry that calls replaceWorkspace because it needs no second
// build and no DOM-typed code outside renderer/; the cost is that these writes skip the data
// layer's validation, which is harmless here because the generator's records are checked by
// validateRecord in tests/unit/shared/demo/synthetic.test.ts and the stores are the ones Dexie
// made from renderer/src/data/schema.ts.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { WorkspaceData } from '../shared/domain/model';
import { DB_NAME } from '../shared/identity';
import { launchChromium, startPreviewServer } from '../scripts/e2e-support';
import type { PreviewServer } from '../scripts/e2e-support';
import { BENCH_ROOT } from './paths';

/** Where the bench builds the renderer (PLENARY_BENCH_WEB_OUT lets two runs build apart). */
export const WEB_OUT = process.env.PLENARY_BENCH_WEB_OUT ?? 'dist/web-bench';
const WORKSPACE_PATH = '/__bench/workspace.json';
/** What the bench waits for, by name: the first frame at which the selector matches. */
export const WATCHED = {
  /** The People screen shows rows (or its empty state): on a large workspace, the first ones. */
  people: '.people-table__body [role="row"], .people-empty',
  /** The People screen has everyone loaded, sorted and searchable. */
  peopleLoaded:
    '.people-page[data-loaded="true"] .people-table__body [role="row"], .people-page[data-loaded="true"] .people-empty',
  /**
   * The Network view has drawn its graph (the layout may still be running). A large graph's
   * canvas is in the page while it is built a slice at a time: the mark waits for the drawing.
   */
  networkPaint:
    '[data-layout="running"] [data-drawn="true"], [data-layout="ready"] [data-drawn="true"]',
  /** The Network view's layout has finished and its graph is drawn. */
  networkReady: '[data-layout="ready"] [data-drawn="true"]',
} as const;
export type Watched = keyof typeof WATCHED;
const READY_SELECTOR = WATCHED.peopleLoaded;

// Runs before the app's own scripts on every navigation: records the longest main-thread task,
// and for each watched selector the first frame at which it matches and, one macrotask later
// (the main thread is free to answer input), when it became interactive. Plain JavaScript: it
// runs in the page.
const INIT_SCRIPT = `(() => {
  if (location.protocol !== 'http:') return;
  const w = window;
  const watched = ${JSON.stringify(WATCHED)};
  w.__bench = { longest: 0, seen: {}, interactive: {} };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longest = Math.max(w.__bench.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const start = performance.now();
  const poll = () => {
    let pending = 0;
    for (const [name, selector] of Object.entries(watched)) {
      if (w.__bench.seen[name] !== undefined) continue;
      if (document.querySelector(selector)) {
        w.__bench.seen[name] = performance.now();
        setTimeout(() => { w.__bench.interactive[name] = performance.now(); }, 0);
      } else pending++;
    }
    if (pending > 0 && performance.now() - start < 300000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

// The workspace travels in chunks of CHUNK records: one body of L's size (~100 MB) is more than
// the driver's protocol messages carry, and the browser connection closes.
const CHUNK = 5_000;
const SEED_SCRIPT = `(async () => {
  const get = async (path) => (await fetch(${JSON.stringify(WORKSPACE_PATH)} + path)).json();
  const index = await get('/index');
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(${JSON.stringify(DB_NAME)});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const data = {};
  for (const [table, chunks] of Object.entries(index.chunks)) {
    data[table] = [];
    for (let i = 0; i < chunks; i++) data[table].push(...(await get('/' + table + '/' + i)));
  }
  const tables = Object.keys(data);
  const tx = db.transaction([...tables, 'meta'], 'readwrite');
  for (const table of tables) {
    const store = tx.objectStore(table);
    store.clear();
    for (const record of data[table]) store.put(record);
  }
  tx.objectStore('meta').put({ key: 'workspace', value: index.info });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return data.people.length;
})()`;

export type OpenSample = {
  /** Every watched mark reached, in ms after navigation start. */
  marks: Partial<Record<Watched, number>>;
  /** Navigation start → the People screen is interactive, in ms. */
  openMs: number;
  /**
   * Navigation start → every person loaded, sorted and searchable, in ms (opens of the People
   * screen only; equal to openMs elsewhere).
   */
  loadedMs: number;
  /**
   * The longest main-thread task during the open, in ms (0 when none passed 50 ms); for the
   * People screen, until everyone is loaded, not only until the first rows show.
   */
  longestTaskMs: number;
  /** Renderer JS heap after a forced garbage collection, in MB. */
  heapMB: number;
};

type Marks = {
  longest: number;
  seen: Partial<Record<Watched, number>>;
  interactive: Partial<Record<Watched, number>>;
};

function readMarks(page: Page): Promise<Marks | undefined> {
  return page.evaluate<Marks | undefined>('window.__bench');
}

export type SeededApp = {
  /** Opens `route` (default '#/people') afresh and waits (default 120 s) until `until` is interactive. */
  open: (route?: string, until?: Watched, timeoutMs?: number) => Promise<OpenSample>;
  /** Puts the seeded workspace back (every table replaced), e.g. after an import added to it. */
  reseed: () => Promise<void>;
  page: Page;
  cdp: CDPSession;
};

export type BrowserBench = {
  chromiumVersion: string;
  baseUrl: string;
  /** A browser with its own profile whose workspace holds `data`; cached per key. */
  seeded: (key: string, data: WorkspaceData) => Promise<SeededApp>;
  close: () => Promise<void>;
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: BENCH_ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

export async function buildRenderer(): Promise<void> {
  await run(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'vite.web.config.ts',
      '--logLevel',
      'warn',
    ],
    { ...process.env, PLENARY_WEB_OUT: WEB_OUT },
  );
}

export async function startBrowserBench(): Promise<BrowserBench> {
  process.env.PLENARY_WEB_OUT = WEB_OUT;
  const server: PreviewServer = await startPreviewServer({ root: BENCH_ROOT });
  const sessions = new Map<string, { context: BrowserContext; profile: string; app: SeededApp }>();
  let chromiumVersion = 'unknown';

  const seeded = async (key: string, data: WorkspaceData): Promise<SeededApp> => {
    const cached = sessions.get(key);
    if (cached !== undefined) return cached.app;
    const profile = await mkdtemp(join(tmpdir(), `plenary-bench-${key}-`));
    const context = await launchChromium(profile);
    chromiumVersion = context.browser()?.version() ?? chromiumVersion;
    const info = { name: `bench ${key}`, origin: 'file', createdAt: new Date(0).toISOString() };
    const chunks = Object.fromEntries(
      Object.entries(data).map(([table, rows]) => [table, Math.ceil(rows.length / CHUNK)]),
    );
    await context.route(`${server.baseUrl}${WORKSPACE_PATH}/**`, (route) => {
      const [table = '', chunk = ''] = new URL(route.request().url()).pathname
        .slice(WORKSPACE_PATH.length + 1)
        .split('/');
      const rows = (data as Record<string, unknown[]>)[table];
      const body =
        table === 'index'
          ? JSON.stringify({ chunks, info })
          : JSON.stringify(rows?.slice(Number(chunk) * CHUNK, (Number(chunk) + 1) * CHUNK) ?? []);
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await context.addInitScript(INIT_SCRIPT);
    const page = context.pages()[0] ?? (await context.newPage());
    // First visit: the app creates its database (and the demo workspace) the normal way.
    await page.goto(`${server.baseUrl}/#/people`);
    await page.waitForSelector(READY_SELECTOR, { timeout: 120_000 });
    const written = await page.evaluate<number>(SEED_SCRIPT);
    // Check the app really shows the seeded workspace before anything is measured on it.
    await page.goto('about:blank');
    await page.goto(`${server.baseUrl}/#/people`);
    await page.waitForSelector(READY_SELECTOR, { timeout: 180_000 });
    const rows =
      data.people.length === 0 ? '1' : await page.getAttribute('[role="table"]', 'aria-rowcount');
    if (written !== data.people.length || rows !== String(data.people.length + 1)) {
      throw new Error(
        `seeding ${key}: wrote ${written} people, the People table shows ${rows} rows`,
      );
    }
    const cdp = await context.newCDPSession(page);
    const open = async (
      route = '#/people',
      until: Watched = 'people',
      timeoutMs = 120_000,
    ): Promise<OpenSample> => {
      await page.goto('about:blank');
      await page.goto(`${server.baseUrl}/${route}`);
      // Polled with page.evaluate (CDP, outside the page's CSP): waitForFunction would need
      // 'unsafe-eval', which the app's Content-Security-Policy rightly forbids.
      const deadline = Date.now() + timeoutMs;
      // Opening People is complete when everyone is loaded: the long-task figure covers that too.
      const last: Watched = until === 'people' ? 'peopleLoaded' : until;
      let marks = await readMarks(page);
      while (marks?.interactive[until] === undefined || marks.interactive[last] === undefined) {
        if (Date.now() > deadline) {
          const state = await page.evaluate<string>(
            `(document.querySelector('[data-layout]')?.getAttribute('data-layout') ?? 'no [data-layout]') + ' / ' + document.title + ' / ' + (document.querySelector('[role=alert]')?.textContent ?? '')`,
          );
          throw new Error(`${route}: ${until} not reached in ${timeoutMs / 1000} s (${state})`);
        }
        await sleep(25);
        marks = await readMarks(page);
      }
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      return {
        marks: marks.interactive,
        openMs: marks.interactive[until],
        loadedMs: marks.interactive[last],
        longestTaskMs: marks.longest,
        heapMB: heap.usedSize / 1024 / 1024,
      };
    };
    const reseed = async () => {
      const again = await page.evaluate<number>(SEED_SCRIPT);
      if (again !== data.people.length) throw new Error(`reseeding ${key}: wrote ${again} people`);
    };
    const app: SeededApp = { open, reseed, page, cdp };
    sessions.set(key, { context, profile, app });
    return app;
  };

  const close = async () => {
    for (const { context, profile } of sessions.values()) {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
    sessions.clear();
    await server.stop();
  };

  return {
    get chromiumVersion() {
      return chromiumVersion;
    },
    baseUrl: server.baseUrl,
    seeded,
    close,
  };
}

const START_FRAMES = `(() => {
  const w = window;
  w.__frames = [];
  w.__framesOn = true;
  let last = performance.now();
  const tick = (t) => {
    w.__frames.push(t - last);
    last = t;
    if (w.__framesOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__framesOn = false; return window.__frames; })()`;

/**
 * Drags across `selector` from near its top-left corner (empty background, so the view pans
 * rather than a node moving) in small steps, and returns the frame intervals seen (median and
 * longest, from requestAnimationFrame).
 */
export async function panFrames(
  page: Page,
  selector: string,
): Promise<{ medianMs: number; longestMs: number }> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not visible`);
  const x = box.x + 6;
  const y = box.y + 6;
  await page.evaluate(START_FRAMES);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x + i * 12, y + i * 8);
    await sleep(16);
  }
  await page.mouse.up();
  await sleep(50);
  const frames = await page.evaluate<number[]>(STOP_FRAMES);
  // The first interval includes the time before the drag began.
  const intervals = frames.slice(1).sort((a, b) => a - b);
  if (intervals.length === 0) return { medianMs: Number.NaN, longestMs: Number.NaN };
  return {
    medianMs: intervals[Math.floor(intervals.length / 2)] ?? Number.NaN,
    longestMs: intervals[intervals.length - 1] ?? Number.NaN,
  };
}
