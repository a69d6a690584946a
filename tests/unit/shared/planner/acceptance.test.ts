// Acceptance planning: shrunk group rates, and invitations whose expected confirmations meet
// the seats and quotas.
import { describe, expect, it } from 'vitest';
import {
  acceptanceRates,
  invitationOutcome,
  planInvitations,
  rateOf,
} from '@shared/planner/acceptance';
import type { PlanCandidate, PlanProblem } from '@shared/planner';
import { nodeSolver } from './solver';

const outcomes = (group: string, accepted: number, declined: number) => [
  ...Array.from({ length: accepted }, () => ({ group, accepted: true })),
  ...Array.from({ length: declined }, () => ({ group, accepted: false })),
];

describe('acceptance rates', () => {
  it('counts confirmed, attended and no-show as accepted and ignores unanswered invitations', () => {
    expect(invitationOutcome('confirmed')).toBe(true);
    expect(invitationOutcome('no-show')).toBe(true);
    expect(invitationOutcome('declined')).toBe(false);
    expect(invitationOutcome('invited')).toBeNull();
    expect(invitationOutcome('shortlisted')).toBeNull();
  });

  it('shrinks small groups towards the overall rate and trusts large ones', () => {
    const rates = acceptanceRates([...outcomes('big', 80, 20), ...outcomes('small', 0, 2)]);
    const overall = 81 / 104;
    expect(rates.overall).toBeCloseTo(overall, 10);
    // Two declines alone would say 0 %; with the prior the estimate stays well above that.
    expect(rateOf(rates, 'small')).toBeCloseTo((5 * overall) / 7, 10);
    expect(rateOf(rates, 'big')).toBeCloseTo((80 + 5 * overall) / 105, 10);
    expect(rateOf(rates, 'never-seen')).toBe(rates.overall);
  });
});

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('planInvitations', { timeout: 60_000 }, () => {
  it('invites more from a group that declines more so that the expected list meets the quota', async () => {
    const rates = acceptanceRates([...outcomes('woman', 50, 50), ...outcomes('man', 90, 10)]);
    const candidates: PlanCandidate[] = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      categories: { gender: [i % 2 === 0 ? 'woman' : 'man'] },
      priority: (i % 5) + 1,
      organisation: null,
      country: null,
      fixed: null,
    }));
    const problem: PlanProblem = {
      candidates,
      seats: 8,
      quotas: [{ dimension: 'gender', category: 'woman', min: 4, max: null }],
      maxPerOrganisation: null,
      maxPerCountry: null,
    };
    const plan = await planInvitations(
      problem,
      rates,
      (c) => c.categories['gender']?.[0] ?? '',
      await nodeSolver(),
    );
    expect(plan.result.feasible).toBe(true);
    const women = plan.groups.find((g) => g.group === 'woman');
    const men = plan.groups.find((g) => g.group === 'man');
    expect(women?.expected).toBeGreaterThanOrEqual(4);
    // About half of invited women confirm, so at least 8 must be invited for 4 expected.
    expect(women?.invite).toBeGreaterThanOrEqual(8);
    expect(plan.expectedTotal).toBeGreaterThanOrEqual(8);
    expect(plan.expectedTotal).toBeLessThanOrEqual(9);
    expect((women?.invite ?? 0) + (men?.invite ?? 0)).toBe(
      plan.result.feasible ? plan.result.selected.length : -1,
    );
  });
});
