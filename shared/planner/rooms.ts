// Breakout rooms: spread an event's participants over rooms so that each room mirrors the
// whole group on gender, region and stakeholder group, people of one organisation are apart,
// and people get a topic they ranked high. A documented heuristic (greedy start, then moves and
// swaps while they lower the cost) rather than a MIP: the cost is quadratic, instances are
// small, and manual moves need an instant recomputation of the same cost.
import type { Random } from '../random';

export type RoomPerson = {
  id: string;
  /** Categories per balance dimension ("gender" → ["woman"]). */
  categories: Readonly<Record<string, readonly string[]>>;
  organisation: string | null;
  /** Topics in order of preference (rooms are matched by topic). */
  preferences: readonly string[];
};

export type Room = { id: string; topic: string | null; capacity: number };

/** Room id by person id. */
export type Assignment = Record<string, string>;

export type RoomBalance = {
  roomId: string;
  size: number;
  capacity: number;
  /** Counts per dimension and category in this room. */
  counts: Record<string, Record<string, number>>;
  /** Counts the room would have if it mirrored the whole group exactly. */
  ideal: Record<string, Record<string, number>>;
  /** Extra people sharing an organisation (two from one organisation: 1). */
  organisationClashes: number;
  /** People whose first choice is this room's topic. */
  firstChoice: number;
};

export type BalanceReport = {
  rooms: RoomBalance[];
  imbalance: number;
  clashes: number;
  preferenceCost: number;
  cost: number;
};

/** Weights of the cost terms: a clash costs as much as being one person off balance twice. */
const CLASH_WEIGHT = 2;
const PREFERENCE_WEIGHT = 0.25;

function preferenceRank(person: RoomPerson, room: Room | undefined): number {
  if (room?.topic == null) return 0;
  const k = person.preferences.indexOf(room.topic);
  return k === -1 ? person.preferences.length : k;
}

export function roomBalance(
  people: readonly RoomPerson[],
  rooms: readonly Room[],
  assignment: Readonly<Assignment>,
): BalanceReport {
  const total = people.length;
  const overall: Record<string, Record<string, number>> = {};
  for (const p of people) {
    for (const [dim, cats] of Object.entries(p.categories)) {
      const d = (overall[dim] ??= {});
      for (const c of cats) d[c] = (d[c] ?? 0) + 1;
    }
  }
  let imbalance = 0;
  let clashes = 0;
  let preferenceCost = 0;
  const byRoom = new Map(rooms.map((r) => [r.id, [] as RoomPerson[]]));
  for (const p of people) {
    const roomId = assignment[p.id];
    if (roomId !== undefined) byRoom.get(roomId)?.push(p);
    preferenceCost += preferenceRank(
      p,
      rooms.find((r) => r.id === roomId),
    );
  }
  const report = rooms.map((room): RoomBalance => {
    const members = byRoom.get(room.id) ?? [];
    const counts: Record<string, Record<string, number>> = {};
    const ideal: Record<string, Record<string, number>> = {};
    for (const [dim, cats] of Object.entries(overall)) {
      counts[dim] = {};
      ideal[dim] = {};
      for (const [cat, n] of Object.entries(cats)) {
        const actual = members.filter((m) => m.categories[dim]?.includes(cat)).length;
        const want = total === 0 ? 0 : (n * members.length) / total;
        counts[dim][cat] = actual;
        ideal[dim][cat] = Math.round(want * 100) / 100;
        imbalance += (actual - want) ** 2;
      }
    }
    const orgs = new Map<string, number>();
    for (const m of members)
      if (m.organisation !== null) orgs.set(m.organisation, (orgs.get(m.organisation) ?? 0) + 1);
    const organisationClashes = [...orgs.values()].reduce((s, n) => s + n - 1, 0);
    clashes += organisationClashes;
    const firstChoice = members.filter(
      (m) => room.topic !== null && m.preferences[0] === room.topic,
    ).length;
    return {
      roomId: room.id,
      size: members.length,
      capacity: room.capacity,
      counts,
      ideal,
      organisationClashes,
      firstChoice,
    };
  });
  const cost = imbalance + CLASH_WEIGHT * clashes + PREFERENCE_WEIGHT * preferenceCost;
  return { rooms: report, imbalance, clashes, preferenceCost, cost };
}

export class RoomCapacityError extends Error {
  constructor() {
    super('planner.rooms.errors.capacity');
    this.name = 'RoomCapacityError';
  }
}

/**
 * Assigns everyone to a room within capacities. Deterministic for a given `random`. Throws
 * RoomCapacityError when the rooms cannot hold everyone.
 */
export function assignRooms(
  people: readonly RoomPerson[],
  rooms: readonly Room[],
  random: Random,
  maxRounds = 30,
): Assignment {
  const capacity = rooms.reduce((s, r) => s + Math.max(0, r.capacity), 0);
  if (capacity < people.length) throw new RoomCapacityError();
  const assignment: Assignment = {};
  const size = new Map(rooms.map((r) => [r.id, 0]));
  const cost = () => roomBalance(people, rooms, assignment).cost;
  // Greedy start: each person (in random order) goes where the cost rises least.
  for (const p of random.shuffle(people)) {
    let best: { id: string; c: number } | null = null;
    for (const r of rooms) {
      if ((size.get(r.id) ?? 0) >= r.capacity) continue;
      assignment[p.id] = r.id;
      const c = cost();
      if (best === null || c < best.c - 1e-9) best = { id: r.id, c };
    }
    if (best === null) throw new RoomCapacityError();
    assignment[p.id] = best.id;
    size.set(best.id, (size.get(best.id) ?? 0) + 1);
  }
  // Improvement: single moves into free seats and pairwise swaps, while any lowers the cost.
  let current = cost();
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (const p of people) {
      const from = assignment[p.id];
      if (from === undefined) continue;
      for (const r of rooms) {
        if (r.id === from || (size.get(r.id) ?? 0) >= r.capacity) continue;
        assignment[p.id] = r.id;
        const c = cost();
        if (c < current - 1e-9) {
          size.set(from, (size.get(from) ?? 0) - 1);
          size.set(r.id, (size.get(r.id) ?? 0) + 1);
          current = c;
          improved = true;
          break;
        }
        assignment[p.id] = from;
      }
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i];
        const b = people[j];
        if (a === undefined || b === undefined) continue;
        const ra = assignment[a.id];
        const rb = assignment[b.id];
        if (ra === undefined || rb === undefined || ra === rb) continue;
        assignment[a.id] = rb;
        assignment[b.id] = ra;
        const c = cost();
        if (c < current - 1e-9) {
          current = c;
          improved = true;
        } else {
          assignment[a.id] = ra;
          assignment[b.id] = rb;
        }
      }
    }
    if (!improved) break;
  }
  return assignment;
}

/** A manual move: the person goes to the room (even over its capacity, which the report shows). */
export function movePerson(
  assignment: Readonly<Assignment>,
  personId: string,
  roomId: string,
): Assignment {
  return { ...assignment, [personId]: roomId };
}

/** Room lists as CSV rows (room, person id), for export; names are filled in by the caller. */
export function roomRows(
  rooms: readonly Room[],
  assignment: Readonly<Assignment>,
): { roomId: string; personId: string }[] {
  const order = new Map(rooms.map((r, i) => [r.id, i]));
  return Object.entries(assignment)
    .map(([personId, roomId]) => ({ roomId, personId }))
    .sort(
      (a, b) =>
        (order.get(a.roomId) ?? 0) - (order.get(b.roomId) ?? 0) ||
        (a.personId < b.personId ? -1 : 1),
    );
}
