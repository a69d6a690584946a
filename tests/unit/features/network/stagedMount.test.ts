import { describe, expect, it } from 'vitest';
import { slicesByWeight } from '../../../../renderer/src/features/network/stagedMount';

/** The slices the cut points describe, as lists of weights. */
function slicesOf(weights: number[], cuts: number[]): number[][] {
  return cuts.slice(1).map((to, i) => weights.slice(cuts[i], to));
}

describe('slicesByWeight', () => {
  it('cuts consecutive items into slices of at most the limit', () => {
    const weights = [1, 1, 1, 1, 1, 1, 1];
    expect(slicesByWeight(weights, 3)).toEqual([0, 3, 6, 7]);
  });

  it('gives an item heavier than the limit a slice of its own', () => {
    // A session with 1,000 participants among people with a few links each.
    const weights = [2, 3, 1001, 4, 2, 1001, 1001, 3];
    const cuts = slicesByWeight(weights, 400);
    expect(slicesOf(weights, cuts)).toEqual([[2, 3], [1001], [4, 2], [1001], [1001], [3]]);
  });

  it('covers every item exactly once, in order', () => {
    const weights = Array.from(
      { length: 500 },
      (_, i) => ((i * 37) % 11) + (i % 50 === 0 ? 700 : 1),
    );
    const cuts = slicesByWeight(weights, 100);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(weights.length);
    expect(slicesOf(weights, cuts).flat()).toEqual(weights);
    for (const slice of slicesOf(weights, cuts)) {
      const sum = slice.reduce((a, b) => a + b, 0);
      expect(slice.length === 1 || sum <= 100).toBe(true);
    }
  });

  it('has no slices for no items', () => {
    expect(slicesByWeight([], 10)).toEqual([0]);
  });
});
