// The invitation funnel of the demo: which status a participation has reached given how far the
// event is from `now`, and who declines. Women from Least Developed Countries decline far more
// often than everyone else (planted gap c): a pattern the representation analysis should surface.
import type { ParticipationId } from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type {
  Participation,
  ParticipationRole,
  ParticipationStatus,
  PlenaryEvent,
} from '../domain/model';
import type { Random } from '../random';
import type { DemoContext } from './context';
import { daysBetween } from './context';
import type { DemoPerson } from './people';

export const BASE_DECLINE_RATE = 0.12;
export const DISADVANTAGED_DECLINE_RATE = 0.45;

export function declineRate(person: DemoPerson): number {
  return person.record.gender === 'woman' && person.fromLdc
    ? DISADVANTAGED_DECLINE_RATE
    : BASE_DECLINE_RATE;
}

export type Timing = { kind: 'past' } | { kind: 'ongoing' } | { kind: 'future'; days: number };

export function timingOf(event: PlenaryEvent, today: string): Timing {
  const start = event.startDate ?? today;
  const end = event.endDate ?? start;
  if (end < today) return { kind: 'past' };
  if (start <= today) return { kind: 'ongoing' };
  return { kind: 'future', days: daysBetween(today, start) };
}

/** The status of someone who said yes: attended once the event is over. */
export function acceptedStatus(timing: Timing): ParticipationStatus {
  return timing.kind === 'past' ? 'attended' : 'confirmed';
}

/** Where one invitation stands, drawn from how far the event has progressed. */
export function funnelStatus(rng: Random, timing: Timing, declineP: number): ParticipationStatus {
  const notInvited = (): ParticipationStatus => (rng.chance(0.5) ? 'candidate' : 'shortlisted');
  switch (timing.kind) {
    case 'past':
      if (rng.chance(0.08)) return notInvited();
      if (rng.chance(declineP)) return 'declined';
      return rng.chance(0.07) ? 'no-show' : 'attended';
    case 'ongoing':
      if (rng.chance(0.05)) return notInvited();
      if (rng.chance(0.2)) return 'invited';
      if (rng.chance(declineP)) return 'declined';
      return rng.chance(0.55) ? 'attended' : 'confirmed';
    case 'future': {
      const d = timing.days;
      if (!rng.chance(d > 90 ? 0.3 : d > 30 ? 0.75 : 0.92)) return notInvited();
      if (rng.chance(d > 90 ? 0.6 : d > 30 ? 0.35 : 0.12)) return 'invited';
      return rng.chance(declineP) ? 'declined' : 'confirmed';
    }
  }
}

/** Collects participations, one per person and event. */
export class ParticipationLedger {
  readonly records: Participation[] = [];
  // Event ids per person: asked thousands of times while panels are filled.
  private readonly seen = new Map<string, Set<string>>();

  constructor(private readonly ctx: DemoContext) {}

  has(person: DemoPerson, event: PlenaryEvent): boolean {
    return this.seen.get(person.record.id)?.has(event.id) === true;
  }

  add(
    person: DemoPerson,
    event: PlenaryEvent,
    role: ParticipationRole,
    status: ParticipationStatus,
  ): boolean {
    let events = this.seen.get(person.record.id);
    if (events === undefined) {
      events = new Set();
      this.seen.set(person.record.id, events);
    }
    if (events.has(event.id)) return false;
    events.add(event.id);
    this.records.push({
      ...this.ctx.meta<ParticipationId>(ID_PREFIXES.participations, 400),
      personId: person.record.id,
      eventId: event.id,
      role,
      status,
      notes: '',
    });
    return true;
  }

  /** Invites each person through the funnel. */
  invite(
    people: readonly DemoPerson[],
    event: PlenaryEvent,
    role: (p: DemoPerson) => ParticipationRole,
  ) {
    const timing = timingOf(event, this.ctx.today);
    for (const person of people) {
      if (this.has(person, event)) continue;
      this.add(
        person,
        event,
        role(person),
        funnelStatus(this.ctx.rng, timing, declineRate(person)),
      );
    }
  }
}

/** Up to `count` distinct people, each drawn with probability proportional to its weight. */
export function weightedSample(
  rng: Random,
  pool: readonly DemoPerson[],
  count: number,
  weight: (p: DemoPerson) => number,
): DemoPerson[] {
  // Efraimidis–Spirakis: sort by u^(1/w), one pass instead of repeated weighted picks.
  return pool
    .map((p) => ({ p, w: weight(p) }))
    .filter(({ w }) => w > 0)
    .map(({ p, w }) => ({ p, key: Math.pow(rng.next(), 1 / w) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map(({ p }) => p);
}

export type PanelSpec = {
  role: ParticipationRole;
  seats: number;
  /** Draw only men: the all-male panel planted for the analysis to find. */
  menOnly?: boolean;
  /** The first seat goes to someone who is not a man, so that the panel is not all-male. */
  seatANonMan?: boolean;
  /** People kept on the list after the seats are filled. */
  reserves?: number;
};

/**
 * Fills podium seats the way a secretariat does: invite in order of preference, record the
 * declines, keep going until the seats are taken, and keep a few names in reserve.
 */
export function fillPanel(
  ledger: ParticipationLedger,
  ctx: DemoContext,
  event: PlenaryEvent,
  ranked: readonly DemoPerson[],
  spec: PanelSpec,
): DemoPerson[] {
  const accepted = acceptedStatus(timingOf(event, ctx.today));
  const candidates =
    spec.menOnly === true ? ranked.filter((p) => p.record.gender === 'man') : ranked;
  const seated: DemoPerson[] = [];
  const tryToSeat = (person: DemoPerson): boolean => {
    if (ledger.has(person, event)) return false;
    if (ctx.rng.chance(declineRate(person))) {
      ledger.add(person, event, spec.role, 'declined');
      return false;
    }
    ledger.add(person, event, spec.role, accepted);
    seated.push(person);
    return true;
  };
  if (spec.seatANonMan === true) {
    for (const person of candidates) {
      if (person.record.gender !== 'man' && tryToSeat(person)) break;
    }
  }
  for (const person of candidates) {
    if (seated.length >= spec.seats) break;
    tryToSeat(person);
  }
  let reserves = spec.reserves ?? 1;
  for (const person of candidates) {
    if (reserves <= 0) break;
    if (ledger.has(person, event)) continue;
    ledger.add(person, event, spec.role, ctx.rng.chance(0.5) ? 'shortlisted' : 'candidate');
    reserves--;
  }
  return seated;
}
