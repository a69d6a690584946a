// Renderer JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) with the
// workspace loaded on the People screen, against an empty workspace. Target: ≤ 400 MB above.
import type { Scenario } from '../types';
import { toMeasurement } from '../stats';
import { openSeries } from './app-runs';

export const memory: Scenario = {
  name: 'memory',
  title: 'Renderer JS heap with the workspace loaded (Chromium)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      const s = await openSeries(ctx, size);
      out.push(
        toMeasurement({
          scenario: 'memory',
          size,
          metric: 'JS heap after GC',
          unit: 'MB',
          subject: s.subject.map((x) => x.heapMB),
          baselineLabel: 'empty workspace',
          baseline: s.baseline.map((x) => x.heapMB),
          limits: { delta: 400 },
        }),
      );
    }
    return out;
  },
};
