// The one filter model of the People table and the Network view (event, role, status, gender,
// nationality, region, stakeholder group, organisation) as pure predicates over a workspace.
// Within one filter any value matches (OR); across filters every active one must match (AND).
// The event, role and status must hold for one and the same participation.
import type {
  EventId,
  Gender,
  Iso2,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PersonId,
  PlenaryEvent,
  RegionScheme,
  StakeholderGroup,
  WorkspaceData,
} from '../domain/model';
import { regionOf } from '../reference/regions';

/** The region of a person none of whose nationalities the scheme places. */
export const UNKNOWN_REGION = 'unknown';

/**
 * The region scheme of the region filter, the same on both screens so that a filter set on one
 * means the same on the other. (The Network view's own scheme only decides which region nodes it
 * draws.)
 */
export const FILTER_REGION_SCHEME = 'm49-region';
export const filterRegionOf = (iso2: string): string | null => regionOf(FILTER_REGION_SCHEME, iso2);

export type PersonFilters = {
  /** An event also matches the participations in its sessions. */
  eventId: EventId | null;
  roles: readonly ParticipationRole[];
  /** With eventId: the status in that event; without: any participation's status. */
  statuses: readonly ParticipationStatus[];
  genders: readonly Gender[];
  nationalities: readonly Iso2[];
  /** Region labels under FILTER_REGION_SCHEME, or UNKNOWN_REGION. */
  regions: readonly string[];
  stakeholderGroups: readonly StakeholderGroup[];
  /** An organisation also matches the people of its child organisations. */
  organisations: readonly OrganisationId[];
};
/** The Network view's name for the shared model. */
export type GraphFilters = PersonFilters;

export const NO_FILTERS: PersonFilters = {
  eventId: null,
  roles: [],
  statuses: [],
  genders: [],
  nationalities: [],
  regions: [],
  stakeholderGroups: [],
  organisations: [],
};
export const NO_GRAPH_FILTERS = NO_FILTERS;

/** The multi-valued dimensions, in the order the filter pickers show them. */
export const LIST_FILTERS = [
  'genders',
  'nationalities',
  'regions',
  'stakeholderGroups',
  'organisations',
  'roles',
  'statuses',
] as const satisfies readonly Exclude<keyof PersonFilters, 'eventId'>[];
export type ListFilter = (typeof LIST_FILTERS)[number];

/** How many values are chosen across all filters (an event counts as one). */
export function countActiveFilters(filters: PersonFilters): number {
  let count = filters.eventId === null ? 0 : 1;
  for (const key of LIST_FILTERS) count += filters[key].length;
  return count;
}

export function hasActiveFilters(filters: PersonFilters): boolean {
  return countActiveFilters(filters) > 0;
}

/** A region scheme: a built-in key ('m49-region'…) or a user-defined scheme's id. */
export type SchemeChoice = { key: string; custom: readonly RegionScheme[] };

/** The regions of a person's nationalities under a scheme; UNKNOWN_REGION alone when none. */
export function personRegions(
  person: Pick<Person, 'nationalities'>,
  scheme: SchemeChoice,
): string[] {
  return regionsOf(person, (iso2) => regionOf(scheme.key, iso2, scheme.custom));
}

/** The ids of `rootIds` and of everything below them in a parent → children hierarchy. */
export function descendantsOf<Id extends string>(
  items: readonly { id: Id; parentId: Id | null }[],
  rootIds: readonly Id[],
): Set<Id> {
  const children = new Map<Id, Id[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    const list = children.get(item.parentId) ?? [];
    list.push(item.id);
    children.set(item.parentId, list);
  }
  const out = new Set<Id>();
  const stack = [...rootIds];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The regions of a person's nationalities under a lookup; UNKNOWN_REGION alone when none. */
export function regionsOf(
  person: Pick<Person, 'nationalities'>,
  lookup: (iso2: string) => string | null,
): string[] {
  const out = new Set<string>();
  for (const iso2 of person.nationalities) {
    const region = lookup(iso2);
    if (region !== null) out.add(region);
  }
  return out.size === 0 ? [UNKNOWN_REGION] : [...out];
}

export type FilterContext = {
  participations: readonly Participation[];
  organisations: readonly { id: OrganisationId; parentId: OrganisationId | null }[];
  events: readonly Pick<PlenaryEvent, 'id' | 'parentId'>[];
  /** The region of a country (ISO alpha-2) for the region filter, or null when it has none. */
  regionOf: (iso2: string) => string | null;
};

export type PersonFilter = {
  keep: (person: Person) => boolean;
  /** Whether a participation passes the event, role and status filters (drawn as an edge). */
  participationMatches: (p: Participation) => boolean;
};

/**
 * The filters as predicates. Indexes (participations by person, descendants of the chosen event
 * and organisations) are built once here, so testing each person is cheap.
 */
export function personFilter(filters: PersonFilters, context: FilterContext): PersonFilter {
  const events = filters.eventId === null ? null : descendantsOf(context.events, [filters.eventId]);
  const roles = filters.roles.length > 0 ? new Set<string>(filters.roles) : null;
  const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
  const participationMatches = (p: Participation): boolean =>
    p.deletedAt === null &&
    (events === null || events.has(p.eventId)) &&
    (roles === null || roles.has(p.role)) &&
    (statuses === null || statuses.has(p.status));

  const tests: ((p: Person) => boolean)[] = [];
  if (filters.genders.length > 0) {
    const genders = new Set<string>(filters.genders);
    tests.push((p) => genders.has(p.gender));
  }
  if (filters.nationalities.length > 0) {
    const countries = new Set<string>(filters.nationalities);
    tests.push((p) => p.nationalities.some((n) => countries.has(n)));
  }
  if (filters.regions.length > 0) {
    const regions = new Set(filters.regions);
    tests.push((p) => regionsOf(p, context.regionOf).some((r) => regions.has(r)));
  }
  if (filters.stakeholderGroups.length > 0) {
    const groups = new Set<string>(filters.stakeholderGroups);
    tests.push((p) => p.stakeholderGroup !== null && groups.has(p.stakeholderGroup));
  }
  if (filters.organisations.length > 0) {
    const orgs = descendantsOf(context.organisations, filters.organisations);
    tests.push((p) => p.affiliations.some((a) => orgs.has(a.organisationId)));
  }
  if (events !== null || roles !== null || statuses !== null) {
    const matching = new Set<PersonId>();
    for (const part of context.participations) {
      if (participationMatches(part)) matching.add(part.personId);
    }
    tests.push((p) => matching.has(p.id));
  }
  return { keep: (person) => tests.every((test) => test(person)), participationMatches };
}

export type FilterResult = {
  people: Set<PersonId>;
  participationMatches: (p: Participation) => boolean;
};

/** The live people the filters keep in a workspace, and which participations count. */
export function applyGraphFilters(
  workspace: Pick<WorkspaceData, 'people' | 'organisations' | 'events' | 'participations'>,
  filters: PersonFilters,
): FilterResult {
  const { keep, participationMatches } = personFilter(filters, {
    participations: workspace.participations,
    organisations: workspace.organisations.filter((o) => o.deletedAt === null),
    events: workspace.events.filter((e) => e.deletedAt === null),
    regionOf: filterRegionOf,
  });
  const people = new Set<PersonId>();
  for (const person of workspace.people) {
    if (person.deletedAt === null && keep(person)) people.add(person.id);
  }
  return { people, participationMatches };
}
