// Representation analytics over a synthetic workspace: `distribution` by gender for one scope
// (confirmed and attended participants of every event), against a single-pass counting loop over
// the same records that any analysis has to beat. Node. Target: ≤ 3× and < 100 ms. Measured
// alone, with the population index the Representation screen shares between its analyses, and
// that index's build.
import { distribution } from '../../shared/analytics/distribution';
import { buildPopulationIndex } from '../../shared/analytics/populationIndex';
import type { PopulationFilter } from '../../shared/analytics/scope';
import type { WorkspaceData } from '../../shared/domain/model';
import { measureTimedPair } from '../measure';
import { wallAndCpu } from '../stats';
import type { Limits, Scenario } from '../types';

const SCOPE: PopulationFilter = {
  eventIds: null,
  statuses: ['confirmed', 'attended'],
  roles: null,
};

const TARGET: Limits = { ratio: 3, value: 100 };

/** The least any answer costs: one pass over participations, one over people. */
export function countingLoop(data: WorkspaceData): Map<string, number> {
  const statuses = new Set(SCOPE.statuses);
  const inScope = new Set<string>();
  for (const p of data.participations) {
    if (p.deletedAt === null && statuses.has(p.status)) inScope.add(p.personId);
  }
  const counts = new Map<string, number>();
  for (const person of data.people) {
    if (person.deletedAt !== null || !inScope.has(person.id)) continue;
    counts.set(person.gender, (counts.get(person.gender) ?? 0) + 1);
  }
  return counts;
}

export const analytics: Scenario = {
  name: 'analytics',
  title: 'Representation analytics: one dimension, one scope (Node)',
  async run(ctx) {
    const out = [];
    for (const size of ctx.options.sizes) {
      // The Representation screen counts records read back from IndexedDB, i.e. structured
      // clones: flat strings, each record's fields laid out together. The generator's own
      // objects (ids built by concatenation, records interleaved with its garbage) are slower
      // to scan for both sides alike, so both are measured on the clone the app would see.
      const data = structuredClone(ctx.workspace(size));
      let sink = 0;
      const samples = await measureTimedPair(
        () => (sink += distribution(data, { kind: 'gender' }, SCOPE).total),
        () => (sink += countingLoop(data).size),
        // Cheap enough to repeat more: more samples, steadier medians.
        ctx.options.reps * 4,
        ctx.options.warmup * 3,
      );
      // The Representation screen joins participations to people once per data change
      // (buildPopulationIndex) and runs its analyses over that: each analysis, and the join.
      const index = buildPopulationIndex(data);
      const indexed = await measureTimedPair(
        () => (sink += distribution(data, { kind: 'gender' }, SCOPE, { index }).total),
        () => (sink += countingLoop(data).size),
        ctx.options.reps * 4,
        ctx.options.warmup * 3,
      );
      const built = await measureTimedPair(
        () => (sink += buildPopulationIndex(data).person.length),
        () => (sink += countingLoop(data).size),
        ctx.options.reps * 4,
        ctx.options.warmup * 3,
      );
      if (sink < 0) throw new Error('unreachable: keeps the work observable');
      const row = (metric: string, limits: Limits) => ({
        scenario: 'analytics',
        size,
        metric,
        unit: 'ms' as const,
        baselineLabel: 'single-pass counting loop',
        limits,
      });
      out.push(
        ...wallAndCpu(row('distribution(gender, confirmed+attended)', TARGET), samples),
        ...wallAndCpu(row('the same with the screen’s shared index', TARGET), indexed),
        // No target of its own: paid once per data change, not per analysis.
        ...wallAndCpu(row('shared index build (once per data change)', {}), built),
      );
    }
    return out;
  },
};
