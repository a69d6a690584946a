// When a plan is impossible the planner names the rule, what the pool allows, the smallest
// relaxation and the rules that conflict; accepting the relaxation makes the plan feasible.
import { describe, expect, it } from 'vitest';
import {
  acceptRelaxation,
  capacityViolations,
  planSelection,
  sharesToCounts,
} from '@shared/planner';
import type { PlanCandidate, PlanProblem } from '@shared/planner';
import { nodeSolver } from './solver';

function person(
  id: string,
  region: string,
  gender: string,
  organisation: string | null = null,
  priority = 3,
): PlanCandidate {
  return {
    id,
    categories: { region: [region], gender: [gender] },
    priority,
    organisation,
    country: null,
    fixed: null,
  };
}

const base: Omit<PlanProblem, 'candidates'> = {
  seats: 6,
  quotas: [],
  maxPerOrganisation: null,
  maxPerCountry: null,
};

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('explaining an impossible plan', { timeout: 60_000 }, () => {
  const pool = [
    person('a', 'Oceania', 'woman'),
    person('b', 'Oceania', 'man'),
    ...Array.from({ length: 8 }, (_, i) =>
      person(`e${i}`, 'Europe', i % 2 === 0 ? 'woman' : 'man'),
    ),
  ];

  it('reports a quota above what the pool holds with the right achievable number', async () => {
    const problem: PlanProblem = {
      ...base,
      candidates: pool,
      quotas: [{ dimension: 'region', category: 'Oceania', min: 4, max: null }],
    };
    expect(capacityViolations(problem)).toEqual([
      {
        dimension: 'region',
        category: 'Oceania',
        min: 4,
        max: null,
        achievable: 2,
        reason: 'pool',
      },
    ]);
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.violations).toEqual([
      {
        dimension: 'region',
        category: 'Oceania',
        min: 4,
        max: null,
        achievable: 2,
        reason: 'pool',
      },
    ]);
    expect(result.relaxation).toEqual([
      {
        constraint: { kind: 'quota', dimension: 'region', category: 'Oceania' },
        bound: 'min',
        from: 4,
        to: 2,
      },
    ]);
    expect(result.conflict).toContainEqual({
      kind: 'quota',
      dimension: 'region',
      category: 'Oceania',
      min: 4,
      max: null,
    });
    const relaxed = await planSelection(
      acceptRelaxation(problem, result.relaxation),
      await nodeSolver(),
    );
    expect(relaxed.feasible && relaxed.composition['region']?.['Oceania']).toBe(2);
  });

  it('names a parity quota and an organisation limit that conflict, and relaxes only one of them', async () => {
    // Four women, all from one organisation; six men from six organisations.
    const candidates = [
      ...Array.from({ length: 4 }, (_, i) => person(`w${i}`, 'Asia', 'woman', 'org-w')),
      ...Array.from({ length: 6 }, (_, i) => person(`m${i}`, 'Asia', 'man', `org-m${i}`)),
    ];
    const problem: PlanProblem = {
      ...base,
      candidates,
      quotas: [{ dimension: 'gender', category: 'woman', ...sharesToCounts(0.5, null, 6) }],
      maxPerOrganisation: 1,
    };
    expect(capacityViolations(problem)).toEqual([]);
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.conflict).toEqual(
      expect.arrayContaining([
        { kind: 'quota', dimension: 'gender', category: 'woman', min: 3, max: null },
        { kind: 'organisation-limit', max: 1 },
      ]),
    );
    expect(result.conflict).toHaveLength(2);
    // One rule changes, by the least amount: either women down to 1 or org-w up to 3.
    expect(result.relaxation).toHaveLength(1);
    // Nothing is short in the pool: the rule is reported as conflicting, not as impossible.
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.reason).toBe('conflict');
    const relaxed = await planSelection(
      acceptRelaxation(problem, result.relaxation),
      await nodeSolver(),
    );
    expect(relaxed.feasible).toBe(true);
  });

  it('accepting a per-organisation relaxation raises the limit for that organisation only', async () => {
    // Four women all from org-w; six men, two from each of three organisations.
    const candidates = [
      ...Array.from({ length: 4 }, (_, i) => person(`w${i}`, 'Asia', 'woman', 'org-w')),
      ...Array.from({ length: 6 }, (_, i) => person(`m${i}`, 'Asia', 'man', `org-m${i % 3}`, 5)),
    ];
    const problem: PlanProblem = {
      ...base,
      candidates,
      quotas: [{ dimension: 'gender', category: 'woman', min: 3, max: null }],
      maxPerOrganisation: 1,
    };
    const relaxed = acceptRelaxation(problem, [
      { constraint: { kind: 'organisation', organisation: 'org-w' }, bound: 'max', from: 1, to: 3 },
    ]);
    expect(relaxed.maxPerOrganisation).toBe(1);
    expect(relaxed.organisationLimits).toEqual({ 'org-w': 3 });
    const result = await planSelection(relaxed, await nodeSolver());
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    const orgOf = new Map(candidates.map((c) => [c.id, c.organisation]));
    const perOrg = new Map<string, number>();
    for (const id of result.selected) {
      const org = orgOf.get(id) ?? '';
      perOrg.set(org, (perOrg.get(org) ?? 0) + 1);
    }
    expect(perOrg.get('org-w')).toBe(3);
    // The men score higher, yet the shared limit of 1 still holds for their organisations.
    for (const org of ['org-m0', 'org-m1', 'org-m2']) expect(perOrg.get(org)).toBe(1);
  });

  it('reports people fixed in beyond an organisation limit', async () => {
    const candidates = [
      { ...person('a', 'Asia', 'woman', 'org'), fixed: 'in' as const },
      { ...person('b', 'Asia', 'man', 'org'), fixed: 'in' as const },
      person('c', 'Asia', 'man', 'other'),
    ];
    const problem: PlanProblem = { ...base, seats: 2, candidates, maxPerOrganisation: 1 };
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.violations).toContainEqual({
      dimension: 'organisation',
      category: 'org',
      min: null,
      max: 1,
      achievable: 2,
      reason: 'fixed',
    });
  });

  it('reports a pool smaller than the seats', async () => {
    const problem: PlanProblem = { ...base, seats: 12, candidates: pool };
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.violations).toContainEqual({
      dimension: 'seats',
      category: '',
      min: 12,
      max: 12,
      achievable: 10,
      reason: 'pool',
    });
    expect(result.relaxation).toEqual([
      { constraint: { kind: 'seats' }, bound: 'min', from: 12, to: 10 },
    ]);
  });

  it('rejects malformed input before solving', async () => {
    const solver = await nodeSolver();
    await expect(planSelection({ ...base, seats: -1, candidates: pool }, solver)).rejects.toThrow(
      'planner.errors.seats',
    );
    await expect(
      planSelection(
        {
          ...base,
          candidates: pool,
          quotas: [{ dimension: 'gender', category: 'woman', min: 4, max: 2 }],
        },
        solver,
      ),
    ).rejects.toThrow('planner.errors.quotaOrder');
  });
});
