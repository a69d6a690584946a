// Test data builders for the events feature's view-model tests: the shared builders
// (tests/helpers/builders.ts) with ids and names numbered by the test (`eid('3')`, "Event 3"),
// undated, unplaced events and people about whom little is known.
import type {
  EventId,
  EventKind,
  Iso2,
  Organisation,
  OrganisationId,
  Participation,
  Person,
  PersonId,
  PlenaryEvent,
} from '@shared/domain/model';
import * as shared from '../../../helpers/builders';

const hex = (prefix: string, n: string) => `${prefix}_${n.padStart(32, '0')}`;
export const eid = (n: string) => hex('evt', n) as EventId;
export const pid = (n: string) => hex('per', n) as PersonId;
export const oid = (n: string) => hex('org', n) as OrganisationId;

export function anEvent(
  n: string,
  kind: EventKind,
  parent: PlenaryEvent | EventId | null,
  over: Partial<PlenaryEvent> = {},
): PlenaryEvent {
  return shared.anEvent({
    id: eid(n),
    name: `Event ${n}`,
    kind,
    parentId: parent === null ? null : typeof parent === 'string' ? parent : parent.id,
    startDate: null,
    endDate: null,
    city: '',
    country: null,
    ...over,
  });
}

export function aPerson(n: string, over: Partial<Person> = {}): Person {
  return shared.aPerson({
    id: pid(n),
    givenName: `Given${n}`,
    familyName: `Family${n}`,
    ...shared.unknownPerson(),
    ...over,
  });
}

export function anOrganisation(n: string, over: Partial<Organisation> = {}): Organisation {
  return shared.anOrganisation({ id: oid(n), name: `Organisation ${n}`, country: null, ...over });
}

export function aParticipation(
  person: Person,
  event: PlenaryEvent,
  over: Partial<Participation> = {},
): Participation {
  return shared.aParticipation({
    personId: person.id,
    eventId: event.id,
    status: 'invited',
    ...over,
  });
}

export const iso = (code: string) => code as Iso2;
