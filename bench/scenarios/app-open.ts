// Open the app on a synthetic workspace until the People table is interactive (on a large
// workspace: its first rows, while the rest loads), against the same build on an empty
// workspace. Target: ≤ 2× the baseline. Also reported: the time until everyone is loaded,
// sorted and searchable — the honest end of the open, which the first figure does not show.
import { openSeriesScenario } from './app-runs';

export const appOpen = openSeriesScenario({
  name: 'app-open',
  title: 'Open the app until the People table is interactive (Chromium)',
  metric: 'navigation → People interactive',
  unit: 'ms',
  pick: (x) => x.openMs,
  limits: { ratio: 2 },
  also: [
    {
      metric: 'navigation → everyone loaded',
      unit: 'ms',
      pick: (x) => x.loadedMs,
      limits: {},
    },
  ],
});
