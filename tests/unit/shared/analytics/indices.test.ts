// Indices with hand-computed values: counts 2, 1, 1 give p = ½, ¼, ¼.
import { describe, expect, it } from 'vitest';
import {
  blauIndex,
  distribution,
  genderParityIndex,
  memberStatesBenchmark,
  normalisedBlau,
  representationRatios,
  shannonEvenness,
  womensShare,
} from '@shared/analytics';
import { aWorkspace } from '../../../helpers/builders';
import { everyone, fixture } from './fixture';

describe('gender indices', () => {
  it("gives women's share of recorded genders and the parity index", () => {
    const gender = distribution(fixture().data, { kind: 'gender' }, everyone);
    // 2 women, 1 man, 1 unknown: 2 of 3 recorded.
    expect(womensShare(gender)).toBeCloseTo(2 / 3, 12);
    expect(genderParityIndex(gender)).toBe(2);
  });

  it('is null without data', () => {
    const gender = distribution(aWorkspace(), { kind: 'gender' }, everyone);
    expect(womensShare(gender)).toBeNull();
    expect(genderParityIndex(gender)).toBeNull();
  });
});

describe('diversity indices', () => {
  it('computes Blau 1 − Σp² and its normalised form', () => {
    // Σp² = 1/4 + 1/16 + 1/16 = 3/8.
    expect(blauIndex([2, 1, 1])).toBeCloseTo(0.625, 12);
    expect(normalisedBlau([2, 1, 1], 3)).toBeCloseTo(0.625 / (2 / 3), 12);
    // An unobserved fourth category lowers evenness: 0.625 / 0.75.
    expect(normalisedBlau([2, 1, 1, 0], 4)).toBeCloseTo(5 / 6, 12);
    expect(blauIndex([7])).toBe(0);
    expect(blauIndex([])).toBeNull();
    expect(normalisedBlau([3], 1)).toBeNull();
  });

  it('computes Shannon evenness H / ln K', () => {
    // H = ½ ln 2 + ½ ln 4 = 1.5 ln 2.
    expect(shannonEvenness([2, 1, 1], 4)).toBeCloseTo(0.75, 12);
    expect(shannonEvenness([2, 1, 1], 3)).toBeCloseTo((1.5 * Math.log(2)) / Math.log(3), 12);
    expect(shannonEvenness([5, 5], 2)).toBeCloseTo(1, 12);
    expect(shannonEvenness([], 3)).toBeNull();
  });
});

describe('representation ratio', () => {
  it('divides each share by the benchmark share', () => {
    const ratios = representationRatios(
      new Map([
        ['A', 1],
        ['B', 3],
      ]),
      new Map([
        ['A', 1],
        ['B', 1],
        ['C', 2],
      ]),
    );
    expect(ratios).toEqual([
      { key: 'A', share: 0.25, benchmarkShare: 0.25, ratio: 1 },
      { key: 'B', share: 0.75, benchmarkShare: 0.25, ratio: 3 },
      { key: 'C', share: 0, benchmarkShare: 0.5, ratio: 0 },
    ]);
  });

  it('counts the 193 UN Member States by M49 region', () => {
    const benchmark = memberStatesBenchmark('m49-region');
    expect([...benchmark.values()].reduce((a, b) => a + b, 0)).toBe(193);
    expect(benchmark.get('Africa')).toBe(54);
    expect(benchmark.get('Americas')).toBe(35);
    expect(benchmark.get('Oceania')).toBe(14);
  });
});
