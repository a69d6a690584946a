// Turns a plan problem into rows and writes them as a CPLEX LP model (the format HiGHS reads).
// Column x<i> is 1 when candidate i (in problem order) is selected.
import type { ConstraintRef, PlanCandidate, PlanProblem } from './types';

/** One linear row over candidate columns: lower ≤ Σ weight·x ≤ upper (null: unbounded). */
export type Row = {
  ref: ConstraintRef;
  /** Indices of candidates in the row (excluded candidates are never listed). */
  members: number[];
  lower: number | null;
  upper: number | null;
  /** Where the row comes from, for grouping conflicts. */
  group: string;
};

export const colName = (i: number): string => `x${i}`;

/**
 * How much a selected candidate counts: 1, or when planning for acceptance the expected
 * confirmations — the rate of the quota's group for a quota row, the person's own rate otherwise.
 */
export function candidateWeight(
  problem: PlanProblem,
  c: PlanCandidate,
  group?: { dimension: string; category: string },
): number {
  if (problem.expected !== true || c.fixed === 'in') return 1;
  const rate =
    group === undefined ? undefined : problem.categoryRates?.[group.dimension]?.[group.category];
  return rate ?? c.weight ?? 1;
}

/** The quota group a row counts, if it is a quota row. */
export function rowGroup(row: Row): { dimension: string; category: string } | undefined {
  return row.ref.kind === 'quota'
    ? { dimension: row.ref.dimension, category: row.ref.category }
    : undefined;
}

function limitFor(
  key: string,
  overrides: Readonly<Record<string, number>> | undefined,
  fallback: number | null,
): number | null {
  return overrides?.[key] ?? fallback;
}

/** The rows of a problem, in a stable order: seats, quotas, organisations, countries. */
export function buildRows(problem: PlanProblem): Row[] {
  const live = problem.candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.fixed !== 'out');
  const rows: Row[] = [];
  const all = live.map(({ i }) => i);
  rows.push(
    problem.expected === true
      ? {
          ref: { kind: 'seats' },
          members: all,
          lower: problem.seats,
          upper: problem.seats + 1,
          group: 'seats',
        }
      : {
          ref: { kind: 'seats' },
          members: all,
          lower: problem.seats,
          upper: problem.seats,
          group: 'seats',
        },
  );
  problem.quotas.forEach((q, qi) => {
    if (q.min === null && q.max === null) return;
    const members = live.filter(
      ({ c }) => c.categories[q.dimension]?.includes(q.category) === true,
    );
    rows.push({
      ref: { kind: 'quota', dimension: q.dimension, category: q.category },
      members: members.map(({ i }) => i),
      lower: q.min,
      upper: q.max,
      group: `quota:${qi}`,
    });
  });
  const byKey = (key: (c: PlanCandidate) => string | null) => {
    const groups = new Map<string, number[]>();
    for (const { c, i } of live) {
      const k = key(c);
      if (k === null) continue;
      const list = groups.get(k) ?? [];
      list.push(i);
      groups.set(k, list);
    }
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  for (const [organisation, members] of byKey((c) => c.organisation)) {
    const max = limitFor(organisation, problem.organisationLimits, problem.maxPerOrganisation);
    if (max === null || members.length <= max) continue;
    rows.push({
      ref: { kind: 'organisation', organisation },
      members,
      lower: null,
      upper: max,
      group: 'organisation-limit',
    });
  }
  for (const [country, members] of byKey((c) => c.country)) {
    const max = limitFor(country, problem.countryLimits, problem.maxPerCountry);
    if (max === null || members.length <= max) continue;
    rows.push({
      ref: { kind: 'country', country },
      members,
      lower: null,
      upper: max,
      group: 'country-limit',
    });
  }
  return rows;
}

/** A number as LP text: never exponent notation, which some LP readers reject. */
export function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return x.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

/** Writes "c1 x1 + c2 x2 …" wrapped so that no line gets too long for LP readers. */
export function linearTerms(terms: readonly { coef: number; col: string }[]): string {
  if (terms.length === 0) return '0 x_zero';
  const parts = terms.map(({ coef, col }, k) => {
    const sign = coef < 0 ? '-' : k === 0 ? '' : '+';
    const abs = Math.abs(coef);
    const c = abs === 1 ? '' : `${num(abs)} `;
    return `${sign}${sign === '' ? '' : ' '}${c}${col}`;
  });
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += 12) lines.push(parts.slice(k, k + 12).join(' '));
  return lines.join('\n   ');
}

