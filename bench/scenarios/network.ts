// The Network view (participation lens: people and events) with 5,000 nodes and their edges,
// against the same with 500 nodes: first paint, layout finished, the longest main-thread task
// while opening, and the longest frame while panning. Chromium. Targets: first paint ≤ 10× the
// 500-node case; longest task ≤ 200 ms (layout runs in a worker). The quick run scales both down
// tenfold (1,000 vs 100 nodes) to stay within CI's time.
import { generateSyntheticWorkspace } from '../../shared/demo/synthetic';
import { panLongestFrame } from '../browser';
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

type Sample = OpenSample & { panMs: number };

export const network: Scenario = {
  name: 'network',
  title: 'Network view: 5,000 nodes against 500 (Chromium)',
  // Written against the landed view, but not yet dependable: on a 118-node synthetic workspace
  // the view's data-layout stayed "running" for over 120 s on the shared machine (the demo's
  // 300 people reach "ready"). Listed as pending until that is understood, never as a number.
  pending:
    'harness written, but on synthetic workspaces the layout stayed "running" > 120 s under load (the demo reaches "ready"); not yet dependable',
  async run(ctx) {
    const big = ctx.options.quick ? 1_000 : 5_000;
    const small = big / 10;
    const browser = await ctx.browser();
    ctx.log(`  seeding Chromium with ${big}- and ${small}-node networks`);
    const subjectApp = await browser.seeded(`net${big}`, workspaceFor(big));
    const baselineApp = await browser.seeded(`net${small}`, workspaceFor(small));
    const samples: { subject: Sample[]; baseline: Sample[] } = { subject: [], baseline: [] };
    const probe = (app: typeof subjectApp, into: Sample[]) => async () => {
      const opened = await app.open('#/network', 'networkReady');
      const panMs = await panLongestFrame(app.page, '[data-testid="network-canvas"]');
      into.push({ ...opened, panMs });
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
      row('longest task during open', (s) => s.longestTaskMs, { value: 200 }),
      row('longest frame while panning', (s) => s.panMs, {}),
    ];
  },
};
