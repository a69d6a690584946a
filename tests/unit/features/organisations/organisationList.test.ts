import { describe, expect, it } from 'vitest';
import type { Iso2, Organisation, OrganisationId, Person, PersonId } from '@shared/domain/model';
import {
  affiliatedPeople,
  buildOrganisationRows,
  childOrganisations,
  countryFacets,
  filterOrganisationRows,
  NO_ORGANISATION_FILTER,
  organisationDeleteImpact,
  organisationDescendants,
  parentCandidates,
  peopleCountByOrganisation,
  sortOrganisationRows,
} from '../../../../renderer/src/features/organisations/organisationList';
import * as shared from '../../../helpers/builders';

const oid = (n: string) => `org_${n.padStart(32, '0')}` as OrganisationId;

function anOrganisation(over: Partial<Organisation> & { id: OrganisationId }): Organisation {
  return shared.anOrganisation({ name: 'Org', type: 'civil-society', country: null, ...over });
}

function aPerson(
  n: number,
  orgs: { id: OrganisationId; title?: string; primary?: boolean }[],
  over: Partial<Person> = {},
): Person {
  return shared.aPerson({
    id: `per_${String(n).padStart(32, '0')}` as PersonId,
    givenName: `Given${n}`,
    familyName: `Family${n}`,
    ...shared.unknownPerson(),
    affiliations: orgs.map((o) => ({
      organisationId: o.id,
      title: o.title ?? '',
      primary: o.primary ?? false,
    })),
    ...over,
  });
}

// un → unhabitat → unhabitat-office; a university in Kenya; an NGO in Spain without acronym.
const un = anOrganisation({
  id: oid('1'),
  name: 'United Nations',
  acronym: 'UN',
  type: 'un-system',
});
const habitat = anOrganisation({
  id: oid('2'),
  name: 'UN-Habitat',
  acronym: 'UNH',
  type: 'un-system',
  parentId: un.id,
  country: 'KE' as Iso2,
});
const office = anOrganisation({
  id: oid('3'),
  name: 'Regional Office for Africa',
  type: 'un-system',
  parentId: habitat.id,
  country: 'KE' as Iso2,
});
const uni = anOrganisation({
  id: oid('4'),
  name: 'University of Nairobi',
  acronym: 'UoN',
  type: 'academia',
  country: 'KE' as Iso2,
});
const ngo = anOrganisation({
  id: oid('5'),
  name: 'Ciudades Vivas',
  type: 'civil-society',
  country: 'ES' as Iso2,
});
const orgs = [un, habitat, office, uni, ngo];
const people = [
  aPerson(1, [
    { id: habitat.id, title: 'Director' },
    { id: uni.id, title: 'Adjunct' },
  ]),
  aPerson(2, [{ id: habitat.id, title: 'Officer' }]),
  aPerson(3, [{ id: uni.id }], { familyName: 'Abara', givenName: 'Zed' }),
];

describe('organisation rows', () => {
  it('joins parent names, short country names and affiliated people counts', () => {
    const rows = buildOrganisationRows(orgs, people);
    const h = rows.find((r) => r.id === habitat.id);
    expect(h).toMatchObject({ parentName: 'United Nations', countryName: 'Kenya', peopleCount: 2 });
    expect(rows.find((r) => r.id === un.id)).toMatchObject({
      parentName: '',
      countryName: '',
      peopleCount: 0,
    });
  });

  it('counts a person once per organisation even if listed twice', () => {
    const twice = aPerson(9, [{ id: uni.id }, { id: uni.id }]);
    expect(peopleCountByOrganisation([twice]).get(uni.id)).toBe(1);
  });

  it('filters by text over name, acronym, parent and country, accents folded', () => {
    const rows = buildOrganisationRows(orgs, people);
    const names = (f: Partial<typeof NO_ORGANISATION_FILTER>) =>
      filterOrganisationRows(rows, { ...NO_ORGANISATION_FILTER, ...f }).map((r) => r.name);
    expect(names({ query: 'uon' })).toEqual(['University of Nairobi']);
    expect(names({ query: 'united nations' })).toEqual(['United Nations', 'UN-Habitat']);
    expect(names({ query: 'SPAIN' })).toEqual(['Ciudades Vivas']);
    expect(names({ type: 'un-system', country: 'KE' as Iso2 })).toEqual([
      'UN-Habitat',
      'Regional Office for Africa',
    ]);
  });

  it('sorts by any column with empty values last in both directions', () => {
    const rows = buildOrganisationRows(orgs, people);
    const label = (t: string) => t;
    const by = (
      key: Parameters<typeof sortOrganisationRows>[1]['key'],
      direction: 'asc' | 'desc',
    ) => sortOrganisationRows(rows, { key, direction }, label).map((r) => r.name);
    expect(by('name', 'asc')).toEqual([
      'Ciudades Vivas',
      'Regional Office for Africa',
      'UN-Habitat',
      'United Nations',
      'University of Nairobi',
    ]);
    expect(by('acronym', 'asc')).toEqual([
      'United Nations',
      'UN-Habitat',
      'University of Nairobi',
      'Ciudades Vivas',
      'Regional Office for Africa',
    ]);
    expect(by('acronym', 'desc').slice(-2)).toEqual([
      'Ciudades Vivas',
      'Regional Office for Africa',
    ]);
    expect(by('people', 'desc').slice(0, 2)).toEqual(['UN-Habitat', 'University of Nairobi']);
    expect(by('parent', 'asc').slice(0, 2)).toEqual(['Regional Office for Africa', 'UN-Habitat']);
  });

  it('lists the countries present with their counts', () => {
    expect(countryFacets(buildOrganisationRows(orgs, people))).toEqual([
      { iso2: 'KE', name: 'Kenya', count: 3 },
      { iso2: 'ES', name: 'Spain', count: 1 },
    ]);
  });
});

describe('organisation hierarchy', () => {
  it('finds every descendant and tolerates loops', () => {
    expect([...organisationDescendants(orgs, un.id)].sort()).toEqual(
      [habitat.id, office.id].sort(),
    );
    const loop = [
      anOrganisation({ id: oid('a'), parentId: oid('b') }),
      anOrganisation({ id: oid('b'), parentId: oid('a') }),
    ];
    expect([...organisationDescendants(loop, oid('a'))]).toEqual([oid('b')]);
  });

  it('never offers an organisation itself or its descendants as its parent', () => {
    const names = parentCandidates(orgs, un.id).map((o) => o.name);
    expect(names).toEqual(['Ciudades Vivas', 'University of Nairobi']);
    expect(parentCandidates(orgs, null)).toHaveLength(5);
  });

  it('lists affiliated people by family name with their titles, and child organisations', () => {
    expect(affiliatedPeople(people, uni.id).map((a) => [a.name, a.title])).toEqual([
      ['Zed Abara', ''],
      ['Given1 Family1', 'Adjunct'],
    ]);
    expect(childOrganisations(orgs, un.id).map((o) => o.name)).toEqual(['UN-Habitat']);
  });

  it('says what a delete detaches', () => {
    expect(organisationDeleteImpact(orgs, people, habitat.id)).toEqual({ people: 2, children: 1 });
    expect(organisationDeleteImpact(orgs, people, ngo.id)).toEqual({ people: 0, children: 0 });
  });
});
