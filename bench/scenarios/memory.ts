// Renderer JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) with the
// workspace loaded on the People screen, against an empty workspace. Target: ≤ 400 MB above.
import { openSeriesScenario } from './app-runs';

export const memory = openSeriesScenario({
  name: 'memory',
  title: 'Renderer JS heap with the workspace loaded (Chromium)',
  metric: 'JS heap after GC',
  unit: 'MB',
  pick: (x) => x.heapMB,
  limits: { delta: 400 },
});
