// The one filter model of the People table and the Network view: a filter means the same on both
// screens (the same people kept), role/event/status hold for one participation, and the region
// filter uses M49 whatever region scheme the Network view draws.
import { describe, expect, it } from 'vitest';
import { toGraphElements } from '@shared/graph/elements';
import type { GraphElements } from '@shared/graph/elements';
import {
  NO_FILTERS,
  applyGraphFilters,
  countActiveFilters,
  filterRegionOf,
  hasActiveFilters,
  personFilter,
} from '@shared/graph/filters';
import type { PersonFilters } from '@shared/graph/filters';
import { iso2 } from '../../../helpers/builders';
import {
  filterChips,
  filterPeople,
  withoutChip,
} from '../../../../renderer/src/features/people/peopleFilters';
import { smallWorkspace } from './fixture';

const f = smallWorkspace();
const filters = (patch: Partial<PersonFilters>): PersonFilters => ({ ...NO_FILTERS, ...patch });
const context = {
  participations: f.workspace.participations,
  organisations: f.workspace.organisations,
  events: f.workspace.events,
  regionOf: filterRegionOf,
};
const peopleTable = (patch: Partial<PersonFilters>) =>
  filterPeople(f.workspace.people, filters(patch), context)
    .map((p) => p.givenName)
    .sort();
const network = (patch: Partial<PersonFilters>, schemeKey = 'm49-region') =>
  personNames(toGraphElements(f.workspace, 'all', filters(patch), { key: schemeKey, custom: [] }));
function personNames(els: GraphElements): string[] {
  const byId = new Map(f.workspace.people.map((p) => [p.id as string, p.givenName]));
  return els.nodes
    .filter((n) => n.type === 'person')
    .map((n) => byId.get(n.recordId) ?? '?')
    .sort();
}

describe('shared person filters', () => {
  it('keep the same people on the People table and the Network view, filter by filter', () => {
    const cases: Partial<PersonFilters>[] = [
      {},
      { genders: ['man'] },
      { nationalities: [iso2('KE')] },
      { regions: ['Europe'] },
      { regions: ['unknown'] },
      { stakeholderGroups: ['academia'] },
      { organisations: [f.orgB.id] },
      { eventId: f.event.id },
      { roles: ['speaker', 'panelist'] },
      { statuses: ['declined'] },
      { genders: ['man'], roles: ['panelist'] },
    ];
    for (const patch of cases) expect(network(patch)).toEqual(peopleTable(patch));
    expect(peopleTable({ roles: ['speaker', 'panelist'] })).toEqual(['Bola', 'Xavier']);
    expect(peopleTable({ nationalities: [iso2('KE')] })).toEqual(['Bola', 'Xavier']);
    expect(peopleTable({ regions: ['unknown'] })).toEqual(['Lone']);
  });

  it('asks event, role and status of one and the same participation', () => {
    // Amina took part in session 1 but declined; Xavier spoke there and confirmed.
    expect(peopleTable({ eventId: f.s1.id, statuses: ['declined'] })).toEqual(['Amina']);
    expect(peopleTable({ roles: ['speaker'], statuses: ['declined'] })).toEqual([]);
    expect(peopleTable({ eventId: f.s2.id, roles: ['speaker'] })).toEqual([]);
    const { participationMatches } = personFilter(filters({ roles: ['speaker'] }), context);
    expect(participationMatches(f.px)).toBe(true);
    expect(participationMatches(f.pa)).toBe(false);
  });

  it('filters regions under M49 whatever scheme the network draws', () => {
    // Under the UN regional groups the Network view draws other region nodes, but "Europe" still means
    // the M49 region, as on the People table.
    expect(network({ regions: ['Europe'] }, 'un-regional-group')).toEqual(['Amina', 'Xavier']);
  });

  it('drops deleted people from the network and counts active values', () => {
    const gone = { ...f.workspace.people[0]!, deletedAt: '2026-01-01T00:00:00.000Z' };
    const kept = applyGraphFilters(
      { ...f.workspace, people: [gone, ...f.workspace.people.slice(1)] },
      NO_FILTERS,
    ).people;
    expect(kept.has(gone.id)).toBe(false);
    expect(kept.size).toBe(f.workspace.people.length - 1);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    const some = filters({ eventId: f.event.id, roles: ['speaker'], genders: ['man', 'woman'] });
    expect(countActiveFilters(some)).toBe(4);
  });

  it('gives the People table a chip per value, roles included, and removes one', () => {
    const some = filters({ genders: ['man'], eventId: f.event.id, roles: ['speaker'] });
    expect(filterChips(some)).toEqual([
      { dimension: 'genders', value: 'man' },
      { dimension: 'eventId', value: f.event.id },
      { dimension: 'roles', value: 'speaker' },
    ]);
    expect(withoutChip(some, { dimension: 'roles', value: 'speaker' }).roles).toEqual([]);
  });
});
