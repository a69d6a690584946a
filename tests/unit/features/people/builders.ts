// Test data builders for the People view-model tests: the shared builders
// (tests/helpers/builders.ts) with this feature's defaults — Amina Otieno of Kenya with no
// recorded legal basis, the Metropolitan Institute, an undated "Academic conference".
import type {
  Iso2,
  Organisation,
  Participation,
  Person,
  PlenaryEvent,
  Relationship,
} from '@shared/domain/model';
import * as shared from '../../../helpers/builders';
import { countryName } from '@shared/reference/countries';
import type { RowLabels } from '../../../../renderer/src/features/people/peopleTable';

export const iso = (...codes: string[]) => codes as Iso2[];

export function aPerson(overrides: Partial<Person> = {}): Person {
  return shared.aPerson({
    givenName: 'Amina',
    familyName: 'Otieno',
    ...shared.unknownPerson(),
    nationalities: iso('KE'),
    residence: 'KE' as Iso2,
    stakeholderGroup: 'academia',
    ...overrides,
  });
}

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return shared.anOrganisation({
    name: 'Metropolitan Institute of Urban Studies',
    acronym: 'MIUS',
    country: null,
    ...overrides,
  });
}

export function anEvent(overrides: Partial<PlenaryEvent> = {}): PlenaryEvent {
  return shared.anEvent({
    name: 'Academic conference',
    startDate: null,
    endDate: null,
    city: '',
    country: null,
    ...overrides,
  });
}

export function aParticipation(
  person: Person,
  event: PlenaryEvent,
  overrides: Partial<Participation> = {},
): Participation {
  return shared.aParticipation({
    personId: person.id,
    eventId: event.id,
    status: 'invited',
    ...overrides,
  });
}

export function aRelationship(from: Person, to: Person | Organisation): Relationship {
  return shared.aRelationship({
    from: { type: 'person', id: from.id },
    to: 'givenName' in to ? { type: 'person', id: to.id } : { type: 'organisation', id: to.id },
  });
}

/** Row labels that show which enum was translated, with the real country names. */
export const labels: RowLabels = {
  gender: (g) => `gender:${g}`,
  stakeholderGroup: (s) => `group:${s}`,
  country: countryName,
};
