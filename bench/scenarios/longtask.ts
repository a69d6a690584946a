// The longest main-thread task while the app opens (a PerformanceObserver for 'longtask' injected
// before the app's scripts), from navigation until every person is loaded (not only until the
// first rows show), against the same on an empty workspace. Target: ≤ 200 ms.
import { openSeriesScenario } from './app-runs';

export const longTask = openSeriesScenario({
  name: 'longtask',
  title: 'Longest main-thread task while the app opens, until everyone is loaded (Chromium)',
  metric: 'longest task, open → fully loaded',
  unit: 'ms',
  pick: (x) => x.longestTaskMs,
  limits: { value: 200 },
});
