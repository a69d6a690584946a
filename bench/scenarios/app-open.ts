// Open the app on a synthetic workspace until the People table is interactive, against the same
// build on an empty workspace. Target: ≤ 2× the baseline.
import type { Scenario } from '../types';
import { toMeasurement } from '../stats';
import { openSeries } from './app-runs';

export const appOpen: Scenario = {
  name: 'app-open',
  title: 'Open the app until the People table is interactive (Chromium)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      const s = await openSeries(ctx, size);
      out.push(
        toMeasurement({
          scenario: 'app-open',
          size,
          metric: 'navigation → People interactive',
          unit: 'ms',
          subject: s.subject.map((x) => x.openMs),
          baselineLabel: 'empty workspace',
          baseline: s.baseline.map((x) => x.openMs),
          limits: { ratio: 2 },
        }),
      );
    }
    return out;
  },
};
