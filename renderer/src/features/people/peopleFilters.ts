// The people filters as a pure view-model: the People table uses them now, the Network view will
// reuse them to pick which people it draws. Within one filter any value matches (OR); across
// filters every active one must match (AND).
import type {
  EventId,
  Gender,
  Iso2,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationStatus,
  Person,
  PersonId,
  PlenaryEvent,
  StakeholderGroup,
} from '@shared/domain/model';
import { regionOf } from '@shared/reference/regions';

/** The five M49 regions, in the UN Statistics Division's order. */
export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
/** The region of a person none of whose nationalities places them in a region. */
export const UNKNOWN_REGION = 'unknown';

export type PeopleFilters = {
  genders: readonly Gender[];
  nationalities: readonly Iso2[];
  /** M49 region names, or UNKNOWN_REGION. */
  regions: readonly string[];
  stakeholderGroups: readonly StakeholderGroup[];
  /** An organisation also matches the people of its child organisations. */
  organisations: readonly OrganisationId[];
  /** An event also matches the participations in its sessions. */
  eventId: EventId | null;
  /** With eventId: the status in that event; without: any participation's status. */
  statuses: readonly ParticipationStatus[];
};

export const EMPTY_FILTERS: PeopleFilters = {
  genders: [],
  nationalities: [],
  regions: [],
  stakeholderGroups: [],
  organisations: [],
  eventId: null,
  statuses: [],
};

export type PeopleFilterContext = {
  participations: readonly Participation[];
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
  /** The region of a country (ISO alpha-2), or null when it has none. */
  regionOf: (iso2: string) => string | null;
};

export const m49RegionOf = (iso2: string): string | null => regionOf('m49-region', iso2);

/** The multi-valued filter dimensions, each one a list in PeopleFilters. */
export type ListDimension = Exclude<keyof PeopleFilters, 'eventId'>;
export type FilterDimension = keyof PeopleFilters;
export type FilterChip = { dimension: FilterDimension; value: string };

const LIST_DIMENSIONS: readonly ListDimension[] = [
  'genders',
  'nationalities',
  'regions',
  'stakeholderGroups',
  'organisations',
  'statuses',
];

/** One chip per selected value, in the order the filter bar shows the filters. */
export function filterChips(filters: PeopleFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const dimension of LIST_DIMENSIONS.slice(0, 5)) {
    for (const value of filters[dimension]) chips.push({ dimension, value });
  }
  if (filters.eventId !== null) chips.push({ dimension: 'eventId', value: filters.eventId });
  for (const value of filters.statuses) chips.push({ dimension: 'statuses', value });
  return chips;
}

export function countActiveFilters(filters: PeopleFilters): number {
  return filterChips(filters).length;
}

export function withoutChip(filters: PeopleFilters, chip: FilterChip): PeopleFilters {
  if (chip.dimension === 'eventId') return { ...filters, eventId: null };
  const list = filters[chip.dimension] as readonly string[];
  return { ...filters, [chip.dimension]: list.filter((v) => v !== chip.value) };
}

/** The ids of `rootIds` and of everything below them in a parent → children hierarchy. */
export function withDescendants<Id extends string>(
  items: readonly { id: Id; parentId: Id | null }[],
  rootIds: readonly Id[],
): Set<Id> {
  const children = new Map<Id, Id[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    const list = children.get(item.parentId);
    if (list) list.push(item.id);
    else children.set(item.parentId, [item.id]);
  }
  const out = new Set<Id>();
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop() as Id;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The regions of a person's nationalities; UNKNOWN_REGION alone when none places them. */
export function regionsOfPerson(
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

/**
 * A predicate for the filters. Indexes (participations by person, descendants of the chosen
 * event and organisations) are built once here, so testing each person is cheap.
 */
export function peopleFilterPredicate(
  filters: PeopleFilters,
  context: PeopleFilterContext,
): (person: Person) => boolean {
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
    tests.push((p) => regionsOfPerson(p, context.regionOf).some((r) => regions.has(r)));
  }
  if (filters.stakeholderGroups.length > 0) {
    const groups = new Set<string>(filters.stakeholderGroups);
    tests.push((p) => p.stakeholderGroup !== null && groups.has(p.stakeholderGroup));
  }
  if (filters.organisations.length > 0) {
    const orgs = withDescendants(context.organisations, filters.organisations);
    tests.push((p) => p.affiliations.some((a) => orgs.has(a.organisationId)));
  }
  if (filters.eventId !== null || filters.statuses.length > 0) {
    const events =
      filters.eventId === null ? null : withDescendants(context.events, [filters.eventId]);
    const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
    const matching = new Set<PersonId>();
    for (const part of context.participations) {
      if (part.deletedAt !== null) continue;
      if (events !== null && !events.has(part.eventId)) continue;
      if (statuses !== null && !statuses.has(part.status)) continue;
      matching.add(part.personId);
    }
    tests.push((p) => matching.has(p.id));
  }

  return (person) => tests.every((test) => test(person));
}

export function filterPeople<T extends Person>(
  people: readonly T[],
  filters: PeopleFilters,
  context: PeopleFilterContext,
): T[] {
  const keep = peopleFilterPredicate(filters, context);
  return people.filter(keep);
}

export type EventOption = { id: EventId; name: string; depth: number; kind: PlenaryEvent['kind'] };

/**
 * Events in tree order (a process, its events, their sessions), each level by start date then
 * name, with its depth for indentation in a select.
 */
export function eventTree(events: readonly PlenaryEvent[], locale = 'en'): EventOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const ids = new Set(events.map((e) => e.id));
  const children = new Map<EventId | null, PlenaryEvent[]>();
  for (const e of events) {
    // An event whose parent is gone is shown at the top rather than lost.
    const parent = e.parentId !== null && ids.has(e.parentId) ? e.parentId : null;
    const list = children.get(parent);
    if (list) list.push(e);
    else children.set(parent, [e]);
  }
  const order = (a: PlenaryEvent, b: PlenaryEvent) =>
    (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff') ||
    collator.compare(a.name, b.name);
  const out: EventOption[] = [];
  const visit = (parent: EventId | null, depth: number) => {
    for (const e of [...(children.get(parent) ?? [])].sort(order)) {
      out.push({ id: e.id, name: e.name, depth, kind: e.kind });
      visit(e.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
