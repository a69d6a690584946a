// Target evaluation: is each rule of a representation target met, close or missed, and what it
// would take to meet it ("3 more women", "2 fewer from Europe").
import type { Target, TargetRule, WorkspaceData } from '../domain/model';
import type { Distribution, DistributionOptions } from './distribution';
import { distribution } from './distribution';
import { categoryLabel } from './dimensions';
import type { PopulationFilter } from './scope';

export type RuleStatus = 'met' | 'close' | 'missed';

/** What it would take: `people` more (or fewer) people of `category` in the same scope. */
export type RuleGap = { category: string; direction: 'more' | 'fewer'; people: number };

export type RuleEvaluation = {
  rule: TargetRule;
  category: string;
  label: string;
  count: number;
  /** count / total (people in scope, unknowns included), 0 for an empty scope. */
  share: number;
  total: number;
  status: RuleStatus;
  /** null when met. */
  gap: RuleGap | null;
};

export type CloseOptions = {
  /** A missed rule within this many people of its bound is "close". Default 1. */
  closePeople?: number;
  /** …or within this many share points (0.05 = 5 percentage points). Default 0.05. */
  closeShare?: number;
};

const EPSILON = 1e-9;
const ceil = (x: number) => Math.max(0, Math.ceil(x - EPSILON));

/**
 * People to add to the category so that its share reaches `min`: adding k raises both the count
 * and the total, so (c + k) / (n + k) ≥ min ⇔ k ≥ (min·n − c) / (1 − min).
 */
function moreForShare(count: number, total: number, min: number): number {
  // A 100 % minimum cannot be reached by adding people: the others would have to be replaced.
  if (min >= 1) return total - count;
  return ceil((min * total - count) / (1 - min));
}

/** People of the category to remove (or replace) so its share falls to `max`: (c − k)/(n − k) ≤ max. */
function fewerForShare(count: number, total: number, max: number): number {
  if (max <= 0) return count;
  if (max >= 1) return 0;
  return ceil((count - max * total) / (1 - max));
}

/**
 * Evaluates one rule against a category's count in a scope of `total` people. The rule's
 * bounds are checked in order min count, min share, max count, max share; the largest shortfall
 * is reported. Close: not met, but within `closePeople` (1) of the bound in people, or within
 * `closeShare` (5 points) of a share bound. An empty scope misses every minimum.
 */
export function evaluateRule(
  rule: TargetRule,
  count: number,
  total: number,
  label: string = rule.category,
  options: CloseOptions = {},
): RuleEvaluation {
  const closePeople = options.closePeople ?? 1;
  const closeShare = options.closeShare ?? 0.05;
  const share = total === 0 ? 0 : count / total;
  let more = 0;
  let fewer = 0;
  let shareShort = 0;
  if (rule.minCount !== null) more = Math.max(more, ceil(rule.minCount - count));
  if (rule.minShare !== null && (total === 0 || share < rule.minShare - EPSILON)) {
    more = Math.max(more, Math.max(1, moreForShare(count, total, rule.minShare)));
    shareShort = Math.max(shareShort, rule.minShare - share);
  }
  if (rule.maxCount !== null) fewer = Math.max(fewer, ceil(count - rule.maxCount));
  if (rule.maxShare !== null && share > rule.maxShare + EPSILON) {
    fewer = Math.max(fewer, fewerForShare(count, total, rule.maxShare));
    shareShort = Math.max(shareShort, share - rule.maxShare);
  }
  const people = Math.max(more, fewer);
  const met = people === 0;
  const close =
    !met && (people <= closePeople || (shareShort > 0 && shareShort <= closeShare + EPSILON));
  return {
    rule,
    category: rule.category,
    label,
    count,
    share,
    total,
    status: met ? 'met' : close ? 'close' : 'missed',
    gap: met
      ? null
      : { category: rule.category, direction: more >= fewer ? 'more' : 'fewer', people },
  };
}

/** A target's population as a filter: empty status or role lists mean "any". */
export function targetPopulation(target: Pick<Target, 'eventId' | 'population'>): PopulationFilter {
  return {
    eventIds: target.eventId === null ? null : [target.eventId],
    statuses: target.population.statuses.length === 0 ? null : target.population.statuses,
    roles: target.population.roles.length === 0 ? null : target.population.roles,
  };
}

export type TargetEvaluation = {
  target: Target;
  distribution: Distribution;
  rules: RuleEvaluation[];
  /** The worst status of its rules; a target without rules is met. */
  status: RuleStatus;
};

const RANK: Record<RuleStatus, number> = { met: 0, close: 1, missed: 2 };

export function worstStatus(statuses: readonly RuleStatus[]): RuleStatus {
  return statuses.reduce<RuleStatus>((w, s) => (RANK[s] > RANK[w] ? s : w), 'met');
}

/** Evaluates every rule of a target against the distribution of its own scope and population. */
export function evaluateTarget(
  data: WorkspaceData,
  target: Target,
  options: DistributionOptions & CloseOptions = {},
): TargetEvaluation {
  const dist = distribution(data, target.dimension, targetPopulation(target), options);
  const counts = new Map(dist.categories.map((c) => [c.key, c.count]));
  const rules = target.rules.map((rule) =>
    evaluateRule(
      rule,
      counts.get(rule.category) ?? 0,
      dist.total,
      categoryLabel(target.dimension, rule.category),
      options,
    ),
  );
  return { target, distribution: dist, rules, status: worstStatus(rules.map((r) => r.status)) };
}
