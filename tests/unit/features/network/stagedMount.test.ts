import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  drawKeyOf,
  drawOrder,
  layerLevel,
  slicesByWeight,
} from '../../../../renderer/src/features/network/stagedMount';
import type { InnerElement } from '../../../../renderer/src/features/network/stagedMount';

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

describe('drawOrder', () => {
  // Cytoscape's own zIndexSort (sortByZIndex) is the reference: the staged build sets the
  // renderer's cached order from these keys instead of letting it sort 20,000 elements in one go.
  const graph = (compound: boolean) => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: '.top', style: { 'z-index': 10 } },
        { selector: '.under', style: { 'z-index': -3 } },
        { selector: '.manual', style: { 'z-index-compare': 'manual', 'z-index': 5 } },
        { selector: '.bottom', style: { 'z-compound-depth': 'bottom' } },
      ],
      elements: [
        ...(compound ? [{ data: { id: 'g1' } }, { data: { id: 'g2', parent: 'g1' } }] : []),
        { data: { id: 'a', ...(compound ? { parent: 'g2' } : {}) } },
        { data: { id: 'b' }, classes: 'top' },
        { data: { id: 'c' }, classes: 'under' },
        { data: { id: 'd', ...(compound ? { parent: 'g1' } : {}) }, classes: 'bottom' },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'bc', source: 'b', target: 'c' }, classes: 'manual' },
        { data: { id: 'cd', source: 'c', target: 'd' }, classes: 'top' },
        { data: { id: 'ad', source: 'a', target: 'd' } },
        { data: { id: 'e' } },
      ],
    });
    return cy;
  };

  for (const compound of [false, true]) {
    it(`puts elements in Cytoscape's drawing order${compound ? ' (compound groups)' : ''}`, () => {
      const cy = graph(compound);
      const eles = cy.elements().toArray();
      const keys = eles.map((e) => drawKeyOf(e as unknown as InnerElement, compound));
      const ours = drawOrder(keys).map((i) => eles[i]?.id());
      // sortByZIndex is Cytoscape's public use of its zIndexSort (not in its typings).
      const theirs = (cy.elements() as unknown as { sortByZIndex: () => cytoscape.Collection })
        .sortByZIndex()
        .map((e) => e.id());
      expect(ours).toEqual(theirs);
      // Links under nodes (even a raised one), the raised node over the others, the 'bottom'
      // node first.
      expect(ours.indexOf('cd')).toBeLessThan(ours.indexOf('e'));
      expect(ours.indexOf('b')).toBeGreaterThan(ours.indexOf('e'));
      expect(ours[0]).toBe('d');
      cy.destroy();
    });
  }

  it('orders equal keys by the order the elements were added', () => {
    const keys = [3, 1, 2, 0].map((pool) => ({ depth: 0, kind: 1, z: 0, pool }));
    expect(drawOrder(keys)).toEqual([3, 1, 2, 0]);
  });
});

describe('layerLevel', () => {
  it('is the texture cache level Cytoscape picks for a zoom', () => {
    expect(layerLevel(1, 1)).toBe(0);
    expect(layerLevel(0.3, 1)).toBe(-1);
    expect(layerLevel(0.5, 2)).toBe(0);
    expect(layerLevel(1.5, 2)).toBe(2);
    // Far out, the lowest level serves; far in, nothing is cached.
    expect(layerLevel(0.01, 1)).toBe(-4);
    expect(layerLevel(3, 2)).toBeNull();
    expect(layerLevel(3.99, 1)).toBeNull();
  });
});
