// Opening the app in Chromium is the slow part of the bench, and one open yields three figures
// (open time, longest task, heap). The app-open, longtask and memory scenarios therefore share
// one series of opens per size: warm-up, then repetitions alternating the synthetic workspace
// and the empty one, each in its own browser profile, on the same build.
import { emptyWorkspaceData } from '../../shared/domain/model';
import type { SyntheticSize } from '../../shared/demo/synthetic';
import type { OpenSample } from '../browser';
import { measurePair } from '../measure';
import { formatHotspots, hotspots, profiled, saveProfile } from '../profile';
import type { BenchContext, Limits, Measurement, Scenario } from '../types';
import { toMeasurement } from '../stats';

export type OpenSeries = { subject: OpenSample[]; baseline: OpenSample[] };

const cache = new Map<SyntheticSize, Promise<OpenSeries>>();

async function series(ctx: BenchContext, size: SyntheticSize): Promise<OpenSeries> {
  const browser = await ctx.browser();
  ctx.log(`  seeding Chromium with the ${size} workspace and an empty one`);
  const full = await browser.seeded(size, ctx.workspace(size));
  const empty = await browser.seeded('empty', emptyWorkspaceData());
  const out: OpenSeries = { subject: [], baseline: [] };
  // measurePair wants numbers; the samples themselves are kept on the side.
  const samples = await measurePair(
    async () => {
      const s = await full.open();
      out.subject.push(s);
      return s.openMs;
    },
    async () => {
      const s = await empty.open();
      out.baseline.push(s);
      return s.openMs;
    },
    ctx.options.reps,
    ctx.options.warmup,
  );
  // Drop the warm-up samples: measurePair returned only the measured repetitions.
  out.subject = out.subject.slice(-samples.subject.length);
  out.baseline = out.baseline.slice(-samples.baseline.length);
  if (ctx.options.profileDir !== null) {
    for (const [key, app] of [
      [size, full],
      ['empty', empty],
    ] as const) {
      const profile = await profiled(app.cdp, () => app.open());
      const file = await saveProfile(ctx.options.profileDir, `${key}-people`, profile);
      ctx.log(
        `  CPU profile of opening People on ${key}: ${file}\n${formatHotspots(hotspots(profile))}`,
      );
    }
  }
  return out;
}

export function openSeries(ctx: BenchContext, size: SyntheticSize): Promise<OpenSeries> {
  let entry = cache.get(size);
  if (entry === undefined) {
    entry = series(ctx, size);
    cache.set(size, entry);
  }
  return entry;
}

type OpenFigure = {
  metric: string;
  unit: Measurement['unit'];
  pick: (sample: OpenSample) => number;
  limits: Limits;
};

/**
 * A scenario that reads one figure of each open in the shared series, against the empty
 * workspace (and `also` further figures of the same opens, each a row of its own).
 */
export function openSeriesScenario(
  spec: OpenFigure & { name: string; title: string; also?: readonly OpenFigure[] },
): Scenario {
  return {
    name: spec.name,
    title: spec.title,
    async run(ctx) {
      const out = [];
      for (const size of ctx.options.sizes) {
        const s = await openSeries(ctx, size);
        for (const figure of [spec, ...(spec.also ?? [])]) {
          out.push(
            toMeasurement({
              scenario: spec.name,
              size,
              metric: figure.metric,
              unit: figure.unit,
              subject: s.subject.map(figure.pick),
              baselineLabel: 'empty workspace',
              baseline: s.baseline.map(figure.pick),
              limits: figure.limits,
            }),
          );
        }
      }
      return out;
    },
  };
}
