import { describe, expect, it } from 'vitest';
import {
  addablePeopleOptions,
  composition,
  filterParticipantRows,
  funnelCounts,
  mainAffiliation,
  NO_PARTICIPANT_FILTER,
  participantRows,
  participationsInScope,
} from '../../../../renderer/src/features/events/participants';
import { categoriesOf, regionOf } from '@shared/reference/regions';
import type { Iso2 } from '@shared/domain/model';
import { aParticipation, aPerson, anEvent, anOrganisation, iso } from './builders';

const conference = anEvent('1', 'conference', null, { name: 'Conference' });
const podium = anEvent('2', 'podium', conference, { name: 'Podium 1' });
const uni = anOrganisation('1', { name: 'University of Nairobi', acronym: 'UoN' });
const city = anOrganisation('2', { name: 'City of Bogotá' });
const amina = aPerson('1', {
  givenName: 'Amina',
  familyName: 'Otieno',
  nationalities: [iso('KE')],
  affiliations: [
    { organisationId: city.id, title: 'Adviser', primary: false },
    { organisationId: uni.id, title: 'Professor', primary: true },
  ],
});
const kofi = aPerson('2', {
  givenName: 'Kofi',
  familyName: 'Mensah',
  gender: 'man',
  nationalities: [iso('GH'), iso('FR')],
});
const ana = aPerson('3', {
  givenName: 'Ana',
  familyName: 'Gómez',
  gender: 'non-binary',
  nationalities: [iso('CO')],
  affiliations: [{ organisationId: city.id, title: 'Director', primary: false }],
});
const noNationality = aPerson('4', { givenName: 'Lee', familyName: 'Zhang', gender: 'unknown' });

const people = new Map([amina, kofi, ana, noNationality].map((p) => [p.id, p]));
const orgs = new Map([uni, city].map((o) => [o.id, o]));
const events = new Map([conference, podium].map((e) => [e.id, e]));

const parts = [
  aParticipation(kofi, podium, { role: 'moderator', status: 'confirmed' }),
  aParticipation(amina, podium, { role: 'speaker', status: 'confirmed' }),
  aParticipation(ana, podium, { role: 'panelist', status: 'declined' }),
  aParticipation(noNationality, podium, { role: 'participant', status: 'attended' }),
  aParticipation(amina, conference, { role: 'participant', status: 'invited' }),
];
const podiumParts = parts.filter((p) => p.eventId === podium.id);

describe('participant rows', () => {
  it('joins people and their primary organisation, sorted by family name', () => {
    const rows = participantRows(podiumParts, people, orgs, events);
    expect(
      rows.map((r) => [r.name, r.organisation?.name ?? null, r.title, r.participation.role]),
    ).toEqual([
      ['Ana Gómez', 'City of Bogotá', 'Director', 'panelist'],
      ['Kofi Mensah', null, '', 'moderator'],
      ['Amina Otieno', 'University of Nairobi', 'Professor', 'speaker'],
      ['Lee Zhang', null, '', 'participant'],
    ]);
  });

  it('keeps a row whose person is gone, with an empty name', () => {
    const ghost = aParticipation(aPerson('9'), podium);
    const rows = participantRows([ghost], people, orgs, events);
    expect(rows[0]).toMatchObject({ name: '', person: undefined, event: podium });
  });

  it('ignores affiliations to organisations that no longer exist', () => {
    const onlyCity = new Map([[city.id, city]]);
    expect(mainAffiliation(amina, onlyCity)?.organisation.name).toBe('City of Bogotá');
  });

  it('filters by role, status and name or organisation', () => {
    const rows = participantRows(podiumParts, people, orgs, events);
    const names = (f: Partial<typeof NO_PARTICIPANT_FILTER>) =>
      filterParticipantRows(rows, { ...NO_PARTICIPANT_FILTER, ...f }).map((r) => r.name);
    expect(names({ status: 'confirmed' })).toEqual(['Kofi Mensah', 'Amina Otieno']);
    expect(names({ role: 'speaker', status: 'confirmed' })).toEqual(['Amina Otieno']);
    expect(names({ query: 'uon' })).toEqual(['Amina Otieno']);
    expect(names({ query: 'gomez' })).toEqual(['Ana Gómez']);
  });
});

describe('funnel counts', () => {
  it('counts every status in funnel order, zeros included', () => {
    const counts = funnelCounts(podiumParts);
    expect(Object.entries(counts)).toEqual([
      ['candidate', 0],
      ['shortlisted', 0],
      ['invited', 0],
      ['confirmed', 2],
      ['declined', 1],
      ['attended', 1],
      ['no-show', 0],
    ]);
  });
});

describe('composition', () => {
  it('counts gender and M49 region by first nationality, without those declined', () => {
    const rows = participantRows(podiumParts, people, orgs, events);
    const c = composition(
      rows,
      (iso2: Iso2) => regionOf('m49-region', iso2),
      categoriesOf('m49-region'),
      'Unknown',
    );
    expect(c.total).toBe(3);
    expect(c.speakers).toBe(2);
    expect(c.gender).toEqual([
      { category: 'woman', speakers: 1, all: 1 },
      { category: 'man', speakers: 1, all: 1 },
      { category: 'unknown', speakers: 0, all: 1 },
    ]);
    expect(c.region).toEqual([
      { category: 'Africa', speakers: 2, all: 2 },
      { category: 'Unknown', speakers: 0, all: 1 },
    ]);
  });
});

describe('adding people', () => {
  it('offers only people not yet in the event, searchable by organisation', () => {
    const options = addablePeopleOptions(
      [amina, kofi, ana, noNationality],
      podiumParts.slice(0, 2),
      orgs,
    );
    expect(options.map((o) => o.label)).toEqual(['Ana Gómez', 'Lee Zhang']);
    expect(options[0]).toMatchObject({ meta: 'City of Bogotá' });
    expect(options[0]?.keywords).toContain('City of Bogotá');
  });

  it('scopes participations to the event, or to it and its sessions', () => {
    expect(participationsInScope(parts, conference.id, null)).toHaveLength(1);
    expect(participationsInScope(parts, conference.id, new Set([podium.id]))).toHaveLength(5);
  });
});
