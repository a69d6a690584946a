// Generating the synthetic workspace itself (the brief: L in a few seconds), against
// structuredClone of the result: the cost of merely allocating the same records. Node.
import { generateSyntheticWorkspace, SYNTHETIC_SIZES } from '../../shared/demo/synthetic';
import { measureTimedPair } from '../measure';
import { wallAndCpu } from '../stats';
import type { Scenario } from '../types';
import { BENCH_NOW } from '../workspaces';

export const synthetic: Scenario = {
  name: 'synthetic',
  title: 'Generate the synthetic workspace (Node)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      const data = ctx.workspace(size);
      const samples = await measureTimedPair(
        () => generateSyntheticWorkspace({ people: SYNTHETIC_SIZES[size], now: BENCH_NOW }),
        () => structuredClone(data),
        ctx.options.reps,
        ctx.options.warmup,
      );
      out.push(
        ...wallAndCpu(
          {
            scenario: 'synthetic',
            size,
            metric: 'generateSyntheticWorkspace',
            unit: 'ms',
            baselineLabel: 'structuredClone of the result',
            limits: { value: 5_000 },
          },
          samples,
        ),
      );
    }
    return out;
  },
};
