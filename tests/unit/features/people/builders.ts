// Test data builders for the People view-model tests: complete records with valid ids.
import type {
  EventId,
  Iso2,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationId,
  Person,
  PersonId,
  PlenaryEvent,
  Relationship,
  RelationshipId,
} from '@shared/domain/model';

let counter = 0;
const hex = () => (++counter).toString(16).padStart(32, '0');

const meta = <Id extends string>(prefix: string) => ({
  id: `${prefix}_${hex()}` as Id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'test',
  revision: 1,
  deletedAt: null,
});

export const iso = (...codes: string[]) => codes as Iso2[];

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    ...meta<PersonId>('per'),
    honorific: '',
    givenName: 'Amina',
    familyName: 'Otieno',
    gender: 'woman',
    genderSelfDescription: '',
    nationalities: iso('KE'),
    residence: 'KE' as Iso2,
    stakeholderGroup: 'academia',
    affiliations: [],
    expertise: [],
    languages: [],
    email: '',
    phone: '',
    consent: { basis: null, date: null, source: '' },
    retainUntil: null,
    notes: '',
    tags: [],
    attributes: {},
    ...overrides,
  };
}

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    ...meta<OrganisationId>('org'),
    name: 'Metropolitan Institute of Urban Studies',
    acronym: 'MIUS',
    type: 'academia',
    country: null,
    parentId: null,
    website: '',
    notes: '',
    ...overrides,
  };
}

export function anEvent(overrides: Partial<PlenaryEvent> = {}): PlenaryEvent {
  return {
    ...meta<EventId>('evt'),
    name: 'Academic conference',
    kind: 'conference',
    parentId: null,
    startDate: null,
    endDate: null,
    city: '',
    country: null,
    mode: 'in-person',
    theme: '',
    notes: '',
    ...overrides,
  };
}

export function aParticipation(
  person: Person,
  event: PlenaryEvent,
  overrides: Partial<Participation> = {},
): Participation {
  return {
    ...meta<ParticipationId>('par'),
    personId: person.id,
    eventId: event.id,
    role: 'participant',
    status: 'invited',
    notes: '',
    ...overrides,
  };
}

export function aRelationship(from: Person, to: Person | Organisation): Relationship {
  return {
    ...meta<RelationshipId>('rel'),
    from: { type: 'person', id: from.id },
    to: 'givenName' in to ? { type: 'person', id: to.id } : { type: 'organisation', id: to.id },
    kind: 'colleague',
    label: '',
  };
}
