// Which people the Network view draws: the People table's filters (event, role, status, gender,
// region, stakeholder group, organisation) as a pure predicate over a workspace. Within one
// filter any value matches (OR); across filters every active one must match (AND).
import type {
  EventId,
  Gender,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PersonId,
  RegionScheme,
  StakeholderGroup,
  WorkspaceData,
} from '../domain/model';
import { regionOf } from '../reference/regions';

/** The region of a person none of whose nationalities the scheme places. */
export const UNKNOWN_REGION = 'unknown';

export type GraphFilters = {
  /** An event also matches the participations in its sessions. */
  eventId: EventId | null;
  roles: readonly ParticipationRole[];
  statuses: readonly ParticipationStatus[];
  genders: readonly Gender[];
  /** Region labels under the view's region scheme, or UNKNOWN_REGION. */
  regions: readonly string[];
  stakeholderGroups: readonly StakeholderGroup[];
  /** An organisation also matches the people of its child organisations. */
  organisations: readonly OrganisationId[];
};

export const NO_GRAPH_FILTERS: GraphFilters = {
  eventId: null,
  roles: [],
  statuses: [],
  genders: [],
  regions: [],
  stakeholderGroups: [],
  organisations: [],
};

export function hasActiveFilters(filters: GraphFilters): boolean {
  return (
    filters.eventId !== null ||
    filters.roles.length > 0 ||
    filters.statuses.length > 0 ||
    filters.genders.length > 0 ||
    filters.regions.length > 0 ||
    filters.stakeholderGroups.length > 0 ||
    filters.organisations.length > 0
  );
}

/** A region scheme: a built-in key ('m49-region'…) or a user-defined scheme's id. */
export type SchemeChoice = { key: string; custom: readonly RegionScheme[] };

/** The regions of a person's nationalities under a scheme; UNKNOWN_REGION alone when none. */
export function personRegions(
  person: Pick<Person, 'nationalities'>,
  scheme: SchemeChoice,
): string[] {
  const out = new Set<string>();
  for (const iso2 of person.nationalities) {
    const region = regionOf(scheme.key, iso2, scheme.custom);
    if (region !== null) out.add(region);
  }
  return out.size === 0 ? [UNKNOWN_REGION] : [...out];
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

export type FilterResult = {
  people: Set<PersonId>;
  /** Whether a participation passes the event/role/status filters (drawn as an edge). */
  participationMatches: (p: Participation) => boolean;
};

/** The live people the filters keep, and which participations count. */
export function applyGraphFilters(
  workspace: Pick<WorkspaceData, 'people' | 'organisations' | 'events' | 'participations'>,
  filters: GraphFilters,
  scheme: SchemeChoice,
): FilterResult {
  const events =
    filters.eventId === null
      ? null
      : descendantsOf(
          workspace.events.filter((e) => e.deletedAt === null),
          [filters.eventId],
        );
  const roles = filters.roles.length > 0 ? new Set<string>(filters.roles) : null;
  const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
  const participationMatches = (p: Participation): boolean =>
    p.deletedAt === null &&
    (events === null || events.has(p.eventId)) &&
    (roles === null || roles.has(p.role)) &&
    (statuses === null || statuses.has(p.status));

  const tests: ((p: Person) => boolean)[] = [];
  if (events !== null || roles !== null || statuses !== null) {
    // The event, role and status must hold for one and the same participation.
    const matching = new Set<PersonId>();
    for (const part of workspace.participations) {
      if (participationMatches(part)) matching.add(part.personId);
    }
    tests.push((p) => matching.has(p.id));
  }
  if (filters.genders.length > 0) {
    const genders = new Set<string>(filters.genders);
    tests.push((p) => genders.has(p.gender));
  }
  if (filters.regions.length > 0) {
    const regions = new Set(filters.regions);
    tests.push((p) => personRegions(p, scheme).some((r) => regions.has(r)));
  }
  if (filters.stakeholderGroups.length > 0) {
    const groups = new Set<string>(filters.stakeholderGroups);
    tests.push((p) => p.stakeholderGroup !== null && groups.has(p.stakeholderGroup));
  }
  if (filters.organisations.length > 0) {
    const orgs = descendantsOf(
      workspace.organisations.filter((o) => o.deletedAt === null),
      filters.organisations,
    );
    tests.push((p) => p.affiliations.some((a) => orgs.has(a.organisationId)));
  }

  const people = new Set<PersonId>();
  for (const person of workspace.people) {
    if (person.deletedAt === null && tests.every((test) => test(person))) people.add(person.id);
  }
  return { people, participationMatches };
}
