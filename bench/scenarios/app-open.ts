// Open the app on a synthetic workspace until the People table is interactive, against the same
// build on an empty workspace. Target: ≤ 2× the baseline.
import { openSeriesScenario } from './app-runs';

export const appOpen = openSeriesScenario({
  name: 'app-open',
  title: 'Open the app until the People table is interactive (Chromium)',
  metric: 'navigation → People interactive',
  unit: 'ms',
  pick: (x) => x.openMs,
  limits: { ratio: 2 },
});
