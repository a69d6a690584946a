// Instances shaped like citizens'-assembly selections: solved to proven optimality, and every
// quota of the returned panel holds. (Speed is measured by `npm run bench`, not here.)
import { describe, expect, it } from 'vitest';
import { createRandom } from '@shared/random';
import { planSelection, sharesToCounts } from '@shared/planner';
import type { PlanCandidate, PlanProblem, Quota } from '@shared/planner';
import { nodeSolver } from './solver';

const FEATURES = {
  gender: [
    ['woman', 0.5],
    ['man', 0.47],
    ['non-binary', 0.03],
  ],
  age: [
    ['16-29', 0.22],
    ['30-44', 0.26],
    ['45-59', 0.27],
    ['60+', 0.25],
  ],
  region: [
    ['North', 0.2],
    ['South', 0.25],
    ['East', 0.2],
    ['West', 0.2],
    ['Centre', 0.15],
  ],
  education: [
    ['primary', 0.2],
    ['secondary', 0.45],
    ['tertiary', 0.35],
  ],
  tenure: [
    ['owner', 0.6],
    ['renter', 0.35],
    ['other', 0.05],
  ],
  settlement: [
    ['urban', 0.6],
    ['rural', 0.4],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;
type Feature = keyof typeof FEATURES;

function pool(size: number, seed: number, features: readonly Feature[]): PlanCandidate[] {
  const rng = createRandom(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `c${i}`,
    categories: Object.fromEntries(features.map((f) => [f, [rng.weighted(FEATURES[f])]])),
    priority: rng.int(1, 5),
    organisation: `org${rng.int(0, Math.floor(size / 4))}`,
    country: null,
    fixed: null,
  }));
}

/** Quotas around the population shares (±25 %), as assembly organisers set them. */
function quotas(features: readonly Feature[], seats: number): Quota[] {
  return features.flatMap((f) =>
    FEATURES[f].map(([category, share]) => ({
      dimension: f,
      category,
      ...sharesToCounts(share * 0.75, Math.min(1, share * 1.25 + 0.02), seats),
    })),
  );
}

async function solveAndCheck(problem: PlanProblem) {
  const result = await planSelection(problem, await nodeSolver());
  expect(result.feasible).toBe(true);
  if (!result.feasible) return;
  expect(result.optimal).toBe(true);
  expect(result.selected).toHaveLength(problem.seats);
  expect(result.checks.filter((c) => !c.met)).toEqual([]);
  const perOrg = new Map<string, number>();
  for (const id of result.selected) {
    const org = problem.candidates.find((c) => c.id === id)?.organisation ?? '';
    perOrg.set(org, (perOrg.get(org) ?? 0) + 1);
  }
  if (problem.maxPerOrganisation !== null) {
    expect(Math.max(...perOrg.values())).toBeLessThanOrEqual(problem.maxPerOrganisation);
  }
  return result;
}

describe('public-style instances', () => {
  it('a pool of 150 with gender, age, region and education quotas: a panel of 22', async () => {
    const features: Feature[] = ['gender', 'age', 'region', 'education'];
    const problem: PlanProblem = {
      candidates: pool(150, 7, features),
      seats: 22,
      quotas: quotas(features, 22),
      maxPerOrganisation: 2,
      maxPerCountry: null,
    };
    expect(problem.quotas).toHaveLength(15);
    await solveAndCheck(problem);
  }, 60_000);

  it('a pool of 2,000 with 20 quota rows: a panel of 200', async () => {
    const features: Feature[] = ['gender', 'age', 'region', 'education', 'tenure', 'settlement'];
    const problem: PlanProblem = {
      candidates: pool(2000, 11, features),
      seats: 200,
      quotas: quotas(features, 200),
      maxPerOrganisation: 3,
      maxPerCountry: null,
    };
    expect(problem.quotas).toHaveLength(20);
    const result = await solveAndCheck(problem);
    // The reported objective is the panel's own total priority, bounded by the 200 best.
    const chosen = new Set(result?.selected);
    const total = problem.candidates
      .filter((c) => chosen.has(c.id))
      .reduce((s, c) => s + c.priority, 0);
    expect(result?.objective).toBe(total);
    const top = problem.candidates
      .map((c) => c.priority)
      .sort((a, b) => b - a)
      .slice(0, 200);
    expect(result?.objective).toBeLessThanOrEqual(top.reduce((s, p) => s + p, 0));
  }, 120_000);
});
