// The Network view (participation lens: people and events) with 5,000 nodes and their edges,
// against the same with 500 nodes: first paint, layout finished, the longest main-thread task
// while opening, and the longest frame while panning. Chromium. Targets: first paint ≤ 10× the
// 500-node case; longest task ≤ 200 ms (layout runs in a worker). The quick run scales both down
// tenfold (1,000 vs 100 nodes) to stay within CI's time.
import { generateSyntheticWorkspace } from '../../shared/demo/synthetic';
import { DB_NAME } from '../../shared/identity';
import { panFrames } from '../browser';
import type { OpenSample } from '../browser';
import { measurePair } from '../measure';
import { toMeasurement } from '../stats';
import type { Measurement, Scenario } from '../types';
import { BENCH_NOW } from '../workspaces';

/** Events of the synthetic workspace that people take part in (the process itself is not). */
const EVENT_NODES = 18;

function workspaceFor(nodes: number) {
  return generateSyntheticWorkspace({ people: nodes - EVENT_NODES, now: BENCH_NOW, seed: 4 });
}

type Sample = OpenSample & { panMedianMs: number; panMs: number; layoutMs: number };

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

export const network: Scenario = {
  name: 'network',
  title: 'Network view: 5,000 nodes against 500 (Chromium)',
  async run(ctx) {
    const big = ctx.options.quick ? 1_000 : 5_000;
    const small = big / 10;
    const browser = await ctx.browser();
    ctx.log(`  seeding Chromium with ${big}- and ${small}-node networks`);
    const subjectApp = await browser.seeded(`net${big}`, workspaceFor(big));
    const baselineApp = await browser.seeded(`net${small}`, workspaceFor(small));
    const samples: { subject: Sample[]; baseline: Sample[] } = { subject: [], baseline: [] };
    const probe = (app: typeof subjectApp, into: Sample[]) => async () => {
      await app.page.evaluate(FORGET_LAYOUTS);
      // A fresh layout of 5,000 nodes on a loaded machine can take minutes.
      const opened = await app.open('#/network', 'networkReady', 600_000);
      const layoutMs = await app.page.evaluate<number>(LAYOUT_MS);
      const pan = await panFrames(app.page, '[data-testid="network-canvas"]');
      into.push({ ...opened, panMedianMs: pan.medianMs, panMs: pan.longestMs, layoutMs });
      return opened.openMs;
    };
    const measured = await measurePair(
      probe(subjectApp, samples.subject),
      probe(baselineApp, samples.baseline),
      ctx.options.reps,
      ctx.options.warmup,
    );
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
      row('longest frame while panning', (s) => s.panMs, {}),
    ];
  },
};
