// sameValue walks two values instead of serialising them (merge planning at scale); it must
// answer exactly as comparing their canonical JSON did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, sameValue } from '@shared/merge/clock';

/** JSON-like values plus what records may also hold: undefined members, non-finite numbers. */
const valueArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, undefined, true, false, 0, -0, 1, NaN, Infinity, '', 'a', '1'),
    fc.string({ maxLength: 4 }),
    fc.integer({ min: -3, max: 3 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** The same content with the keys of every object in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, reordered(v)]));
}

describe('sameValue', () => {
  it('agrees with canonical equality on arbitrary pairs', () => {
    fc.assert(
      fc.property(valueArb, valueArb, (a, b) => {
        expect(sameValue(a, b)).toBe(canonical(a) === canonical(b));
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });

  it('ignores key order and undefined members, and tells near-equal records apart', () => {
    fc.assert(
      fc.property(valueArb, (a) => {
        expect(sameValue(a, reordered(a))).toBe(true);
        expect(sameValue({ x: a, y: undefined }, { x: a })).toBe(true);
        expect(sameValue({ x: a }, { x: a, z: 1 })).toBe(false);
        expect(sameValue([a], [a, a])).toBe(false);
      }),
      { seed: 7, numRuns: 500 },
    );
    expect(sameValue({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
    expect(sameValue(NaN, null)).toBe(true); // JSON writes both as null
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});
