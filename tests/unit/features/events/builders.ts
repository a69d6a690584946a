// Test data builders for the events feature's view-model tests.
import type {
  EventId,
  EventKind,
  Iso2,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationId,
  Person,
  PersonId,
  PlenaryEvent,
} from '@shared/domain/model';

const META = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'test',
  revision: 1,
  deletedAt: null,
};

const hex = (prefix: string, n: string) => `${prefix}_${n.padStart(32, '0')}`;
export const eid = (n: string) => hex('evt', n) as EventId;
export const pid = (n: string) => hex('per', n) as PersonId;
export const oid = (n: string) => hex('org', n) as OrganisationId;
let parCounter = 0;

export function anEvent(
  n: string,
  kind: EventKind,
  parent: PlenaryEvent | EventId | null,
  over: Partial<PlenaryEvent> = {},
): PlenaryEvent {
  return {
    ...META,
    id: eid(n),
    name: `Event ${n}`,
    kind,
    parentId: parent === null ? null : typeof parent === 'string' ? parent : parent.id,
    startDate: null,
    endDate: null,
    city: '',
    country: null,
    mode: 'in-person',
    theme: '',
    notes: '',
    ...over,
  };
}

export function aPerson(n: string, over: Partial<Person> = {}): Person {
  return {
    ...META,
    id: pid(n),
    honorific: '',
    givenName: `Given${n}`,
    familyName: `Family${n}`,
    gender: 'woman',
    genderSelfDescription: '',
    nationalities: [],
    residence: null,
    stakeholderGroup: null,
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
    ...over,
  };
}

export function anOrganisation(n: string, over: Partial<Organisation> = {}): Organisation {
  return {
    ...META,
    id: oid(n),
    name: `Organisation ${n}`,
    acronym: '',
    type: 'academia',
    country: null,
    parentId: null,
    website: '',
    notes: '',
    ...over,
  };
}

export function aParticipation(
  person: Person,
  event: PlenaryEvent,
  over: Partial<Participation> = {},
): Participation {
  parCounter += 1;
  return {
    ...META,
    id: hex('par', String(parCounter)) as ParticipationId,
    personId: person.id,
    eventId: event.id,
    role: 'participant',
    status: 'invited',
    notes: '',
    ...over,
  };
}

export const iso = (code: string) => code as Iso2;