/** Column names for a Binaries/Generals section, a dozen per line. */
export function nameList(names: readonly string[]): string {
  const lines: string[] = [];
  for (let k = 0; k < names.length; k += 12) lines.push(` ${names.slice(k, k + 12).join(' ')}`);
  return lines.join('\n');
}

/** The row's terms over candidate columns. */
export function rowTerms(problem: PlanProblem, row: Row): { coef: number; col: string }[] {
  return row.members.map((i) => {
    const c = problem.candidates[i];
    return {
      coef: c === undefined ? 1 : candidateWeight(problem, c, rowGroup(row)),
      col: colName(i),
    };
  });
}

/**
 * Phase 1 objective: each candidate's priority in hundredths (the unit in which priorities may
 * differ), so every coefficient and every objective value is an integer and the solver can prove
 * optimality exactly instead of chasing gaps below its tolerances.
 */
export function priorityCoefficients(problem: PlanProblem): number[] {
  return problem.candidates.map((c) => Math.round(c.priority * 100));
}

/**
 * Phase 2 objective, among the selections of optimal priority: prefer earlier candidates (n − i
 * for candidate i), so that equal-priority choices do not depend on the solver's path. Integers
 * too. (A single objective "priority + tiny tie-break" put the tie-break ~2.5e-9 apart at 2,000
 * candidates — below the MIP gap, so the solver did not have to honour it.)
 */
export function tieBreakCoefficients(problem: PlanProblem): number[] {
  const n = problem.candidates.length;
  return problem.candidates.map((_, i) => n - i);
}

/** What a selection LP optimises: the priority, or the tie-break at a given priority. */
export type SelectionObjective =
  | { kind: 'priority' }
  /** `priorityFloor`: Σ priority in hundredths of the phase-1 optimum, kept as a constraint. */
  | { kind: 'tie-break'; priorityFloor: number };

/** Σ priority (rounded as in the objective) of a selection given by candidate indices. */
export function selectionPriority(problem: PlanProblem, indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += Math.round((problem.candidates[i]?.priority ?? 0) * 100);
  return sum / 100;
}

/**
 * The selection MIP: maximise the objective subject to every row; fixed-in columns are set to 1.
 * Phase 2 adds the row "Σ priority ≥ phase-1 optimum" (integers, so exact).
 */
export function selectionLp(
  problem: PlanProblem,
  rows: readonly Row[] = buildRows(problem),
  objective: SelectionObjective = { kind: 'priority' },
): string {
  const priority = priorityCoefficients(problem);
  const coefs = objective.kind === 'priority' ? priority : tieBreakCoefficients(problem);
  const live = problem.candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.fixed !== 'out');
  const out: string[] = ['Maximize'];
  out.push(` obj: ${linearTerms(live.map(({ i }) => ({ coef: coefs[i] ?? 0, col: colName(i) })))}`);
  out.push('Subject To');
  rows.forEach((row, r) => {
    const terms = linearTerms(rowTerms(problem, row));
    if (row.lower !== null && row.upper !== null && row.lower === row.upper) {
      out.push(` r${r}: ${terms} = ${num(row.lower)}`);
      return;
    }
    if (row.lower !== null) out.push(` r${r}_lo: ${terms} >= ${num(row.lower)}`);
    if (row.upper !== null) out.push(` r${r}_up: ${terms} <= ${num(row.upper)}`);
  });
  if (objective.kind === 'tie-break') {
    const terms = live
      .map(({ i }) => ({ coef: priority[i] ?? 0, col: colName(i) }))
      .filter(({ coef }) => coef !== 0);
    out.push(` priority: ${linearTerms(terms)} >= ${num(objective.priorityFloor)}`);
  }
  out.push('Bounds');
  for (const { c, i } of live)
    out.push(c.fixed === 'in' ? ` ${colName(i)} = 1` : ` 0 <= ${colName(i)} <= 1`);
  out.push(' x_zero = 0');
  out.push('Binaries');
  out.push(nameList(live.filter(({ c }) => c.fixed !== 'in').map(({ i }) => colName(i))));
  out.push('End');
  return out.join('\n');
}
