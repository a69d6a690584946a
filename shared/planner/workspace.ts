// From a workspace to a plan problem: who is in the pool for an event, who is fixed in or out,
// what each person counts as, and the event's targets as quotas for a number of seats.
import { valuesOf, type ValueContext } from '../analytics/dimensions';
import type {
  Dimension,
  EventId,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationStatus,
  Person,
  PlenaryEvent,
  StakeholderGroup,
  Target,
  WorkspaceData,
} from '../domain/model';
import { invitationOutcome, type Outcome } from './acceptance';
import { sharesToCounts } from './plan';
import type { PlanCandidate, PlanProblem, Quota } from './types';

/** 'none': people not yet in the event. */
export type PoolStatus = ParticipationStatus | 'none';

export type PoolFilter = {
  /** Status in this event (any when empty). */
  statuses: readonly PoolStatus[];
  tags: readonly string[];
  expertise: readonly string[];
  stakeholderGroups: readonly StakeholderGroup[];
};

export type Priority =
  | { kind: 'equal' }
  /** A 1–5 rating kept in a custom attribute (missing or unreadable: 1). */
  | { kind: 'attribute'; key: string }
  /** 1 + the number of these expertise themes the person has, up to 5. */
  | { kind: 'expertise'; themes: readonly string[] };

export type QuotaSpec = {
  dimension: Dimension;
  category: string;
  min: number | null;
  max: number | null;
};

export type PlannerSetup = {
  eventId: EventId;
  seats: number;
  pool: PoolFilter;
  quotas: readonly QuotaSpec[];
  maxPerOrganisation: number | null;
  maxPerCountry: number | null;
  priority: Priority;
  /** People fixed in or out by hand, on top of the event's confirmed (in) and declined (out). */
  fixedIn: readonly string[];
  excluded: readonly string[];
  /** Exceptions to the shared limits for one organisation (by id) or country (ISO code). */
  organisationLimits?: Readonly<Record<string, number>>;
  countryLimits?: Readonly<Record<string, number>>;
};

export const EMPTY_POOL: PoolFilter = {
  statuses: [],
  tags: [],
  expertise: [],
  stakeholderGroups: [],
};

/** Statuses that hold a seat already, and statuses that rule a person out of this event. */
export const SEATED: readonly ParticipationStatus[] = ['confirmed', 'attended'];
export const RULED_OUT: readonly ParticipationStatus[] = ['declined', 'no-show'];

/** The key a dimension has in plan problems: 'gender', 'nationality:m49-region', 'attribute:age'. */
export function dimensionKey(d: Dimension): string {
  switch (d.kind) {
    case 'nationality':
    case 'residence':
      return `${d.kind}:${d.scheme}`;
    case 'attribute':
      return `attribute:${d.key}`;
    default:
      return d.kind;
  }
}

export function priorityOf(person: Person, priority: Priority): number {
  switch (priority.kind) {
    case 'equal':
      return 1;
    case 'attribute': {
      const n = Number.parseFloat(person.attributes[priority.key] ?? '');
      return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 1;
    }
    case 'expertise': {
      const mine = new Set(person.expertise.map((e) => e.toLowerCase()));
      return Math.min(5, 1 + priority.themes.filter((t) => mine.has(t.toLowerCase())).length);
    }
  }
}

function primaryOrganisation(person: Person): OrganisationId | null {
  return (
    (person.affiliations.find((a) => a.primary) ?? person.affiliations[0])?.organisationId ?? null
  );
}

export function statusIn(
  participations: readonly Participation[],
  personId: string,
  eventId: EventId,
): PoolStatus {
  return (
    participations.find(
      (p) => p.personId === personId && p.eventId === eventId && p.deletedAt === null,
    )?.status ?? 'none'
  );
}

export function inPool(person: Person, status: PoolStatus, pool: PoolFilter): boolean {
  if (pool.statuses.length > 0 && !pool.statuses.includes(status)) return false;
  if (pool.tags.length > 0 && !person.tags.some((t) => pool.tags.includes(t))) return false;
  if (pool.expertise.length > 0 && !person.expertise.some((e) => pool.expertise.includes(e)))
    return false;
  if (
    pool.stakeholderGroups.length > 0 &&
    (person.stakeholderGroup === null || !pool.stakeholderGroups.includes(person.stakeholderGroup))
  ) {
    return false;
  }
  return true;
}

