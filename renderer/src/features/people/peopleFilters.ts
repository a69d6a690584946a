// The People table's filters: the shared filter model (@shared/graph/filters, the same one the
// Network view draws by) plus what only the People screen needs: chips and the event tree.
import type { EventId, Person, PlenaryEvent } from '@shared/domain/model';
import {
  countActiveFilters as countFilters,
  filterRegionOf,
  LIST_FILTERS,
  NO_FILTERS,
  personFilter,
  regionsOf,
} from '@shared/graph/filters';
import type { FilterContext, ListFilter, PersonFilters } from '@shared/graph/filters';

export { UNKNOWN_REGION } from '@shared/graph/filters';

/** The five M49 regions, in the UN Statistics Division's order. */
export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

export type PeopleFilters = PersonFilters;
export const EMPTY_FILTERS: PeopleFilters = NO_FILTERS;
export type PeopleFilterContext = FilterContext;

export const m49RegionOf = filterRegionOf;

/** The multi-valued filter dimensions, each one a list in PeopleFilters. */
export type ListDimension = ListFilter;
export type FilterDimension = keyof PeopleFilters;
export type FilterChip = { dimension: FilterDimension; value: string };

/** One chip per selected value, in the order the filter pickers show the filters. */
export function filterChips(filters: PeopleFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const dimension of LIST_FILTERS.slice(0, 5)) {
    for (const value of filters[dimension]) chips.push({ dimension, value });
  }
  if (filters.eventId !== null) chips.push({ dimension: 'eventId', value: filters.eventId });
  for (const dimension of LIST_FILTERS.slice(5)) {
    for (const value of filters[dimension]) chips.push({ dimension, value });
  }
  return chips;
}

export const countActiveFilters = countFilters;

export function withoutChip(filters: PeopleFilters, chip: FilterChip): PeopleFilters {
  if (chip.dimension === 'eventId') return { ...filters, eventId: null };
  const list = filters[chip.dimension] as readonly string[];
  return { ...filters, [chip.dimension]: list.filter((v) => v !== chip.value) };
}

/** The regions of a person's nationalities; UNKNOWN_REGION alone when none places them. */
export const regionsOfPerson = regionsOf;

/** Whether the filters look at participations (event, role, status), not only the person. */
export function needsParticipations(filters: PeopleFilters): boolean {
  return filters.eventId !== null || filters.roles.length > 0 || filters.statuses.length > 0;
}

/** A predicate for the filters (the shared model's; indexes are built once here). */
export function peopleFilterPredicate(
  filters: PeopleFilters,
  context: PeopleFilterContext,
): (person: Person) => boolean {
  return personFilter(filters, context).keep;
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
