// The invitation planner's pure model: who can be chosen, how many seats, and the rules a
// selection must satisfy. Everything here is plain data so that the UI, the CLI and the tests
// build the same problems.

/** One person who could be invited. Categories are per dimension; a person may be in several
 * categories of one dimension (two nationalities), or in none (unknown). */
export type PlanCandidate = {
  id: string;
  categories: Readonly<Record<string, readonly string[]>>;
  /** What the plan maximises (a 1–5 rating, an expertise match…). */
  priority: number;
  organisation: string | null;
  country: string | null;
  /** 'in': must be selected (already confirmed); 'out': must not be; null: the planner decides. */
  fixed: 'in' | 'out' | null;
  /**
   * Acceptance planning: the chance this person confirms if invited, used for the seat count and
   * the organisation and country limits (quota rows use the rate of the quota's own group).
   */
  weight?: number;
};

/** Observed invited → confirmed rates by dimension key and category (acceptance planning). */
export type CategoryRates = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** At least `min` and at most `max` selected people in `category` of `dimension` (counts). */
export type Quota = {
  dimension: string;
  category: string;
  min: number | null;
  max: number | null;
};

export type PlanProblem = {
  candidates: readonly PlanCandidate[];
  seats: number;
  quotas: readonly Quota[];
  /** At most this many people of one organisation (null: no limit). */
  maxPerOrganisation: number | null;
  maxPerCountry: number | null;
  /** Per-organisation and per-country exceptions to the limits above (an accepted relaxation). */
  organisationLimits?: Readonly<Record<string, number>>;
  countryLimits?: Readonly<Record<string, number>>;
  /**
   * Acceptance planning: counts become expected confirmations, and the seats row asks for
   * between `seats` and `seats + 1` expected confirmations instead of exactly `seats`. A member
   * of a quota row counts with its group's rate from `categoryRates` (falling back to the
   * candidate's `weight`); people fixed in are already confirmed and count 1 everywhere.
   */
  expected?: boolean;
  categoryRates?: CategoryRates;
};

export type SolverStatus = 'optimal' | 'infeasible' | 'limit' | 'error';

export type SolverResult = {
  status: SolverStatus;
  objective: number;
  /** Column values by column name. */
  values: Readonly<Record<string, number>>;
  /** The solver's own status text, for diagnostics. */
  detail: string;
};

/** Solves a model written in CPLEX LP format. Injected so the model is testable anywhere. */
export type Solver = (lp: string) => Promise<SolverResult>;

/** A constraint of the problem, named the way a user thinks of it. */
export type ConstraintRef =
  | { kind: 'seats' }
  | { kind: 'quota'; dimension: string; category: string }
  | { kind: 'organisation'; organisation: string }
  | { kind: 'country'; country: string }
  | { kind: 'fixed' };

/**
 * A quota (or seat count, or limit) that cannot be met, and what is achievable. `reason` says
 * why: the pool is too small ('pool'), more are already confirmed ('fixed'), or the rule cannot
 * hold together with the others ('conflict': `achievable` is the bound the relaxation needs).
 */
export type Violation = {
  dimension: string;
  category: string;
  min: number | null;
  max: number | null;
  achievable: number;
  reason: 'pool' | 'fixed' | 'conflict';
};

/** One change of one bound that, together with the others of its list, makes the plan feasible. */
export type Relaxation = {
  constraint: ConstraintRef;
  bound: 'min' | 'max';
  from: number;
  to: number;
};

/** A named group of constraints for conflict explanations: "at most 1 per organisation". */
export type ConstraintGroup =
  | { kind: 'seats'; seats: number }
  | { kind: 'quota'; dimension: string; category: string; min: number | null; max: number | null }
  | { kind: 'organisation-limit'; max: number }
  | { kind: 'country-limit'; max: number }
  | { kind: 'fixed'; count: number };

export type Composition = Record<string, Record<string, number>>;

export type QuotaCheck = Quota & { actual: number; met: boolean };

export type PlanResult =
  | {
      feasible: true;
      optimal: boolean;
      selected: string[];
      /** Σ priority of the selected people. */
      objective: number;
      composition: Composition;
      checks: QuotaCheck[];
    }
  | {
      feasible: false;
      violations: Violation[];
      relaxation: Relaxation[];
      /** A smallest set of constraint groups that cannot hold together (empty if unknown). */
      conflict: ConstraintGroup[];
    };