/** The event and its ancestors, nearest first: targets of a parent apply to its children. */
export function eventLineage(events: readonly PlenaryEvent[], eventId: EventId): PlenaryEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: PlenaryEvent[] = [];
  let current = byId.get(eventId);
  while (current !== undefined && !out.includes(current)) {
    out.push(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return out;
}

/**
 * The event's targets (its own first, then its ancestors', then workspace-wide ones) as quota
 * specs for `seats`: shares become counts (at least ⌈share·seats⌉). The first rule for a
 * category wins, so the nearest scope decides. Targets counting only speakers are left out:
 * the planner fills seats, not roles.
 */
export function quotasFromTargets(
  targets: readonly Target[],
  events: readonly PlenaryEvent[],
  eventId: EventId,
  seats: number,
): QuotaSpec[] {
  const scopes = [...eventLineage(events, eventId).map((e) => e.id as EventId | null), null];
  const out: QuotaSpec[] = [];
  for (const scope of scopes) {
    for (const target of targets) {
      if (
        target.deletedAt !== null ||
        target.eventId !== scope ||
        target.population.roles.length > 0
      )
        continue;
      for (const rule of target.rules) {
        const key = dimensionKey(target.dimension);
        if (out.some((q) => dimensionKey(q.dimension) === key && q.category === rule.category))
          continue;
        const shares = sharesToCounts(rule.minShare, rule.maxShare, seats);
        const min = rule.minCount ?? shares.min;
        const max = rule.maxCount ?? shares.max;
        out.push({ dimension: target.dimension, category: rule.category, min, max });
      }
    }
  }
  return out;
}

export type BuiltProblem = { problem: PlanProblem; people: ReadonlyMap<string, Person> };

/** The plan problem of a setup over a workspace. Pure: the same data gives the same problem. */
export function buildProblem(data: WorkspaceData, setup: PlannerSetup): BuiltProblem {
  const organisations = new Map<OrganisationId, Organisation>(
    data.organisations.map((o) => [o.id, o]),
  );
  const ctx: ValueContext = {
    organisations,
    customSchemes: data.regionSchemes,
    participationsByPerson: new Map(),
  };
  const dims = new Map<string, Dimension>();
  for (const q of setup.quotas) dims.set(dimensionKey(q.dimension), q.dimension);
  dims.set('gender', { kind: 'gender' });
  dims.set('nationality:m49-region', { kind: 'nationality', scheme: 'm49-region' });
  dims.set('stakeholder-group', { kind: 'stakeholder-group' });
  const people = new Map<string, Person>();
  const candidates: PlanCandidate[] = [];
  const live = data.people.filter((p) => p.deletedAt === null);
  live.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const person of live) {
    const status = statusIn(data.participations, person.id, setup.eventId);
    const fixedIn =
      setup.fixedIn.includes(person.id) || SEATED.includes(status as ParticipationStatus);
    const excluded =
      setup.excluded.includes(person.id) || RULED_OUT.includes(status as ParticipationStatus);
    if (!fixedIn && !inPool(person, status, setup.pool)) continue;
    people.set(person.id, person);
    const categories: Record<string, string[]> = {};
    for (const [key, dimension] of dims) categories[key] = valuesOf(person, dimension, ctx);
    candidates.push({
      id: person.id,
      categories,
      priority: priorityOf(person, setup.priority),
      organisation: primaryOrganisation(person),
      country: person.nationalities[0] ?? null,
      fixed: excluded && !setup.fixedIn.includes(person.id) ? 'out' : fixedIn ? 'in' : null,
    });
  }
  const quotas: Quota[] = setup.quotas.map((q) => ({
    dimension: dimensionKey(q.dimension),
    category: q.category,
    min: q.min,
    max: q.max,
  }));
  return {
    problem: {
      candidates,
      seats: setup.seats,
      quotas,
      maxPerOrganisation: setup.maxPerOrganisation,
      maxPerCountry: setup.maxPerCountry,
      ...(setup.organisationLimits === undefined
        ? {}
        : { organisationLimits: setup.organisationLimits }),
      ...(setup.countryLimits === undefined ? {} : { countryLimits: setup.countryLimits }),
    },
    people,
  };
}

/**
 * Every answered invitation in the workspace (confirmed, attended or no-show: accepted;
 * declined: not), with the invitee's categories in each dimension, for acceptance rates.
 */
export function acceptanceOutcomes(
  data: WorkspaceData,
  dimensions: readonly Dimension[],
): Outcome[] {
  const ctx: ValueContext = {
    organisations: new Map(data.organisations.map((o) => [o.id, o])),
    customSchemes: data.regionSchemes,
    participationsByPerson: new Map(),
  };
  const byId = new Map(data.people.filter((p) => p.deletedAt === null).map((p) => [p.id, p]));
  const categoriesOf = new Map<string, Record<string, string[]>>();
  const out: Outcome[] = [];
  for (const participation of data.participations) {
    if (participation.deletedAt !== null) continue;
    const accepted = invitationOutcome(participation.status);
    const person = byId.get(participation.personId);
    if (accepted === null || person === undefined) continue;
    let categories = categoriesOf.get(person.id);
    if (categories === undefined) {
      categories = {};
      for (const d of dimensions) categories[dimensionKey(d)] = valuesOf(person, d, ctx);
      categoriesOf.set(person.id, categories);
    }
    out.push({ categories, accepted });
  }
  return out;
}
