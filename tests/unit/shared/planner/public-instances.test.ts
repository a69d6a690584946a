// Instances shaped like citizens'-assembly selections: solved to proven optimality, and every
// quota of the returned panel holds. (Speed is measured by `npm run bench`, not here.)
import { describe, expect, it } from 'vitest';
import { assemblyPool, assemblyQuotas } from '@shared/demo/assembly';
import type { AssemblyFeature } from '@shared/demo/assembly';
import { planSelection } from '@shared/planner';
import type { PlanProblem } from '@shared/planner';
import { nodeSolver } from './solver';

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
    const features: AssemblyFeature[] = ['gender', 'age', 'region', 'education'];
    const problem: PlanProblem = {
      candidates: assemblyPool(150, 7, features),
      seats: 22,
      quotas: assemblyQuotas(features, 22),
      maxPerOrganisation: 2,
      maxPerCountry: null,
    };
    expect(problem.quotas).toHaveLength(15);
    await solveAndCheck(problem);
  }, 60_000);

  it('a pool of 2,000 with 20 quota rows: a panel of 200', async () => {
    const features: AssemblyFeature[] = [
      'gender',
      'age',
      'region',
      'education',
      'tenure',
      'settlement',
    ];
    const problem: PlanProblem = {
      candidates: assemblyPool(2000, 11, features),
      seats: 200,
      quotas: assemblyQuotas(features, 200),
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
