// Planning for acceptance: invite enough people from each group that the *expected* confirmed
// list meets the targets, using each group's observed invited → confirmed rate.
import type { ParticipationStatus } from '../domain/model';
import { planSelection } from './plan';
import type { PlanCandidate, PlanProblem, PlanResult, Solver } from './types';

/**
 * How strongly the workspace-wide rate pulls a group's rate: a group's estimate behaves as if
 * it had this many extra invitations answered at the overall rate. With 5, a group with 2 answers
 * moves only about a third of the way from the overall rate to its own; with 50 answers, it is
 * almost entirely its own (a Beta prior centred on the overall rate; empirical Bayes shrinkage).
 */
export const PRIOR_STRENGTH = 5;

/** Accepted (true), declined (false), or not answered / never invited (null). */
export function invitationOutcome(status: ParticipationStatus): boolean | null {
  switch (status) {
    case 'confirmed':
    case 'attended':
    case 'no-show':
      return true;
    case 'declined':
      return false;
    default:
      return null;
  }
}

export type GroupRate = { group: string; answered: number; accepted: number; rate: number };
export type AcceptanceRates = { overall: number; groups: Map<string, GroupRate> };

/** Rates per group; the overall rate uses a uniform prior so that an empty workspace gives ½. */
export function acceptanceRates(
  outcomes: readonly { group: string; accepted: boolean }[],
  priorStrength = PRIOR_STRENGTH,
): AcceptanceRates {
  const acceptedAll = outcomes.filter((o) => o.accepted).length;
  const overall = (acceptedAll + 1) / (outcomes.length + 2);
  const counts = new Map<string, { answered: number; accepted: number }>();
  for (const o of outcomes) {
    const c = counts.get(o.group) ?? { answered: 0, accepted: 0 };
    c.answered++;
    if (o.accepted) c.accepted++;
    counts.set(o.group, c);
  }
  const groups = new Map<string, GroupRate>();
  for (const [group, c] of counts) {
    const rate = (c.accepted + priorStrength * overall) / (c.answered + priorStrength);
    groups.set(group, { group, ...c, rate });
  }
  return { overall, groups };
}

export function rateOf(rates: AcceptanceRates, group: string): number {
  return rates.groups.get(group)?.rate ?? rates.overall;
}

export type InvitationGroup = { group: string; rate: number; invite: number; expected: number };

export type InvitationPlan = {
  result: PlanResult;
  groups: InvitationGroup[];
  /** Expected number of confirmations among everyone invited plus those already confirmed. */
  expectedTotal: number;
};

/**
 * Whom to invite so that the expected confirmations meet the seats and quotas: each candidate
 * counts with its group's acceptance rate (people fixed in are already confirmed and count 1).
 */
export async function planInvitations(
  problem: PlanProblem,
  rates: AcceptanceRates,
  groupOf: (c: PlanCandidate) => string,
  solver: Solver,
): Promise<InvitationPlan> {
  const candidates = problem.candidates.map((c) => ({
    ...c,
    weight: c.fixed === 'in' ? 1 : rateOf(rates, groupOf(c)),
  }));
  const result = await planSelection({ ...problem, candidates, expected: true }, solver);
  if (!result.feasible) return { result, groups: [], expectedTotal: 0 };
  const chosen = new Set(result.selected);
  const byGroup = new Map<string, InvitationGroup>();
  let expectedTotal = 0;
  for (const c of candidates) {
    if (!chosen.has(c.id)) continue;
    const group = groupOf(c);
    const g = byGroup.get(group) ?? { group, rate: rateOf(rates, group), invite: 0, expected: 0 };
    g.invite++;
    g.expected += c.weight;
    expectedTotal += c.weight;
    byGroup.set(group, g);
  }
  const groups = [...byGroup.values()]
    .map((g) => ({ ...g, expected: Math.round(g.expected * 100) / 100 }))
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return { result, groups, expectedTotal: Math.round(expectedTotal * 100) / 100 };
}
