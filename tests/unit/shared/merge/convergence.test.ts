// Property tests: random edit sequences on two or three replicas exchanging files in random
// order. Whatever the order, every replica converges to the same workspace, no write is lost
// unless a later write to the same field superseded it, deletions propagate, and merging is
// idempotent, commutative and associative. Erasures (hard deletes with the id kept) are among the
// random operations: an erased person never comes back anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceData, WriteDot } from '@shared/domain/model';
import { compareDots, syncOf } from '@shared/merge/clock';
import { planMerge } from '@shared/merge/merge';
import { aPerson } from '../../../helpers/builders';
import type { Replica } from './replica';
import {
  allValid,
  create,
  edit,
  erase,
  mergeInto,
  remove,
  replicaOf,
  snapshot,
  workspaceWith,
} from './replica';

const FIELDS = ['notes', 'phone', 'email', 'honorific'] as const;
// Valid for every edited field (e-mail included), with collisions on purpose.
const VALUES = ['', 'a@example.org', 'b@example.org', 'c@example.org'];
const PEOPLE = 3;

type Op =
  | { kind: 'edit'; r: number; p: number; field: (typeof FIELDS)[number]; v: number }
  | { kind: 'delete'; r: number; p: number }
  | { kind: 'create'; r: number }
  | { kind: 'erase'; r: number; p: number }
  | { kind: 'merge'; into: number; from: number };

const opArb = (replicas: number): fc.Arbitrary<Op> => {
  const r = fc.integer({ min: 0, max: replicas - 1 });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        r,
        p: fc.nat(PEOPLE + 2),
        field: fc.constantFrom(...FIELDS),
        v: fc.nat(VALUES.length - 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete' as const), r, p: fc.nat(PEOPLE + 2) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), r }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('erase' as const), r, p: fc.nat(PEOPLE + 2) }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('merge' as const), into: r, from: r }) },
  );
};

type Write = { id: string; field: string; value: unknown; dot: WriteDot };

function run(replicas: Replica[], ops: Op[], writes: Write[]) {
  const log = (r: Replica, id: string) => {
    const p = r.data.people.find((x) => x.id === id)!;
    const s = syncOf(p);
    for (const [field, dot] of Object.entries(s.fields)) {
      if (dot.by === r.device && dot.n === s.vv[r.device]) {
        writes.push({ id, field, value: (p as unknown as Record<string, unknown>)[field], dot });
      }
    }
  };
  for (const op of ops) {
    if (op.kind === 'merge') {
      if (op.into !== op.from) mergeInto(replicas[op.into]!, replicas[op.from]!);
      continue;
    }
    const r = replicas[op.r]!;
    if (op.kind === 'create') {
      create(r, aPerson({ familyName: `Created by ${r.device}` }));
      log(r, r.data.people[r.data.people.length - 1]!.id);
      continue;
    }
    const target = r.data.people[op.p % r.data.people.length];
    if (!target) continue;
    if (op.kind === 'erase') {
      erase(r, target.id);
      continue;
    }
    const before = snapshot(r.data);
    if (op.kind === 'edit') edit(r, target.id, { [op.field]: VALUES[op.v] });
    else remove(r, target.id);
    if (snapshot(r.data) !== before) log(r, target.id);
  }
}

/** Everyone exchanges with everyone, in a given order, then through one hub. */
function exchangeAll(replicas: Replica[], order: number[]) {
  for (const i of order) for (const j of order) if (i !== j) mergeInto(replicas[i]!, replicas[j]!);
  for (const j of order.slice(1)) mergeInto(replicas[order[0]!]!, replicas[j]!);
  for (const j of order.slice(1)) mergeInto(replicas[j]!, replicas[order[0]!]!);
}

function start(n: number, skews: number[]): Replica[] {
  const base = workspaceWith(Array.from({ length: PEOPLE }, () => aPerson()));
  return Array.from({ length: n }, (_, i) => replicaOf(`device-${i}`, base, skews[i] ?? 0));
}

