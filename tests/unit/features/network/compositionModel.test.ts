// A session's composition bars: shares that add up to 100, the graph's own gender colours, and
// regions coloured in the scheme's order with the unknown region grey.
import { describe, expect, it } from 'vitest';
import {
  compositionBars,
  shares,
} from '../../../../renderer/src/features/network/compositionModel';
import { NO_VALUE_COLOUR } from '../../../../renderer/src/features/network/networkStyle';

describe('shares', () => {
  it('rounds to whole percentages that add up to 100', () => {
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([2, 1])).toEqual([67, 33]);
    expect(shares([5, 0, 5])).toEqual([50, 0, 50]);
    const many = shares([3, 7, 11, 13, 17, 19]);
    expect(many.reduce((s, v) => s + v, 0)).toBe(100);
  });

  it('is all zeros for an empty session', () => {
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([])).toEqual([]);
  });
});

describe('compositionBars', () => {
  it('gives each gender the colour the graph uses and each region its share', () => {
    const bars = compositionBars(
      {
        total: 10,
        genders: [
          { value: 'woman', count: 6 },
          { value: 'man', count: 3 },
          { value: 'unknown', count: 1 },
        ],
        regions: [
          { value: 'Europe', count: 5 },
          { value: 'Africa', count: 4 },
          { value: 'unknown', count: 1 },
        ],
      },
      ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'],
    );
    expect(bars.genders.map((g) => [g.value, g.share, g.colour])).toEqual([
      ['woman', 60, '#E69F00'],
      ['man', 30, '#0072B2'],
      ['unknown', 10, NO_VALUE_COLOUR],
    ]);
    expect(bars.regions.map((r) => [r.value, r.count, r.share])).toEqual([
      ['Europe', 5, 50],
      ['Africa', 4, 40],
      ['unknown', 1, 10],
    ]);
    const colour = new Map(bars.regions.map((r) => [r.value, r.colour]));
    // Distinct colours for the known regions, grey for the unknown one.
    expect(colour.get('Europe')).not.toBe(colour.get('Africa'));
    expect(colour.get('unknown')).toBe(NO_VALUE_COLOUR);
  });
});
