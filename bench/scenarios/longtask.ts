// The longest main-thread task while the app opens (a PerformanceObserver for 'longtask' injected
// before the app's scripts), against the same on an empty workspace. Target: ≤ 200 ms.
import type { Scenario } from '../types';
import { toMeasurement } from '../stats';
import { openSeries } from './app-runs';

export const longTask: Scenario = {
  name: 'longtask',
  title: 'Longest main-thread task while the app opens (Chromium)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      const s = await openSeries(ctx, size);
      out.push(
        toMeasurement({
          scenario: 'longtask',
          size,
          metric: 'longest task during open',
          unit: 'ms',
          subject: s.subject.map((x) => x.longestTaskMs),
          baselineLabel: 'empty workspace',
          baseline: s.baseline.map((x) => x.longestTaskMs),
          limits: { value: 200 },
        }),
      );
    }
    return out;
  },
};
