// Test-data builders: valid records with fresh ids and sensible defaults, so that a test states
// only what matters to it — aPerson({ gender: 'woman' }).
import type {
  EventId,
  IdPrefix,
  Iso2,
  OrganisationId,
  ParticipationId,
  PersonId,
  RegionSchemeId,
  RelationshipId,
  SavedViewId,
  TargetId,
} from '@shared/domain/ids';
import { ID_PREFIXES } from '@shared/domain/ids';
import type {
  Organisation,
  Participation,
  Person,
  PlenaryEvent,
  RecordMeta,
  RegionScheme,
  Relationship,
  SavedView,
  Target,
  TargetRule,
  WorkspaceData,
} from '@shared/domain/model';
import { emptyWorkspaceData } from '@shared/domain/model';

let counter = 0;

/** A new id, unique within the test run, in the `<prefix>_<32 hex>` form the schemas accept. */
export function freshId<T extends string>(prefix: IdPrefix): T {
  counter += 1;
  return `${prefix}_${counter.toString(16).padStart(32, '0')}` as T;
}

export const BUILDER_TIMESTAMP = '2026-01-15T10:00:00.000Z';

export const iso2 = (code: string) => code as Iso2;

function meta<Id extends string>(prefix: IdPrefix): RecordMeta<Id> {
  return {
    id: freshId<Id>(prefix),
    createdAt: BUILDER_TIMESTAMP,
    updatedAt: BUILDER_TIMESTAMP,
    updatedBy: 'test',
    revision: 1,
    deletedAt: null,
  };
}

export function aPerson(overrides: Partial<Person> = {}): Person {
  const base = meta<PersonId>(ID_PREFIXES.people);
  const person: Person = {
    ...base,
    honorific: '',
    givenName: 'Test',
    familyName: `Person ${counter}`,
    gender: 'woman',
    genderSelfDescription: '',
    nationalities: [iso2('KE')],
    residence: iso2('KE'),
    stakeholderGroup: 'academia',
    affiliations: [],
    expertise: [],
    languages: ['en'],
    email: '',
    phone: '',
    consent: { basis: 'consent', date: '2026-01-15', source: 'Registration form' },
    retainUntil: null,
    notes: '',
    tags: [],
    attributes: {},
    ...overrides,
  };
  // Saves every test of a self-described person from having to invent the required text.
  if (person.gender === 'self-described' && person.genderSelfDescription === '') {
    person.genderSelfDescription = 'self-described in test';
  }
  return person;
}

/**
 * The fields of a person about whom nothing but the name is recorded — no nationality, residence,
 * stakeholder group, languages or legal basis — for tests about unknowns and missing data:
 * aPerson({ ...unknownPerson(), gender: 'unknown' }). New arrays each call, so no two people
 * share one.
 */
export function unknownPerson(): Pick<
  Person,
  'nationalities' | 'residence' | 'stakeholderGroup' | 'languages' | 'consent'
> {
  return {
    nationalities: [],
    residence: null,
    stakeholderGroup: null,
    languages: [],
    consent: { basis: null, date: null, source: '' },
  };
}

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  const base = meta<OrganisationId>(ID_PREFIXES.organisations);
  return {
    ...base,
    name: `Organisation ${counter}`,
    acronym: '',
    type: 'academia',
    country: iso2('KE'),
    parentId: null,
    website: '',
    notes: '',
    ...overrides,
  };
}

export function anEvent(overrides: Partial<PlenaryEvent> = {}): PlenaryEvent {
  const base = meta<EventId>(ID_PREFIXES.events);
  return {
    ...base,
    name: `Event ${counter}`,
    kind: 'conference',
    parentId: null,
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    city: 'Nairobi',
    country: iso2('KE'),
    mode: 'in-person',
    theme: '',
    notes: '',
    ...overrides,
  };
}

export function aParticipation(overrides: Partial<Participation> = {}): Participation {
  return {
    ...meta<ParticipationId>(ID_PREFIXES.participations),
    personId: freshId<PersonId>(ID_PREFIXES.people),
    eventId: freshId<EventId>(ID_PREFIXES.events),
    role: 'participant',
    status: 'confirmed',
    notes: '',
    ...overrides,
  };
}

export function aRelationship(overrides: Partial<Relationship> = {}): Relationship {
  return {
    ...meta<RelationshipId>(ID_PREFIXES.relationships),
    from: { type: 'person', id: freshId<PersonId>(ID_PREFIXES.people) },
    to: { type: 'person', id: freshId<PersonId>(ID_PREFIXES.people) },
    kind: 'colleague',
    label: '',
    ...overrides,
  };
}

export function aTargetRule(overrides: Partial<TargetRule> = {}): TargetRule {
  return {
    category: 'woman',
    minShare: 0.4,
    maxShare: null,
    minCount: null,
    maxCount: null,
    ...overrides,
  };
}

export function aTarget(overrides: Partial<Target> = {}): Target {
  const base = meta<TargetId>(ID_PREFIXES.targets);
  return {
    ...base,
    name: `Target ${counter}`,
    eventId: null,
    dimension: { kind: 'gender' },
    population: { statuses: ['confirmed', 'attended'], roles: [] },
    rules: [aTargetRule()],
    ...overrides,
  };
}

export function aRegionScheme(overrides: Partial<RegionScheme> = {}): RegionScheme {
  const base = meta<RegionSchemeId>(ID_PREFIXES.regionSchemes);
  return {
    ...base,
    name: `Region scheme ${counter}`,
    groups: [
      { label: 'North', countries: [iso2('DE'), iso2('SE'), iso2('CA')] },
      { label: 'South', countries: [iso2('KE'), iso2('BR'), iso2('NA')] },
    ],
    ...overrides,
  };
}

export function aSavedView(overrides: Partial<SavedView> = {}): SavedView {
  const base = meta<SavedViewId>(ID_PREFIXES.savedViews);
  return { ...base, name: `View ${counter}`, view: 'people', state: {}, ...overrides };
}

export function aWorkspace(tables: Partial<WorkspaceData> = {}): WorkspaceData {
  return { ...emptyWorkspaceData(), ...tables };
}
