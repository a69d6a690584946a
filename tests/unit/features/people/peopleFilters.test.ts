// The people filters: each filter alone, combinations, multi-nationality and unknown nationality.
import { describe, expect, test } from 'vitest';
import type { EventId, OrganisationId, Person } from '@shared/domain/model';
import {
  countActiveFilters,
  EMPTY_FILTERS,
  eventTree,
  filterChips,
  filterPeople,
  m49RegionOf,
  regionsOfPerson,
  UNKNOWN_REGION,
  withoutChip,
} from '../../../../renderer/src/features/people/peopleFilters';
import type {
  PeopleFilterContext,
  PeopleFilters,
} from '../../../../renderer/src/features/people/peopleFilters';
import { aParticipation, aPerson, anEvent, anOrganisation, iso } from './builders';

const unHabitat = anOrganisation({ name: 'UN-Habitat', acronym: 'UNH', type: 'un-system' });
const urbanLab = anOrganisation({ name: 'Urban Lab', acronym: '', parentId: unHabitat.id });
const university = anOrganisation({ name: 'University of Ghana', acronym: 'UG' });

const process = anEvent({ name: 'Guidelines process', kind: 'process' });
const conference = anEvent({ name: 'Academic conference', parentId: process.id });
const podium = anEvent({ name: 'Podium: Collaborating', kind: 'podium', parentId: conference.id });
const egm = anEvent({ name: 'Online EGM', kind: 'expert-group-meeting', parentId: process.id });

const amina = aPerson({
  givenName: 'Amina',
  gender: 'woman',
  nationalities: iso('KE'),
  stakeholderGroup: 'academia',
  affiliations: [{ organisationId: urbanLab.id, title: 'Researcher', primary: true }],
});
const kofi = aPerson({
  givenName: 'Kofi',
  familyName: 'Mensah',
  gender: 'man',
  nationalities: iso('GH', 'GB'),
  stakeholderGroup: 'civil-society',
  affiliations: [{ organisationId: university.id, title: '', primary: true }],
});
const lea = aPerson({
  givenName: 'Léa',
  familyName: 'Dubois',
  gender: 'non-binary',
  nationalities: iso('FR'),
  stakeholderGroup: null,
  affiliations: [{ organisationId: unHabitat.id, title: 'Officer', primary: true }],
});
const sam = aPerson({
  givenName: 'Sam',
  familyName: 'Lee',
  gender: 'unknown',
  nationalities: [],
  stakeholderGroup: null,
});
const lan = aPerson({
  givenName: 'Lan',
  familyName: 'Nguyễn',
  gender: 'woman',
  nationalities: iso('VN'),
  stakeholderGroup: 'national-government',
});
const people = [amina, kofi, lea, sam, lan];

const context: PeopleFilterContext = {
  organisations: [unHabitat, urbanLab, university],
  events: [process, conference, podium, egm],
  participations: [
    aParticipation(amina, podium, { status: 'confirmed' }),
    aParticipation(kofi, conference, { status: 'invited' }),
    aParticipation(lea, egm, { status: 'confirmed' }),
    aParticipation(lan, conference, { status: 'declined' }),
    aParticipation(sam, egm, { status: 'attended', deletedAt: '2026-02-01T00:00:00.000Z' }),
  ],
  regionOf: m49RegionOf,
};

const names = (list: readonly Person[]) => list.map((p) => p.givenName).sort();
const run = (filters: Partial<PeopleFilters>, ctx = context) =>
  names(filterPeople(people, { ...EMPTY_FILTERS, ...filters }, ctx));

