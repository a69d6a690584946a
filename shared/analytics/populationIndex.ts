// Who took part in what, as numbers: built once per data change and shared by the analyses of
// one screen. Finding who is in scope joins 150,000 participations to 50,000 people by their
// string ids; an analysis that does it alone costs about as much as a plain counting loop (a
// tenth of a second at that size here). With the join done once into typed arrays, each
// analysis finds its population in a pass over small integers: the Representation screen runs
// several per change (the distribution, its benchmark, …) and a change of dimension or filter
// none of the join again.
import type { EventId, WorkspaceData } from '../domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES } from '../domain/model';
import type { PopulationFilter } from './scope';
import { isEveryone, withDescendants } from './scope';

type Indexed = Pick<WorkspaceData, 'people' | 'participations' | 'events'>;

export type PopulationIndex = {
  /** The records it was built from: analyses of any other arrays do not use it. */
  readonly source: Indexed;
  /** Per participation, in data order: its person's position in `people`; -1 when deleted or dangling. */
  readonly person: Int32Array;
  /** Per participation: its event's position in `events`, -1 when not among them. */
  readonly event: Int32Array;
  /** Per participation: the status's position in PARTICIPATION_STATUSES (UNKNOWN_CODE otherwise). */
  readonly status: Uint8Array;
  /** Per participation: the role's position in PARTICIPATION_ROLES (UNKNOWN_CODE otherwise). */
  readonly role: Uint8Array;
};

const UNKNOWN_CODE = 255;

function codes(values: readonly string[]): Map<string, number> {
  return new Map(values.map((v, i) => [v, i]));
}
const STATUS_CODES = codes(PARTICIPATION_STATUSES);
const ROLE_CODES = codes(PARTICIPATION_ROLES);

export function buildPopulationIndex(data: Indexed): PopulationIndex {
  const peopleAt = new Map<string, number>();
  data.people.forEach((p, i) => peopleAt.set(p.id, i));
  const eventsAt = new Map<string, number>();
  data.events.forEach((e, i) => eventsAt.set(e.id, i));
  const n = data.participations.length;
  const person = new Int32Array(n);
  const event = new Int32Array(n);
  const status = new Uint8Array(n);
  const role = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = data.participations[i];
    if (p === undefined) continue;
    person[i] = p.deletedAt === null ? (peopleAt.get(p.personId) ?? -1) : -1;
    event[i] = eventsAt.get(p.eventId) ?? -1;
    status[i] = STATUS_CODES.get(p.status) ?? UNKNOWN_CODE;
    role[i] = ROLE_CODES.get(p.role) ?? UNKNOWN_CODE;
  }
  return { source: data, person, event, status, role };
}

/** Whether `index` was built from exactly these arrays (the data did not change since). */
export function indexFits(
  index: PopulationIndex | undefined,
  data: Indexed,
): index is PopulationIndex {
  return (
    index !== undefined &&
    index.source.people === data.people &&
    index.source.participations === data.participations &&
    index.source.events === data.events
  );
}

function allowed(all: readonly string[], chosen: readonly string[] | null): Uint8Array | null {
  if (chosen === null) return null;
  const mask = new Uint8Array(UNKNOWN_CODE + 1);
  const wanted = new Set(chosen);
  all.forEach((value, i) => {
    if (wanted.has(value)) mask[i] = 1;
  });
  return mask;
}

/**
 * The people in scope of `population` as a mask over `people` (1: has a live participation
 * matching the filter), or null when the filter restricts nothing. The people's own deletion
 * is left to the caller, as with participationMatcher.
 */
export function scopeMask(index: PopulationIndex, population: PopulationFilter): Uint8Array | null {
  if (isEveryone(population)) return null;
  const { source } = index;
  const eventIds =
    population.eventIds === null ? null : withDescendants(source.events, population.eventIds);
  let events: Uint8Array | null = null;
  if (eventIds !== null) {
    const marks = new Uint8Array(source.events.length);
    source.events.forEach((e, i) => {
      if (eventIds.has(e.id)) marks[i] = 1;
    });
    events = marks;
  }
  const statuses = allowed(PARTICIPATION_STATUSES, population.statuses);
  const roles = allowed(PARTICIPATION_ROLES, population.roles);
  const mask = new Uint8Array(source.people.length);
  const { person, event, status, role } = index;
  for (let i = 0; i < person.length; i++) {
    const who = person[i] ?? -1;
    if (who < 0) continue;
    if (statuses !== null && statuses[status[i] ?? UNKNOWN_CODE] !== 1) continue;
    if (roles !== null && roles[role[i] ?? UNKNOWN_CODE] !== 1) continue;
    if (events !== null) {
      const at = event[i] ?? -1;
      // An event id not among the events (a filter root that is not stored) still matches by id.
      const inScope =
        at >= 0
          ? events[at] === 1
          : eventIds?.has(source.participations[i]?.eventId as EventId) === true;
      if (!inScope) continue;
    }
    mask[who] = 1;
  }
  return mask;
}
