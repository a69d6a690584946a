// Planning for acceptance: invite enough people from each group that the *expected* confirmed
// list meets the targets, using each group's observed invited → confirmed rate, for every
// dimension the quotas use (gender, regions, stakeholder group, organisation type, attributes).
import type { ParticipationStatus } from '../domain/model';
import { planSelection } from './plan';
import type { CategoryRates, PlanCandidate, PlanProblem, PlanResult, Solver } from './types';

/**
 * A group needs this many answered invitations before its own rate is trusted; below that it
 * uses the pooled rate of every answered invitation in the workspace (and the UI says so).
 */
export const MIN_ANSWERED = 10;

/** The rate assumed when nobody in the workspace has answered an invitation yet. */
export const DEFAULT_RATE = 0.5;

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

/** One answered invitation: the invitee's categories per dimension key, and the answer. */
export type Outcome = {
  categories: Readonly<Record<string, readonly string[]>>;
  accepted: boolean;
};

export type GroupRate = {
  dimension: string;
  category: string;
  answered: number;
  accepted: number;
  /** The rate used: the group's own when it has enough answers, else the pooled rate. */
  rate: number;
  pooled: boolean;
};

export type AcceptanceRates = {
  /** Pooled rate over every answered invitation (DEFAULT_RATE when there are none). */
  overall: number;
  answered: number;
  accepted: number;
  minAnswered: number;
  /** By dimension key, then category. */
  groups: ReadonlyMap<string, ReadonlyMap<string, GroupRate>>;
};

/** Observed rates for every category of the given dimensions. */
export function acceptanceRates(
  outcomes: readonly Outcome[],
  dimensions: readonly string[],
  minAnswered = MIN_ANSWERED,
): AcceptanceRates {
  const accepted = outcomes.filter((o) => o.accepted).length;
  const overall = outcomes.length === 0 ? DEFAULT_RATE : accepted / outcomes.length;
  const groups = new Map<string, Map<string, GroupRate>>();
  for (const dimension of new Set(dimensions)) {
    const byCategory = new Map<string, { answered: number; accepted: number }>();
    for (const o of outcomes) {
      for (const category of new Set(o.categories[dimension] ?? [])) {
        const c = byCategory.get(category) ?? { answered: 0, accepted: 0 };
        c.answered++;
        if (o.accepted) c.accepted++;
        byCategory.set(category, c);
      }
    }
    const out = new Map<string, GroupRate>();
    for (const [category, c] of byCategory) {
      const pooled = c.answered < minAnswered;
      out.set(category, {
        dimension,
        category,
        ...c,
        rate: pooled ? overall : c.accepted / c.answered,
        pooled,
      });
    }
    groups.set(dimension, out);
  }
  return { overall, answered: outcomes.length, accepted, minAnswered, groups };
}

/** The rate of one group; a group never seen uses the pooled rate. */
export function rateOf(rates: AcceptanceRates, dimension: string, category: string): GroupRate {
  return (
    rates.groups.get(dimension)?.get(category) ?? {
      dimension,
      category,
      answered: 0,
      accepted: 0,
      rate: rates.overall,
      pooled: true,
    }
  );
}

/**
 * A person's own chance of confirming, for the seat count and the organisation limits: the mean
 * of their groups' rates over the given dimensions (the pooled rate when they are in none).
 */
export function personRate(
  rates: AcceptanceRates,
  candidate: PlanCandidate,
  dimensions: readonly string[],
): number {
  const perDimension: number[] = [];
  for (const dimension of new Set(dimensions)) {
    const cats = candidate.categories[dimension] ?? [];
    if (cats.length === 0) continue;
    const sum = cats.reduce((s, c) => s + rateOf(rates, dimension, c).rate, 0);
    perDimension.push(sum / cats.length);
  }
  if (perDimension.length === 0) return rates.overall;
  return perDimension.reduce((s, r) => s + r, 0) / perDimension.length;
}

/** One quota's group when planning for acceptance: whom to invite and what to expect. */
export type InvitationGroup = {
  dimension: string;
  category: string;
  rate: GroupRate;
  /** People of the group to invite now (not counting those already confirmed). */
  invite: number;
  confirmed: number;
  /** Expected confirmations of the group: the confirmed plus invitations × rate. */
  expected: number;
  min: number | null;
  max: number | null;
  met: boolean;
};

export type InvitationPlan = {
  result: PlanResult;
  /** The problem as solved (with its rates), for showing and comparing the plan. */
  problem: PlanProblem;
  groups: InvitationGroup[];
  /** Expected number of confirmations among everyone invited plus those already confirmed. */
  expectedTotal: number;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Whom to invite so that the expected confirmations meet the seats and quotas: a member of a
 * quota's group counts with that group's rate; people already confirmed count 1.
 */
export async function planInvitations(
  problem: PlanProblem,
  rates: AcceptanceRates,
  solver: Solver,
): Promise<InvitationPlan> {
  const dimensions = [...new Set(problem.quotas.map((q) => q.dimension))];
  const categoryRates: Record<string, Record<string, number>> = {};
  for (const q of problem.quotas) {
    (categoryRates[q.dimension] ??= {})[q.category] = rateOf(rates, q.dimension, q.category).rate;
  }
  const expectedProblem: PlanProblem = {
    ...problem,
    candidates: problem.candidates.map((c) => ({
      ...c,
      weight: personRate(rates, c, dimensions),
    })),
    expected: true,
    categoryRates: categoryRates satisfies CategoryRates,
  };
  const result = await planSelection(expectedProblem, solver);
  if (!result.feasible) return { result, problem: expectedProblem, groups: [], expectedTotal: 0 };
  const chosen = new Set(result.selected);
  const selected = expectedProblem.candidates.filter((c) => chosen.has(c.id));
  const groups = problem.quotas.map((q): InvitationGroup => {
    const members = selected.filter((c) => c.categories[q.dimension]?.includes(q.category));
    const confirmed = members.filter((c) => c.fixed === 'in').length;
    const check = result.checks.find(
      (k) => k.dimension === q.dimension && k.category === q.category,
    );
    return {
      dimension: q.dimension,
      category: q.category,
      rate: rateOf(rates, q.dimension, q.category),
      invite: members.length - confirmed,
      confirmed,
      expected: check?.actual ?? 0,
      min: q.min,
      max: q.max,
      met: check?.met ?? true,
    };
  });
  const expectedTotal = selected.reduce((s, c) => s + (c.fixed === 'in' ? 1 : (c.weight ?? 1)), 0);
  return { result, problem: expectedProblem, groups, expectedTotal: round2(expectedTotal) };
}
