// Why a plan is impossible, in terms a user can act on: quotas the pool cannot fill, the
// smallest relaxation that makes the plan feasible, and a smallest set of rules that conflict.
import {
  buildRows,
  candidateWeight,
  colName,
  linearTerms,
  nameList,
  num,
  rowGroup,
  rowTerms,
  type Row,
} from './lp';
import type { ConstraintGroup, PlanProblem, Relaxation, Solver, Violation } from './types';

const EPS = 1e-6;
/** Relaxing any one rule costs more than any amount of slack, so the fewest rules change. */
const RULE_COST = 1000;
/** Changing the number of seats is the last resort. */
const SEATS_COST = 100 * RULE_COST;

function weightOf(problem: PlanProblem, row: Row, only?: 'in'): number {
  let sum = 0;
  const group = rowGroup(row);
  for (const i of row.members) {
    const c = problem.candidates[i];
    if (c === undefined || (only === 'in' && c.fixed !== 'in')) continue;
    sum += candidateWeight(problem, c, group);
  }
  return Math.round(sum * 100) / 100;
}

export function violationOf(row: Row, achievable: number, reason: Violation['reason']): Violation {
  switch (row.ref.kind) {
    case 'seats':
      // The row's lower bound is the seat count (acceptance planning allows one more above it).
      return {
        dimension: 'seats',
        category: '',
        min: row.lower,
        max: row.lower,
        achievable,
        reason,
      };
    case 'quota':
      return {
        dimension: row.ref.dimension,
        category: row.ref.category,
        min: row.lower,
        max: row.upper,
        achievable,
        reason,
      };
    case 'organisation':
      return {
        dimension: 'organisation',
        category: row.ref.organisation,
        min: null,
        max: row.upper,
        achievable,
        reason,
      };
    case 'country':
      return {
        dimension: 'country',
        category: row.ref.country,
        min: null,
        max: row.upper,
        achievable,
        reason,
      };
    case 'fixed':
      return { dimension: 'fixed', category: '', min: null, max: null, achievable, reason };
  }
}

/**
 * Rules that fail whatever else is chosen: a minimum above what the pool holds ("at least 4
 * from Oceania is impossible: the pool has 2"), a maximum below the people already fixed in.
 */
export function capacityViolations(
  problem: PlanProblem,
  rows: readonly Row[] = buildRows(problem),
): Violation[] {
  const out: Violation[] = [];
  for (const row of rows) {
    const pool = weightOf(problem, row);
    const fixedIn = weightOf(problem, row, 'in');
    const seatsCap =
      row.ref.kind === 'seats'
        ? pool
        : Math.min(pool, problem.expected === true ? pool : problem.seats);
    if (row.lower !== null && seatsCap < row.lower - EPS)
      out.push(violationOf(row, seatsCap, 'pool'));
    else if (row.upper !== null && fixedIn > row.upper + EPS)
      out.push(violationOf(row, fixedIn, 'fixed'));
  }
  return out;
}

type ElasticColumns = { lo: string | null; up: string | null; z: string };

/**
 * The elastic model: every row gets slack on each bound and a switch z that must be on for the
 * slack to be used. Minimising Σ cost·z + Σ slack finds the fewest rules to relax, then the
 * least relaxation of them.
 */
export function elasticLp(
  problem: PlanProblem,
  rows: readonly Row[],
): { lp: string; cols: ElasticColumns[] } {
  const cols: ElasticColumns[] = rows.map((row, r) => ({
    lo: row.lower === null ? null : `s${r}_lo`,
    up: row.upper === null ? null : `s${r}_up`,
    z: `z${r}`,
  }));
  const objective: { coef: number; col: string }[] = [];
  const cons: string[] = [];
  rows.forEach((row, r) => {
    const c = cols[r];
    if (c === undefined) return;
    objective.push({ coef: row.ref.kind === 'seats' ? SEATS_COST : RULE_COST, col: c.z });
    const terms = rowTerms(problem, row);
    const total = weightOf(problem, row);
    if (c.lo !== null && row.lower !== null) {
      objective.push({ coef: 1, col: c.lo });
      cons.push(
        ` e${r}_lo: ${linearTerms([...terms, { coef: 1, col: c.lo }])} >= ${num(row.lower)}`,
      );
      cons.push(` e${r}_lz: ${c.lo} - ${num(Math.max(row.lower, 1))} ${c.z} <= 0`);
    }
    if (c.up !== null && row.upper !== null) {
      objective.push({ coef: 1, col: c.up });
      cons.push(
        ` e${r}_up: ${linearTerms([...terms, { coef: -1, col: c.up }])} <= ${num(row.upper)}`,
      );
      cons.push(` e${r}_uz: ${c.up} - ${num(Math.max(total, 1))} ${c.z} <= 0`);
    }
  });
  const live = problem.candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.fixed !== 'out');
  const lines = ['Minimize', ` obj: ${linearTerms(objective)}`, 'Subject To', ...cons, 'Bounds'];
  for (const { c, i } of live)
    lines.push(c.fixed === 'in' ? ` ${colName(i)} = 1` : ` 0 <= ${colName(i)} <= 1`);
  lines.push(' x_zero = 0');
  for (const c of cols) lines.push(` 0 <= ${c.z} <= 1`);
  lines.push('Binaries');
  lines.push(
    nameList([
      ...live.filter(({ c }) => c.fixed !== 'in').map(({ i }) => colName(i)),
      ...cols.map((c) => c.z),
    ]),
  );
  lines.push('End');
  return { lp: lines.join('\n'), cols };
}

