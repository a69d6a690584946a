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
 * Objective coefficients: the priority (rounded to 0.01, the unit in which priorities may
 * differ) plus a tie-break smaller than that unit in total, preferring earlier candidates, so
 * that equal-priority choices do not depend on the solver's path.
 */
export function objectiveCoefficients(problem: PlanProblem): number[] {
  const n = problem.candidates.length;
  return problem.candidates.map((c, i) => {
    const p = Math.round(c.priority * 100) / 100;
    const tie = (0.005 * (n - i)) / ((n * (n + 1)) / 2);
    return p + tie;
  });
}

/** Σ priority (rounded as in the objective) of a selection given by candidate indices. */
export function selectionPriority(problem: PlanProblem, indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += Math.round((problem.candidates[i]?.priority ?? 0) * 100);
  return sum / 100;
}

/** The selection MIP: maximise priority subject to every row; fixed-in columns are set to 1. */
export function selectionLp(
  problem: PlanProblem,
  rows: readonly Row[] = buildRows(problem),
): string {
  const coefs = objectiveCoefficients(problem);
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
  out.push('Bounds');
  for (const { c, i } of live)
    out.push(c.fixed === 'in' ? ` ${colName(i)} = 1` : ` 0 <= ${colName(i)} <= 1`);
  out.push(' x_zero = 0');
  out.push('Binaries');
  out.push(nameList(live.filter(({ c }) => c.fixed !== 'in').map(({ i }) => colName(i))));
  out.push('End');
  return out.join('\n');
}
