// Representation analytics over a synthetic workspace: `distribution` by gender for one scope
// (confirmed and attended participants of every event), against a single-pass counting loop over
// the same records that any analysis has to beat. Node. Target: ≤ 3× and < 100 ms.
import { distribution } from '../../shared/analytics/distribution';
import type { PopulationFilter } from '../../shared/analytics/scope';
import type { WorkspaceData } from '../../shared/domain/model';
import { measureTimedPair } from '../measure';
import { wallAndCpu } from '../stats';
import type { Scenario } from '../types';

const SCOPE: PopulationFilter = {
  eventIds: null,
  statuses: ['confirmed', 'attended'],
  roles: null,
};

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
      if (sink < 0) throw new Error('unreachable: keeps the work observable');
      out.push(
        ...wallAndCpu(
          {
            scenario: 'analytics',
            size,
            metric: 'distribution(gender, confirmed+attended)',
            unit: 'ms',
            baselineLabel: 'single-pass counting loop',
            limits: { ratio: 3, value: 100 },
          },
          samples,
        ),
      );
    }
    return out;
  },
};
