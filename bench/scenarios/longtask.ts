// The longest main-thread task while the app opens (a PerformanceObserver for 'longtask' injected
// before the app's scripts), against the same on an empty workspace. Target: ≤ 200 ms.
import { openSeriesScenario } from './app-runs';

export const longTask = openSeriesScenario({
  name: 'longtask',
  title: 'Longest main-thread task while the app opens (Chromium)',
  metric: 'longest task during open',
  unit: 'ms',
  pick: (x) => x.longestTaskMs,
  limits: { value: 200 },
});
