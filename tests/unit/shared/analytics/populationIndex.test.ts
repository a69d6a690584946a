// The shared population index: scopes read from it are the scopes the analyses compute alone,
// and distributions that use it equal those that do not — on the hand-checked fixture and on a
// synthetic workspace with deletions, for every dimension and a spread of filters.
import { describe, expect, it } from 'vitest';
import type { AnyDimension, PopulationFilter } from '@shared/analytics';
import {
  buildPopulationIndex,
  distribution,
  indexFits,
  peopleInScope,
  scopeMask,
} from '@shared/analytics';
import { generateSyntheticWorkspace } from '@shared/demo/synthetic';
import type { EventId, WorkspaceData } from '@shared/domain/model';
import { everyone, fixture } from './fixture';

const DIMENSIONS: AnyDimension[] = [
  { kind: 'gender' },
  { kind: 'stakeholder-group' },
  { kind: 'organisation-type' },
  { kind: 'nationality', scheme: 'country' },
  { kind: 'residence', scheme: 'un-region' },
  { kind: 'role' },
  { kind: 'status' },
];

function populations(data: WorkspaceData): PopulationFilter[] {
  const roots = data.events.filter((e) => e.parentId === null).map((e) => e.id);
  const leaf = data.events.find((e) => e.parentId !== null)?.id;
  return [
    everyone,
    { eventIds: null, statuses: ['confirmed', 'attended'], roles: null },
    { eventIds: null, statuses: null, roles: ['speaker', 'moderator'] },
    { eventIds: roots.slice(0, 1), statuses: null, roles: null },
    { eventIds: leaf === undefined ? [] : [leaf], statuses: ['confirmed'], roles: ['speaker'] },
    // A filter root that is not a stored event still matches participations by id.
    { eventIds: ['evt_missing' as EventId], statuses: null, roles: null },
    { eventIds: [], statuses: ['attended'], roles: null },
  ];
}

function synthetic(): WorkspaceData {
  const data = generateSyntheticWorkspace({ people: 400, now: '2026-11-28T12:00:00.000Z' });
  const deleted = '2026-11-01T00:00:00.000Z';
  return {
    ...data,
    // Some deleted people and participations, and one participation of nobody stored.
    people: data.people.map((p, i) => (i % 17 === 0 ? { ...p, deletedAt: deleted } : p)),
    participations: [
      ...data.participations.map((p, i) => (i % 13 === 0 ? { ...p, deletedAt: deleted } : p)),
      ...data.participations.slice(0, 1).map((p) => ({
        ...p,
        id: `${p.id}x` as typeof p.id,
        personId: 'per_nobody' as typeof p.personId,
      })),
    ],
  };
}

describe('population index', () => {
  for (const [name, make] of [
    ['fixture', () => fixture().data],
    ['synthetic workspace', synthetic],
  ] as const) {
    it(`gives the same scopes and distributions as the analyses alone (${name})`, () => {
      const data = make();
      const index = buildPopulationIndex(data);
      for (const population of populations(data)) {
        const mask = scopeMask(index, population);
        const viaMask =
          mask === null
            ? data.people.filter((p) => p.deletedAt === null)
            : data.people.filter((p, i) => p.deletedAt === null && mask[i] === 1);
        expect(viaMask).toEqual(peopleInScope(data, population));
        for (const dimension of DIMENSIONS) {
          expect(
            distribution(data, dimension, population, { index }),
            `${dimension.kind} ${JSON.stringify(population)}`,
          ).toEqual(distribution(data, dimension, population));
        }
      }
    });
  }

  it('has somebody in scope of the filters it is tested with', () => {
    const data = synthetic();
    const mask = scopeMask(buildPopulationIndex(data), populations(data)[1] as PopulationFilter);
    expect(mask?.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });

  it('is not used for other records: a changed workspace is counted as it is', () => {
    const { data, amina } = fixture();
    const index = buildPopulationIndex(data);
    const confirmed: PopulationFilter = { eventIds: null, statuses: ['confirmed'], roles: null };
    const changed = {
      ...data,
      participations: data.participations.filter((p) => p.personId !== amina.id),
    };
    expect(indexFits(index, data)).toBe(true);
    expect(indexFits(index, changed)).toBe(false);
    expect(distribution(changed, { kind: 'gender' }, confirmed, { index })).toEqual(
      distribution(changed, { kind: 'gender' }, confirmed),
    );
    expect(distribution(changed, { kind: 'gender' }, confirmed).total).toBe(
      distribution(data, { kind: 'gender' }, confirmed).total - 1,
    );
  });
});
