// Who is in scope of an analysis: events with their descendant sessions, and the participations
// and people that match a population filter (statuses, roles).
import type {
  EventId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PlenaryEvent,
  WorkspaceData,
} from '../domain/model';

export type PopulationFilter = {
  /** null = every event; otherwise these events AND all their descendant sessions */
  eventIds: readonly EventId[] | null;
  /** null = any status */ statuses: readonly ParticipationStatus[] | null;
  /** null = any role */ roles: readonly ParticipationRole[] | null;
};

export const EVERYONE: PopulationFilter = { eventIds: null, statuses: null, roles: null };

/** The given events and every live event below them (a process's events and their sessions). */
export function withDescendants(
  events: readonly PlenaryEvent[],
  roots: readonly EventId[],
): Set<EventId> {
  const children = new Map<EventId, EventId[]>();
  for (const e of events) {
    if (e.deletedAt !== null || e.parentId === null) continue;
    const list = children.get(e.parentId) ?? [];
    list.push(e.id);
    children.set(e.parentId, list);
  }
  const out = new Set<EventId>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (out.has(id)) continue; // guards against a corrupt parent cycle
    out.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Whether one participation is live and matches the filter (events with descendants, statuses, roles). */
export function participationMatcher(
  events: readonly PlenaryEvent[],
  population: PopulationFilter,
): (p: Participation) => boolean {
  const eventSet =
    population.eventIds === null ? null : withDescendants(events, population.eventIds);
  const statuses = population.statuses === null ? null : new Set<string>(population.statuses);
  const roles = population.roles === null ? null : new Set<string>(population.roles);
  return (p) =>
    p.deletedAt === null &&
    (eventSet === null || eventSet.has(p.eventId)) &&
    (statuses === null || statuses.has(p.status)) &&
    (roles === null || roles.has(p.role));
}

/** Live participations that match the filter (events with descendants, statuses, roles). */
export function matchingParticipations(
  data: Pick<WorkspaceData, 'events' | 'participations'>,
  population: PopulationFilter,
): Participation[] {
  return data.participations.filter(participationMatcher(data.events, population));
}

/** True when the filter restricts nothing: the population is every live person. */
export function isEveryone(population: PopulationFilter): boolean {
  return population.eventIds === null && population.statuses === null && population.roles === null;
}

/**
 * The people in scope: live people with at least one live participation matching the filter;
 * with eventIds, statuses and roles all null: every live person (candidates or not).
 */
export function peopleInScope(data: WorkspaceData, population: PopulationFilter): Person[] {
  const live = data.people.filter((p) => p.deletedAt === null);
  if (isEveryone(population)) return live;
  const ids = new Set(matchingParticipations(data, population).map((p) => p.personId));
  return live.filter((p) => ids.has(p.id));
}
