// Breakout rooms: the heuristic respects capacities, beats random assignment on balance, and
// manual moves change the reported balance.
import { describe, expect, it } from 'vitest';
import { createRandom } from '@shared/random';
import { assignRooms, movePerson, roomBalance, roomRows } from '@shared/planner/rooms';
import type { Assignment, Room, RoomPerson } from '@shared/planner/rooms';

const TOPICS = ['housing', 'mobility', 'data'];

function people(n: number, seed: number): RoomPerson[] {
  const rng = createRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    categories: {
      gender: [
        rng.weighted([
          ['woman', 0.45],
          ['man', 0.5],
          ['unknown', 0.05],
        ] as const),
      ],
      region: [rng.pick(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'])],
      stakeholder: [
        rng.pick(['academia', 'civil-society', 'private-sector', 'local-regional-government']),
      ],
    },
    organisation: `org${rng.int(0, Math.floor(n / 3))}`,
    preferences: rng.shuffle(TOPICS),
  }));
}

const rooms: Room[] = [
  { id: 'r1', topic: 'housing', capacity: 14 },
  { id: 'r2', topic: 'mobility', capacity: 14 },
  { id: 'r3', topic: 'data', capacity: 14 },
];

function randomAssignment(ps: readonly RoomPerson[], seed: number): Assignment {
  const rng = createRandom(seed);
  const seats = rng.shuffle(rooms.flatMap((r) => Array.from({ length: r.capacity }, () => r.id)));
  return Object.fromEntries(ps.map((p, i) => [p.id, seats[i] ?? 'r1']));
}

describe('assignRooms', () => {
  const group = people(39, 3);

  it('places everyone within the capacities', () => {
    const a = assignRooms(group, rooms, createRandom(1));
    expect(Object.keys(a).sort()).toEqual(group.map((p) => p.id).sort());
    const report = roomBalance(group, rooms, a);
    for (const r of report.rooms) expect(r.size).toBeLessThanOrEqual(r.capacity);
  });

  it('balances better than any of 20 random assignments', () => {
    const a = assignRooms(group, rooms, createRandom(1));
    const ours = roomBalance(group, rooms, a);
    for (let s = 0; s < 20; s++) {
      const theirs = roomBalance(group, rooms, randomAssignment(group, 100 + s));
      expect(ours.imbalance + ours.clashes).toBeLessThan(theirs.imbalance + theirs.clashes);
      expect(ours.cost).toBeLessThan(theirs.cost);
    }
  });

  it('is deterministic for a seed', () => {
    expect(assignRooms(group, rooms, createRandom(5))).toEqual(
      assignRooms(group, rooms, createRandom(5)),
    );
  });

  it('refuses when the rooms cannot hold everyone', () => {
    expect(() => assignRooms(people(50, 1), rooms, createRandom(1))).toThrow(
      'planner.rooms.errors.capacity',
    );
  });
});

describe('manual moves', () => {
  it('moving a person updates sizes, counts and clashes', () => {
    const ps: RoomPerson[] = [
      { id: 'a', categories: { gender: ['woman'] }, organisation: 'x', preferences: ['housing'] },
      { id: 'b', categories: { gender: ['man'] }, organisation: 'x', preferences: ['mobility'] },
    ];
    const two: Room[] = rooms.slice(0, 2);
    const before: Assignment = { a: 'r1', b: 'r2' };
    const after = movePerson(before, 'b', 'r1');
    const r0 = roomBalance(ps, two, before);
    const r1 = roomBalance(ps, two, after);
    expect(r0.clashes).toBe(0);
    expect(r1.clashes).toBe(1);
    expect(r1.rooms[0]?.size).toBe(2);
    expect(r1.rooms[0]?.counts['gender']).toEqual({ woman: 1, man: 1 });
    expect(r1.rooms[0]?.firstChoice).toBe(1);
    expect(before).toEqual({ a: 'r1', b: 'r2' });
    expect(roomRows(two, after)).toEqual([
      { roomId: 'r1', personId: 'a' },
      { roomId: 'r1', personId: 'b' },
    ]);
  });
});
