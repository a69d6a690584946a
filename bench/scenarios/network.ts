// The Network view (participation lens: people and events) with 5,000 nodes and their edges,
// against the same with 500 nodes: first paint, layout finished, the longest main-thread task
// while opening, the first pan and the first wheel zoom after opening (longest frame and
// longest main-thread task), and selecting a person found with the search (longest task).
// Chromium. Targets: first paint ≤ 10× the 500-node case; longest task ≤ 200 ms (layout runs
// in a worker), opening and interacting alike. The quick run scales both down tenfold (1,000 vs
// 100 nodes) to stay within CI's time.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { generateSyntheticWorkspace } from '../../shared/demo/synthetic';
import { personDisplayName } from '../../shared/domain/model';
import type { WorkspaceData } from '../../shared/domain/model';
import { DB_NAME } from '../../shared/identity';
import { panFrames } from '../browser';
import type { OpenSample, SeededApp } from '../browser';
import { measurePair } from '../measure';
import { formatHotspots, hotspots, profiled, saveProfile } from '../profile';
import { toMeasurement } from '../stats';
import type { Measurement, Scenario } from '../types';
import { BENCH_NOW } from '../workspaces';

/** Events of the synthetic workspace that people take part in (the process itself is not). */
const EVENT_NODES = 18;
const CANVAS = '[data-testid="network-canvas"]';

function workspaceFor(nodes: number) {
  return generateSyntheticWorkspace({ people: nodes - EVENT_NODES, now: BENCH_NOW, seed: 4 });
}

type Sample = OpenSample & {
  panMedianMs: number;
  panMs: number;
  zoomMs: number;
  interactTaskMs: number;
  selectTaskMs: number;
  layoutMs: number;
};

