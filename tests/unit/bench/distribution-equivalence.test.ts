// distribution() builds only the lookups a dimension needs, from one pass over the
// participations (the speed work of issue 8). Its answers must stay those of the plain
// definition: the people in scope, the full value context, valuesOf for each person.
import { describe, expect, it } from 'vitest';
import type { AnyDimension } from '@shared/analytics/dimensions';
import { valuesOf } from '@shared/analytics/dimensions';
import { distribution, peopleInScope, valueContext } from '@shared/analytics/distribution';
import type { PopulationFilter } from '@shared/analytics/scope';
import { generateSyntheticWorkspace } from '@shared/demo/synthetic';

const data = generateSyntheticWorkspace({ people: 400, now: '2026-11-28T12:00:00.000Z' });
// Tombstones must stay out of every count.
data.people[3] = { ...data.people[3]!, deletedAt: '2026-11-01T00:00:00.000Z' };
data.participations[5] = { ...data.participations[5]!, deletedAt: '2026-11-01T00:00:00.000Z' };
data.organisations[2] = { ...data.organisations[2]!, deletedAt: '2026-11-01T00:00:00.000Z' };

function plain(dimension: AnyDimension, population: PopulationFilter) {
  const ctx = valueContext(data, population);
  const counts: Record<string, number> = {};
  let unknown = 0;
  const people = peopleInScope(data, population);
  for (const person of people) {
    const values = valuesOf(person, dimension, ctx);
    if (values.length === 0) unknown += 1;
    for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  }
  return { total: people.length, unknown, counts };
}

const DIMENSIONS: AnyDimension[] = [
  { kind: 'gender' },
  { kind: 'stakeholder-group' },
  { kind: 'organisation-type' },
  { kind: 'nationality', scheme: 'm49-region' },
  { kind: 'role' },
  { kind: 'status' },
];
const eventId = data.participations[0]!.eventId;
const SCOPES: PopulationFilter[] = [
  { eventIds: null, statuses: null, roles: null },
  { eventIds: null, statuses: ['confirmed', 'attended'], roles: null },
  { eventIds: [eventId], statuses: null, roles: ['participant'] },
];

describe('distribution answers as the plain definition does', () => {
  for (const dimension of DIMENSIONS) {
    it(`${dimension.kind}, over every scope`, () => {
      for (const scope of SCOPES) {
        const d = distribution(data, dimension, scope);
        const expected = plain(dimension, scope);
        expect(d.total).toBe(expected.total);
        expect(d.unknown).toBe(expected.unknown);
        expect(Object.fromEntries(d.categories.map((c) => [c.key, c.count]))).toEqual(
          expected.counts,
        );
        expect(d.total).toBeGreaterThan(0);
      }
    });
  }
});