/** The smallest relaxation (fewest rules, then least change) that makes the problem feasible. */
export async function smallestRelaxation(
  problem: PlanProblem,
  solver: Solver,
  rows: readonly Row[] = buildRows(problem),
): Promise<Relaxation[] | null> {
  const { lp, cols } = elasticLp(problem, rows);
  const result = await solver(lp);
  if (result.status !== 'optimal') return null;
  const out: Relaxation[] = [];
  rows.forEach((row, r) => {
    const c = cols[r];
    if (c === undefined) return;
    const lo = c.lo === null ? 0 : (result.values[c.lo] ?? 0);
    const up = c.up === null ? 0 : (result.values[c.up] ?? 0);
    if (lo > EPS && row.lower !== null) {
      out.push({
        constraint: row.ref,
        bound: 'min',
        from: row.lower,
        to: Math.max(0, Math.floor(row.lower - lo + EPS)),
      });
    }
    if (up > EPS && row.upper !== null) {
      // Seats are one number: when planning for acceptance the row allows seats + 1 above it.
      const shift = row.ref.kind === 'seats' && row.lower !== null ? row.upper - row.lower : 0;
      out.push({
        constraint: row.ref,
        bound: 'max',
        from: row.upper - shift,
        to: Math.ceil(row.upper + up - EPS) - shift,
      });
    }
  });
  return out;
}

/** The problem with a relaxation accepted: quotas, limits or seats changed as proposed. */
export function acceptRelaxation(
  problem: PlanProblem,
  relaxation: readonly Relaxation[],
): PlanProblem {
  let next: PlanProblem = { ...problem };
  for (const r of relaxation) {
    const ref = r.constraint;
    if (ref.kind === 'seats') next = { ...next, seats: r.to };
    else if (ref.kind === 'quota') {
      next = {
        ...next,
        quotas: next.quotas.map((q) =>
          q.dimension === ref.dimension && q.category === ref.category
            ? { ...q, [r.bound]: r.to }
            : q,
        ),
      };
    } else if (ref.kind === 'organisation') {
      next = {
        ...next,
        organisationLimits: { ...next.organisationLimits, [ref.organisation]: r.to },
      };
    } else if (ref.kind === 'country') {
      next = { ...next, countryLimits: { ...next.countryLimits, [ref.country]: r.to } };
    }
  }
  return next;
}

function feasibilityLp(problem: PlanProblem, rows: readonly Row[]): string {
  const live = problem.candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.fixed !== 'out');
  const lines = ['Minimize', ' obj: 0 x_zero', 'Subject To'];
  rows.forEach((row, r) => {
    const terms = linearTerms(rowTerms(problem, row));
    if (row.lower !== null) lines.push(` r${r}_lo: ${terms} >= ${num(row.lower)}`);
    if (row.upper !== null) lines.push(` r${r}_up: ${terms} <= ${num(row.upper)}`);
  });
  if (rows.length === 0) lines.push(' none: x_zero >= 0');
  lines.push('Bounds');
  for (const { c, i } of live)
    lines.push(c.fixed === 'in' ? ` ${colName(i)} = 1` : ` 0 <= ${colName(i)} <= 1`);
  lines.push(' x_zero = 0', 'Binaries');
  lines.push(nameList(live.filter(({ c }) => c.fixed !== 'in').map(({ i }) => colName(i))));
  lines.push('End');
  return lines.join('\n');
}

function describeGroup(problem: PlanProblem, group: string): ConstraintGroup {
  if (group === 'seats') return { kind: 'seats', seats: problem.seats };
  if (group === 'fixed') {
    return { kind: 'fixed', count: problem.candidates.filter((c) => c.fixed === 'in').length };
  }
  if (group === 'organisation-limit')
    return { kind: 'organisation-limit', max: problem.maxPerOrganisation ?? 0 };
  if (group === 'country-limit') return { kind: 'country-limit', max: problem.maxPerCountry ?? 0 };
  const q = problem.quotas[Number(group.slice('quota:'.length))];
  return q === undefined
    ? { kind: 'seats', seats: problem.seats }
    : { kind: 'quota', dimension: q.dimension, category: q.category, min: q.min, max: q.max };
}

/**
 * A smallest set of rule groups that cannot hold together (a deletion filter: drop each group in
 * turn and keep it out if the rest stays infeasible). Limits per organisation count as one rule.
 * Returns [] when there are too many groups to test cheaply.
 */
export async function conflictingRules(
  problem: PlanProblem,
  solver: Solver,
  rows: readonly Row[] = buildRows(problem),
  maxGroups = 40,
): Promise<ConstraintGroup[]> {
  const groups = [...new Set(rows.map((r) => r.group))];
  if (problem.candidates.some((c) => c.fixed === 'in')) groups.push('fixed');
  if (groups.length > maxGroups) return [];
  const active = new Set(groups);
  const feasibleWithout = async (without: string): Promise<boolean> => {
    const keep = rows.filter((r) => active.has(r.group) && r.group !== without);
    const p: PlanProblem =
      active.has('fixed') && without !== 'fixed'
        ? problem
        : {
            ...problem,
            candidates: problem.candidates.map((c) =>
              c.fixed === 'in' ? { ...c, fixed: null } : c,
            ),
          };
    const result = await solver(feasibilityLp(p, keep));
    return result.status === 'optimal';
  };
  for (const g of groups) {
    if (!(await feasibleWithout(g))) active.delete(g);
  }
  return [...active].map((g) => describeGroup(problem, g));
}
