// Plans a selection: solve the MIP; when it is infeasible, explain why and propose a relaxation.
import { capacityViolations, conflictingRules, smallestRelaxation, violationOf } from './explain';
import { buildRows, candidateWeight, colName, selectionLp, selectionPriority } from './lp';
import type { Row } from './lp';
import type {
  Composition,
  PlanCandidate,
  PlanProblem,
  PlanResult,
  Quota,
  QuotaCheck,
  Solver,
  SolverResult,
  Violation,
} from './types';

/** Converts a target's shares into counts for a number of seats (at least ⌈min⌉, at most ⌊max⌋). */
export function sharesToCounts(
  minShare: number | null,
  maxShare: number | null,
  seats: number,
): { min: number | null; max: number | null } {
  return {
    min: minShare === null ? null : Math.ceil(minShare * seats - 1e-9),
    max: maxShare === null ? null : Math.floor(maxShare * seats + 1e-9),
  };
}

/** Counts per category of every dimension the candidates carry (weighted when planning for acceptance). */
export function compositionOf(
  problem: PlanProblem,
  selected: readonly PlanCandidate[],
): Composition {
  const out: Composition = {};
  for (const c of selected) {
    for (const [dimension, cats] of Object.entries(c.categories)) {
      const dim = (out[dimension] ??= {});
      for (const cat of cats) {
        const w = candidateWeight(problem, c, { dimension, category: cat });
        dim[cat] = Math.round(((dim[cat] ?? 0) + w) * 100) / 100;
      }
    }
  }
  return out;
}

export function checkQuotas(quotas: readonly Quota[], composition: Composition): QuotaCheck[] {
  return quotas.map((q) => {
    const actual = composition[q.dimension]?.[q.category] ?? 0;
    const met =
      (q.min === null || actual >= q.min - 1e-6) && (q.max === null || actual <= q.max + 1e-6);
    return { ...q, actual, met };
  });
}

export class PlannerInputError extends Error {
  constructor(readonly key: string) {
    super(key);
    this.name = 'PlannerInputError';
  }
}

/** Input a plan cannot start from: thrown as an i18n key, before anything is solved. */
export function validateProblem(problem: PlanProblem): void {
  if (!Number.isInteger(problem.seats) || problem.seats < 0)
    throw new PlannerInputError('planner.errors.seats');
  for (const q of problem.quotas) {
    for (const v of [q.min, q.max]) {
      if (v !== null && (!Number.isFinite(v) || v < 0))
        throw new PlannerInputError('planner.errors.quotaBound');
    }
    if (q.min !== null && q.max !== null && q.min > q.max)
      throw new PlannerInputError('planner.errors.quotaOrder');
  }
  for (const v of [problem.maxPerOrganisation, problem.maxPerCountry]) {
    if (v !== null && (!Number.isInteger(v) || v < 0))
      throw new PlannerInputError('planner.errors.limit');
  }
  const ids = new Set<string>();
  for (const c of problem.candidates) {
    if (ids.has(c.id)) throw new PlannerInputError('planner.errors.duplicateId');
    ids.add(c.id);
    if (!Number.isFinite(c.priority)) throw new PlannerInputError('planner.errors.priority');
  }
}

function mergeViolations(a: readonly Violation[], b: readonly Violation[]): Violation[] {
  const out = [...a];
  for (const v of b) {
    if (!out.some((o) => o.dimension === v.dimension && o.category === v.category)) out.push(v);
  }
  return out;
}

function hasSolution(result: SolverResult): boolean {
  return (
    result.status === 'optimal' ||
    (result.status === 'limit' && Object.keys(result.values).length > 0)
  );
}

function selectedIndices(problem: PlanProblem, result: SolverResult): number[] {
  return problem.candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c.fixed !== 'out' && (result.values[colName(i)] ?? 0) > 0.5)
    .map(({ i }) => i);
}

type Solved =
  { status: 'solved'; indices: number[]; optimal: boolean } | { status: 'infeasible' | 'error' };

/**
 * Two phases, each with integer coefficients so the solver proves optimality exactly: the best
 * Σ priority, then, holding that Σ as a constraint, the tie-break (earlier candidates first).
 * Phase 2 always has phase 1's selection as a feasible point; should it still fail (a limit),
 * phase 1's selection stands — same priority, a tie broken by the solver's path.
 */
async function solveSelection(
  problem: PlanProblem,
  rows: readonly Row[],
  solver: Solver,
): Promise<Solved> {
  const first = await solver(selectionLp(problem, rows));
  if (!hasSolution(first))
    return { status: first.status === 'infeasible' ? 'infeasible' : 'error' };
  const indices = selectedIndices(problem, first);
  if (first.status !== 'optimal') return { status: 'solved', indices, optimal: false };
  const priorityFloor = Math.round(selectionPriority(problem, indices) * 100);
  const second = await solver(selectionLp(problem, rows, { kind: 'tie-break', priorityFloor }));
  if (!hasSolution(second)) return { status: 'solved', indices, optimal: true };
  const tieBroken = selectedIndices(problem, second);
  // The floor row keeps the priority; the check guards against a solver tolerance slip.
  const kept = Math.round(selectionPriority(problem, tieBroken) * 100) >= priorityFloor;
  return { status: 'solved', indices: kept ? tieBroken : indices, optimal: true };
}

/**
 * The best selection for the problem, or, when none exists, the violations, the smallest
 * relaxation and a set of conflicting rules. Throws PlannerInputError on malformed input and
 * Error('planner.errors.solver') when the solver fails.
 */
export async function planSelection(problem: PlanProblem, solver: Solver): Promise<PlanResult> {
  validateProblem(problem);
  const rows = buildRows(problem);
  const capacity = capacityViolations(problem, rows);
  if (capacity.length === 0) {
    const solved = await solveSelection(problem, rows, solver);
    if (solved.status === 'solved') {
      const { indices } = solved;
      const selected = indices.map((i) => problem.candidates[i]).filter((c) => c !== undefined);
      const composition = compositionOf(problem, selected);
      return {
        feasible: true,
        optimal: solved.optimal,
        selected: selected.map((c) => c.id),
        objective: selectionPriority(problem, indices),
        composition,
        checks: checkQuotas(problem.quotas, composition),
      };
    }
    if (solved.status !== 'infeasible') throw new Error('planner.errors.solver');
  }
  const relaxation = (await smallestRelaxation(problem, solver, rows)) ?? [];
  const fromRelaxation = relaxation.map((r) => {
    const row = rows.find((x) => JSON.stringify(x.ref) === JSON.stringify(r.constraint));
    return row === undefined
      ? {
          dimension: r.constraint.kind,
          category: '',
          min: null,
          max: null,
          achievable: r.to,
          reason: 'conflict' as const,
        }
      : violationOf(row, r.to, 'conflict');
  });
  return {
    feasible: false,
    violations: mergeViolations(capacity, fromRelaxation),
    relaxation,
    conflict: await conflictingRules(problem, solver, rows),
  };
}