const scenario = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    ops: fc.array(opArb(n), { maxLength: 40 }),
    skews: fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: n, maxLength: n }),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  }),
);

describe('merge convergence (property)', () => {
  it('every replica converges, no unsuperseded write is lost, deletions propagate', () => {
    fc.assert(
      fc.property(scenario, ({ n, ops, skews, order }) => {
        const replicas = start(n, skews);
        const writes: Write[] = [];
        run(replicas, ops, writes);
        exchangeAll(replicas, order);
        const final = snapshot(replicas[0]!.data);
        for (const r of replicas) expect(snapshot(r.data)).toBe(final);
        expect(allValid(replicas[0]!.data)).toBe(true);
        // Every erasure reached every replica, and no erased person is anywhere.
        const erased = new Set(replicas.flatMap((r) => r.erased));
        for (const r of replicas) {
          expect(r.erased).toEqual([...erased].sort());
          expect(r.data.people.filter((p) => erased.has(p.id))).toEqual([]);
        }

        const people = new Map<string, Record<string, unknown>>(
          replicas[0]!.data.people.map((p) => [p.id, p as unknown as Record<string, unknown>]),
        );
        // The latest write to each field (other than deletions, see below) is the value kept.
        const latest = new Map<string, Write>();
        for (const w of writes) {
          const k = `${w.id}/${w.field}`;
          const cur = latest.get(k);
          if (!cur || compareDots(w.dot, cur.dot) > 0) latest.set(k, w);
        }
        for (const [k, w] of latest) {
          if (w.field === 'deletedAt' || erased.has(w.id)) continue;
          expect(people.get(w.id)?.[w.field], k).toEqual(w.value);
        }
        // A deletion that is the latest write to its record ends deleted everywhere.
        const byRecord = new Map<string, Write>();
        for (const w of writes) {
          const cur = byRecord.get(w.id);
          if (!cur || compareDots(w.dot, cur.dot) > 0) byRecord.set(w.id, w);
        }
        for (const [id, w] of byRecord) {
          if (erased.has(id)) continue;
          if (w.field === 'deletedAt' && w.value !== null)
            expect(people.get(id)?.deletedAt).not.toBeNull();
        }
        // Every record created anywhere arrives everywhere, unless it was erased.
        for (const w of writes) expect(people.has(w.id) || erased.has(w.id)).toBe(true);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('merging is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(scenario, ({ ops, skews }) => {
        const replicas = start(3, skews);
        run(
          replicas,
          ops.map((o) => (o.kind === 'merge' ? o : { ...o, r: (o as { r: number }).r % 3 })),
          [],
        );
        // A workspace with its erased ids, as an exchange file carries them.
        type W = { data: WorkspaceData; erased: string[] };
        const [a, b, c] = replicas.map((r) => ({ data: r.data, erased: r.erased })) as [W, W, W];
        const m = (x: W, y: W): W => {
          const result = planMerge(x.data, y.data, { erased: [...x.erased, ...y.erased] }).apply(
            {},
            { now: '2027-01-01T00:00:00.000Z', device: 'x' },
          );
          return { data: result.data, erased: result.erased };
        };
        const s = (w: W) => `${snapshot(w.data)}|${w.erased.join(',')}`;
        const ab = m(a, b);
        expect(s(m(ab, b))).toBe(s(ab));
        expect(s(m(ab, ab))).toBe(s(ab));
        expect(s(m(b, a))).toBe(s(ab));
        expect(s(m(ab, c))).toBe(s(m(a, m(b, c))));
        expect(s(m(m(c, a), b))).toBe(s(m(ab, c)));
        // Merging a file twice: the second time nothing changes and nothing is asked.
        const again = planMerge(ab.data, b.data, { erased: [...ab.erased, ...b.erased] });
        expect(again.preview.conflicts).toEqual([]);
        const twice = again.apply({}, { now: '2027-01-01T00:00:00.000Z', device: 'x' });
        expect(twice.changed).toEqual([]);
        expect(twice.removed).toEqual([]);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
