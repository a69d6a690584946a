// Diversity and balance indices over a distribution. Each has a one-line explanation in the
// representation.indices catalogue, so the UI never shows a number without saying what it means.
import type { Distribution } from './distribution';
import { COUNTRIES } from '../reference/countries';
import type { RegionScheme } from '../domain/model';
import { regionOf } from '../reference/regions';

/**
 * Women among people whose gender is recorded (the 'unknown' ones, which a gender distribution
 * counts as `unknown`, are left out; "prefers not to say" is an answer and stays in). Null if no
 * gender is recorded.
 */
export function womensShare(gender: Distribution): number | null {
  const known = gender.total - gender.unknown;
  if (known === 0) return null;
  return (gender.categories.find((c) => c.key === 'woman')?.count ?? 0) / known;
}

/** Gender parity index: women ÷ men; 1 is parity. Null when there are no men. */
export function genderParityIndex(gender: Distribution): number | null {
  const men = gender.categories.find((c) => c.key === 'man')?.count ?? 0;
  const women = gender.categories.find((c) => c.key === 'woman')?.count ?? 0;
  return men === 0 ? null : women / men;
}

/** Proportions of the known values (summing to 1), from category counts. */
function proportions(counts: readonly number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  return sum === 0 ? [] : counts.filter((c) => c > 0).map((c) => c / sum);
}

/** Blau (Gini–Simpson) index 1 − Σp²: the chance two people picked at random differ. Null if empty. */
export function blauIndex(counts: readonly number[]): number | null {
  const p = proportions(counts);
  if (p.length === 0) return null;
  return 1 - p.reduce((a, x) => a + x * x, 0);
}

/**
 * Blau ÷ its maximum 1 − 1/K, so that 1 means perfectly even across the K possible categories
 * (K = the dimension's categories, not just the observed ones). Null for K < 2 or no people.
 */
export function normalisedBlau(counts: readonly number[], categories: number): number | null {
  const b = blauIndex(counts);
  if (b === null || categories < 2) return null;
  return b / (1 - 1 / categories);
}

/** Shannon evenness H ÷ ln K with H = −Σ p ln p: 1 is perfectly even. Null for K < 2 or no people. */
export function shannonEvenness(counts: readonly number[], categories: number): number | null {
  const p = proportions(counts);
  if (p.length === 0 || categories < 2) return null;
  const h = -p.reduce((a, x) => a + x * Math.log(x), 0);
  return h / Math.log(categories);
}

export type RepresentationRatio = {
  key: string;
  share: number;
  benchmarkShare: number;
  /** share ÷ benchmark share: 1 is proportional, below 1 under-represented. Null if the benchmark is 0. */
  ratio: number | null;
};

/**
 * Each category's share of the known values against its share of a benchmark (the candidate
 * pool, or UN Member States by region). Categories of either side are included.
 */
export function representationRatios(
  group: ReadonlyMap<string, number>,
  benchmark: ReadonlyMap<string, number>,
): RepresentationRatio[] {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const gs = sum(group);
  const bs = sum(benchmark);
  const keys = [...new Set([...benchmark.keys(), ...group.keys()])];
  return keys.map((key) => {
    const share = gs === 0 ? 0 : (group.get(key) ?? 0) / gs;
    const benchmarkShare = bs === 0 ? 0 : (benchmark.get(key) ?? 0) / bs;
    return {
      key,
      share,
      benchmarkShare,
      ratio: benchmarkShare === 0 ? null : share / benchmarkShare,
    };
  });
}

/** Counts of a distribution's categories, keyed. */
export function countsOf(d: Distribution): Map<string, number> {
  return new Map(d.categories.map((c) => [c.key, c.count]));
}

/** UN Member States (countries with a UN regional group) per category of a region scheme. */
export function memberStatesBenchmark(
  scheme: string,
  customSchemes: readonly RegionScheme[] = [],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of COUNTRIES) {
    if (c.unRegionalGroup === null) continue;
    const key = scheme === 'country' ? c.iso2 : regionOf(scheme, c.iso2, customSchemes);
    if (key !== null) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The index keys, each with representation.indices.<key>.name and .explanation in the catalogue. */
export const INDEX_KEYS = [
  'womensShare',
  'genderParity',
  'blau',
  'blauNormalised',
  'shannonEvenness',
  'representationRatio',
] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];