// The view keeps finished layouts in the workspace (meta row 'network-layouts') and reuses them
// on the next open. Every repetition drops that row first, so each one measures a first open:
// the layout computed afresh in the view's worker, as after an import.
const FORGET_LAYOUTS = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(${JSON.stringify(DB_NAME)});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('meta', 'readwrite');
  tx.objectStore('meta').delete('network-layouts');
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
})()`;

/** The worker's own time for the layout, which the view shows in data-layout-ms. */
const LAYOUT_MS = `Number(document.querySelector('[data-layout-ms]')?.getAttribute('data-layout-ms') ?? NaN)`;

// The longest main-thread task from here on (the page's init script keeps the running maximum).
const RESET_LONGEST = `(() => { window.__bench.longest = 0; })()`;
const LONGEST = `window.__bench.longest`;

const START_FRAMES = `(() => {
  const w = window;
  w.__zoomFrames = [];
  w.__zoomOn = true;
  let last = performance.now();
  const tick = (t) => {
    w.__zoomFrames.push(t - last);
    last = t;
    if (w.__zoomOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__zoomOn = false; return window.__zoomFrames; })()`;

/**
 * Zooms in with the mouse wheel at the canvas centre, in notches a frame apart, then back out,
 * and returns the longest frame interval seen (requestAnimationFrame): what a user feels as a
 * stall while zooming.
 */
async function zoomFrames(page: Page): Promise<number> {
  const box = await page.locator(CANVAS).boundingBox();
  if (box === null) throw new Error(`${CANVAS} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(START_FRAMES);
  for (const delta of [...Array<number>(8).fill(-120), ...Array<number>(8).fill(120)]) {
    await page.mouse.wheel(0, delta);
    await sleep(16);
  }
  // Cytoscape redraws the full graph once the wheel stops: wait for that frame too.
  await sleep(400);
  const frames = await page.evaluate<number[]>(STOP_FRAMES);
  // The first interval includes the time before the wheel began.
  const intervals = frames.slice(1);
  return intervals.length === 0 ? Number.NaN : Math.max(...intervals);
}

/** The first pan and the first zoom after an open, and the longest main-thread task they cause. */
async function interact(page: Page) {
  await page.evaluate(RESET_LONGEST);
  const pan = await panFrames(page, CANVAS);
  const zoomMs = await zoomFrames(page);
  const interactTaskMs = await page.evaluate<number>(LONGEST);
  return { panMedianMs: pan.medianMs, panMs: pan.longestMs, zoomMs, interactTaskMs };
}

/**
 * A person who takes part in something (the `nth` such, from 0): found with the search,
 * selected with Enter.
 */
function someoneToFind(data: WorkspaceData, nth = 0): string {
  const taking = new Set(data.participations.map((p) => p.personId));
  const person = data.people.filter((p) => taking.has(p.id))[nth];
  if (person === undefined) throw new Error('network bench: no one takes part in anything');
  return personDisplayName(person);
}

/**
 * Selects a person through the search (Enter), and returns the longest main-thread task from
 * the key press until a second after the side panel shows them: the highlight of their
 * neighbourhood and the view centred on them.
 */
async function selectTask(page: Page, name: string): Promise<number> {
  const search = page.getByRole('combobox', { name: 'Find in the network' });
  await search.fill(name);
  await page.getByRole('option').first().waitFor();
  await sleep(500);
  await page.evaluate(RESET_LONGEST);
  await search.press('Enter');
  await page
    .getByRole('complementary', { name: 'Selected node' })
    .getByRole('heading', { level: 2, name, exact: true })
    .waitFor({ timeout: 60_000 });
  await sleep(1000);
  return page.evaluate<number>(LONGEST);
}

async function openFresh(app: SeededApp) {
  await app.page.evaluate(FORGET_LAYOUTS);
  // A fresh layout of 5,000 nodes on a loaded machine can take minutes.
  const opened = await app.open('#/network', 'networkReady', 600_000);
  const layoutMs = await app.page.evaluate<number>(LAYOUT_MS);
  return { opened, layoutMs };
}

export const network: Scenario = {
  name: 'network',
  title: 'Network view: 5,000 nodes against 500 (Chromium)',
  async run(ctx) {
    const big = ctx.options.quick ? 1_000 : 5_000;
    const small = big / 10;
    const browser = await ctx.browser();
    ctx.log(`  seeding Chromium with ${big}- and ${small}-node networks`);
    const subjectData = workspaceFor(big);
    const baselineData = workspaceFor(small);
    const subjectApp = await browser.seeded(`net${big}`, subjectData);
    const baselineApp = await browser.seeded(`net${small}`, baselineData);
    const samples: { subject: Sample[]; baseline: Sample[] } = { subject: [], baseline: [] };
    const probe = (app: SeededApp, into: Sample[], name: string) => async () => {
      const { opened, layoutMs } = await openFresh(app);
      const interaction = await interact(app.page);
      const selectTaskMs = await selectTask(app.page, name);
      into.push({ ...opened, ...interaction, selectTaskMs, layoutMs });
      return opened.openMs;
    };
    const measured = await measurePair(
      probe(subjectApp, samples.subject, someoneToFind(subjectData)),
      probe(baselineApp, samples.baseline, someoneToFind(baselineData)),
      ctx.options.reps,
      ctx.options.warmup,
    );
    if (ctx.options.profileDir !== null) {
      // One profile of a fresh open and one of the first pan and zoom after it, separately, so
      // the interaction's hot spots are not buried under the open's; then selecting another
      // person at both sizes (a small graph restyles, a large one draws an overlay).
      const dir = ctx.options.profileDir;
      const openProfile = await profiled(subjectApp.cdp, () => openFresh(subjectApp));
      const interactProfile = await profiled(subjectApp.cdp, () => interact(subjectApp.page));
      const selectProfile = await profiled(subjectApp.cdp, () =>
        selectTask(subjectApp.page, someoneToFind(subjectData, 1)),
      );
      const selectSmallProfile = await profiled(baselineApp.cdp, () =>
        selectTask(baselineApp.page, someoneToFind(baselineData, 1)),
      );
      for (const [name, nodes, profile] of [
        ['open', big, openProfile],
        ['pan-zoom', big, interactProfile],
        ['select', big, selectProfile],
        ['select', small, selectSmallProfile],
      ] as const) {
        const file = await saveProfile(dir, `net${nodes}-network-${name}`, profile);
        ctx.log(`  CPU profile (${name}) of the network at ${nodes} nodes: ${file}`);
        ctx.log(formatHotspots(hotspots(profile, 25)));
      }
    }
    const subject = samples.subject.slice(-measured.subject.length);
    const baseline = samples.baseline.slice(-measured.baseline.length);
    const size = `${big} vs ${small} nodes`;
    const row = (
      metric: string,
      pick: (s: Sample) => number,
      limits: Parameters<typeof toMeasurement>[0]['limits'],
    ): Measurement =>
      toMeasurement({
        scenario: 'network',
        size,
        metric,
        unit: 'ms',
        subject: subject.map(pick),
        baselineLabel: `${small} nodes`,
        baseline: baseline.map(pick),
        limits,
      });
    return [
      row('navigation → graph drawn', (s) => s.marks.networkPaint ?? Number.NaN, { ratio: 10 }),
      row('navigation → layout done', (s) => s.openMs, {}),
      row('layout in the worker (off the main thread)', (s) => s.layoutMs, {}),
      row('longest task during open', (s) => s.longestTaskMs, { value: 200 }),
      row('median frame while panning', (s) => s.panMedianMs, {}),
      row('longest frame while panning (first pan)', (s) => s.panMs, {}),
      row('longest frame while zooming (wheel)', (s) => s.zoomMs, {}),
      row('longest task during the first pan and zoom', (s) => s.interactTaskMs, { value: 200 }),
      row('longest task when selecting a node (search, Enter)', (s) => s.selectTaskMs, {
        value: 200,
      }),
    ];
  },
};