describe('filterPeople', () => {
  test('no active filter keeps everyone, in the input order', () => {
    expect(filterPeople(people, EMPTY_FILTERS, context)).toEqual(people);
  });

  test('gender: any of the chosen categories', () => {
    expect(run({ genders: ['woman'] })).toEqual(['Amina', 'Lan']);
    expect(run({ genders: ['woman', 'non-binary'] })).toEqual(['Amina', 'Lan', 'Léa']);
    expect(run({ genders: ['self-described'] })).toEqual([]);
  });

  test('nationality: a person with two nationalities is found under each', () => {
    expect(run({ nationalities: iso('GH') })).toEqual(['Kofi']);
    expect(run({ nationalities: iso('GB') })).toEqual(['Kofi']);
    expect(run({ nationalities: iso('KE', 'GB') })).toEqual(['Amina', 'Kofi']);
  });

  test('nationality: a person with no nationality recorded matches no country', () => {
    expect(run({ nationalities: iso('KE', 'GH', 'GB', 'FR', 'VN') })).not.toContain('Sam');
  });

  test('region: M49 region of any nationality; multi-nationality counts in both regions', () => {
    expect(run({ regions: ['Africa'] })).toEqual(['Amina', 'Kofi']);
    expect(run({ regions: ['Europe'] })).toEqual(['Kofi', 'Léa']);
    expect(run({ regions: ['Asia'] })).toEqual(['Lan']);
    expect(run({ regions: ['Africa', 'Asia'] })).toEqual(['Amina', 'Kofi', 'Lan']);
  });

  test('region: unknown nationality falls in the "not recorded" region only', () => {
    expect(run({ regions: [UNKNOWN_REGION] })).toEqual(['Sam']);
    expect(regionsOfPerson(sam, m49RegionOf)).toEqual([UNKNOWN_REGION]);
    expect(regionsOfPerson(kofi, m49RegionOf).sort()).toEqual(['Africa', 'Europe']);
    // A code the reference data does not place counts as unknown too.
    const odd = aPerson({ nationalities: iso('AQ') });
    expect(regionsOfPerson(odd, m49RegionOf)).toEqual([UNKNOWN_REGION]);
  });

  test('region: the lookup comes from the context (a user-defined scheme)', () => {
    const emea = new Set(['KE', 'GH', 'GB', 'FR']);
    const custom = { ...context, regionOf: (c: string) => (emea.has(c) ? 'EMEA' : null) };
    expect(run({ regions: ['EMEA'] }, custom)).toEqual(['Amina', 'Kofi', 'Léa']);
    expect(run({ regions: [UNKNOWN_REGION] }, custom)).toEqual(['Lan', 'Sam']);
  });

  test('stakeholder group: people without one never match', () => {
    expect(run({ stakeholderGroups: ['academia', 'civil-society'] })).toEqual(['Amina', 'Kofi']);
    expect(run({ stakeholderGroups: ['other'] })).toEqual([]);
  });

  test('organisation: includes the people of its child organisations', () => {
    expect(run({ organisations: [unHabitat.id] })).toEqual(['Amina', 'Léa']);
    expect(run({ organisations: [urbanLab.id] })).toEqual(['Amina']);
    expect(run({ organisations: [university.id, urbanLab.id] })).toEqual(['Amina', 'Kofi']);
  });

  test('event: people in the event or any of its sessions', () => {
    expect(run({ eventId: conference.id })).toEqual(['Amina', 'Kofi', 'Lan']);
    expect(run({ eventId: podium.id })).toEqual(['Amina']);
    expect(run({ eventId: process.id })).toEqual(['Amina', 'Kofi', 'Lan', 'Léa']);
  });

  test('event: deleted participations do not count', () => {
    expect(run({ eventId: egm.id })).toEqual(['Léa']);
  });

  test('status without an event: any participation with that status', () => {
    expect(run({ statuses: ['confirmed'] })).toEqual(['Amina', 'Léa']);
    expect(run({ statuses: ['declined', 'invited'] })).toEqual(['Kofi', 'Lan']);
    expect(run({ statuses: ['attended'] })).toEqual([]);
  });

  test('status with an event: the status in that event (or its sessions)', () => {
    expect(run({ eventId: conference.id, statuses: ['confirmed'] })).toEqual(['Amina']);
    expect(run({ eventId: egm.id, statuses: ['invited'] })).toEqual([]);
  });

  test('filters combine: every active filter must match', () => {
    expect(run({ genders: ['woman'], regions: ['Africa'] })).toEqual(['Amina']);
    expect(run({ genders: ['man'], nationalities: iso('GB'), eventId: conference.id })).toEqual([
      'Kofi',
    ]);
    expect(run({ genders: ['woman'], stakeholderGroups: ['civil-society'] })).toEqual([]);
  });

  test('an unknown event or organisation id matches nobody rather than everybody', () => {
    expect(run({ eventId: `evt_${'f'.repeat(32)}` as EventId })).toEqual([]);
    expect(run({ organisations: [`org_${'f'.repeat(32)}` as OrganisationId] })).toEqual([]);
  });

  test('combines every filter correctly at 10,000 people and 30,000 participations', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      aPerson({
        givenName: `P${i}`,
        gender: i % 2 === 0 ? 'woman' : 'man',
        nationalities: iso(i % 3 === 0 ? 'KE' : 'FR', 'GH'),
        affiliations: [{ organisationId: urbanLab.id, title: '', primary: true }],
      }),
    );
    const parts = many.flatMap((p, i) => [
      aParticipation(p, podium, { status: i % 4 === 0 ? 'confirmed' : 'invited' }),
      aParticipation(p, egm),
      aParticipation(p, conference),
    ]);
    const ctx = { ...context, participations: parts };
    const filters: PeopleFilters = {
      ...EMPTY_FILTERS,
      genders: ['woman'],
      regions: ['Africa'],
      organisations: [unHabitat.id],
      eventId: conference.id,
      statuses: ['confirmed'],
    };
    // Speed is measured by `npm run bench`, never asserted here (shared machines are noisy).
    const result = filterPeople(many, filters, ctx);
    expect(result.length).toBe(2500);
  });
});

