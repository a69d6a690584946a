import { describe, expect, it } from 'vitest';
import { ID_PREFIXES, newId } from '@shared/domain/ids';
import { personIdSchema } from '@shared/domain/schemas';
import { createRandom } from '@shared/random';

const draw = (seed: number, n: number) => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42, 1000)).toEqual(draw(42, 1000));
  });

  it('gives unrelated sequences for neighbouring seeds', () => {
    const a = draw(1, 100);
    const b = draw(2, 100);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
    expect(Math.abs((a[0] ?? 0) - (b[0] ?? 0))).toBeGreaterThan(0);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) {
      const i = Math.floor(v * 10);
      buckets[i] = (buckets[i] ?? 0) + 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(1_800);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('int includes both ends and nothing outside them', () => {
    const rng = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(rng.int(5, 5)).toBe(5);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
  });

  it('pick returns an element and refuses an empty list', () => {
    const rng = createRandom(4);
    const items = ['a', 'b', 'c'];
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(items)));
    expect([...picked].sort()).toEqual(items);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('weighted follows the weights and never picks a zero weight', () => {
    const rng = createRandom(5);
    const counts = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 8000; i++) {
      const key = rng.weighted([
        ['rare', 1],
        ['never', 0],
        ['common', 3],
      ] as const);
      counts[key] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.common / 8000).toBeGreaterThan(0.72);
    expect(counts.common / 8000).toBeLessThan(0.78);
    expect(() => rng.weighted([['x', 0]])).toThrow(RangeError);
    expect(() => rng.weighted([['x', -1]])).toThrow(RangeError);
  });

  it('shuffle permutes a copy and leaves the input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const copy = [...input];
    const shuffled = createRandom(6).shuffle(input);
    expect(input).toEqual(copy);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(createRandom(6).shuffle(input)).toEqual(shuffled);
  });

  it('sample draws distinct items, at most as many as there are', () => {
    const rng = createRandom(8);
    const s = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(s).toHaveLength(4);
    expect(new Set(s).size).toBe(4);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(rng.sample([1, 2], -1)).toEqual([]);
  });

  it('chance(0) is never and chance(1) is always true', () => {
    const rng = createRandom(9);
    for (let i = 0; i < 500; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
  });

  it('bytes has the asked length, covers every byte value and repeats under a seed', () => {
    const rng = createRandom(10);
    expect(rng.bytes(0)).toHaveLength(0);
    expect(rng.bytes(7)).toHaveLength(7);
    const many = rng.bytes(20_000);
    expect(new Set(many).size).toBe(256);
    expect(createRandom(11).bytes(33)).toEqual(createRandom(11).bytes(33));
  });

  it('makes deterministic ids that the schemas accept', () => {
    const a = newId(ID_PREFIXES.people, createRandom(12).bytes);
    const b = newId(ID_PREFIXES.people, createRandom(12).bytes);
    expect(a).toBe(b);
    expect(personIdSchema.safeParse(a).success).toBe(true);
    expect(newId(ID_PREFIXES.people, createRandom(13).bytes)).not.toBe(a);
  });

  it('refuses a seed that is not a number', () => {
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});
