// Generating the synthetic workspace itself (the brief: L in a few seconds), against
// structuredClone of the result: the cost of merely allocating the same records. Node.
import { generateSyntheticWorkspace, SYNTHETIC_SIZES } from '../../shared/demo/synthetic';
import { measurePair, timed } from '../measure';
import { toMeasurement } from '../stats';
import type { Scenario } from '../types';
import { BENCH_NOW } from '../workspaces';

export const synthetic: Scenario = {
  name: 'synthetic',
  title: 'Generate the synthetic workspace (Node)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      const data = ctx.workspace(size);
      const samples = await measurePair(
        () =>
          timed(() =>
            generateSyntheticWorkspace({ people: SYNTHETIC_SIZES[size], now: BENCH_NOW }),
          ),
        () => timed(() => structuredClone(data)),
        ctx.options.reps,
        ctx.options.warmup,
      );
      out.push(
        toMeasurement({
          scenario: 'synthetic',
          size,
          metric: 'generateSyntheticWorkspace',
          unit: 'ms',
          subject: samples.subject,
          baselineLabel: 'structuredClone of the result',
          baseline: samples.baseline,
          limits: { value: 5_000 },
        }),
      );
    }
    return out;
  },
};