describe('filter chips', () => {
  const filters: PeopleFilters = {
    ...EMPTY_FILTERS,
    genders: ['woman', 'man'],
    nationalities: iso('KE'),
    eventId: conference.id,
    statuses: ['invited'],
  };

  test('one chip per value, counted on the Filters button', () => {
    expect(filterChips(filters)).toEqual([
      { dimension: 'genders', value: 'woman' },
      { dimension: 'genders', value: 'man' },
      { dimension: 'nationalities', value: 'KE' },
      { dimension: 'eventId', value: conference.id },
      { dimension: 'statuses', value: 'invited' },
    ]);
    expect(countActiveFilters(filters)).toBe(5);
    expect(countActiveFilters(EMPTY_FILTERS)).toBe(0);
  });

  test('removing a chip removes only that value', () => {
    expect(withoutChip(filters, { dimension: 'genders', value: 'woman' }).genders).toEqual(['man']);
    const noEvent = withoutChip(filters, { dimension: 'eventId', value: conference.id });
    expect(noEvent.eventId).toBeNull();
    expect(noEvent.statuses).toEqual(['invited']);
  });
});

describe('eventTree', () => {
  test('lists processes, events and sessions in tree order with their depth', () => {
    const early = anEvent({ name: 'Zeta meeting', parentId: process.id, startDate: '2026-01-10' });
    const tree = eventTree([podium, egm, conference, process, early]);
    expect(tree.map((o) => [o.name, o.depth])).toEqual([
      ['Guidelines process', 0],
      ['Zeta meeting', 1],
      ['Academic conference', 1],
      ['Podium: Collaborating', 2],
      ['Online EGM', 1],
    ]);
  });

  test('an event whose parent is missing is listed at the top level', () => {
    const orphan = anEvent({ name: 'Orphan session', kind: 'panel', parentId: egm.id });
    expect(eventTree([orphan]).map((o) => o.depth)).toEqual([0]);
  });
});
