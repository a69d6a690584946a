// The Solver over a loaded HiGHS module (Node for tests and the CLI, a Web Worker in the app).
// Typed structurally so that shared/ does not import the package itself.
import type { Solver, SolverResult, SolverStatus } from './types';

export type HighsLike = {
  solve(
    lp: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, object> };
};

/** Exact optimality: a zero relative gap (the default 1e-4 could return a worse selection). */
export const HIGHS_OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_abs_gap: 1e-7,
} as const;

function statusOf(text: string): SolverStatus {
  if (text === 'Optimal') return 'optimal';
  if (text === 'Infeasible' || text === 'Primal infeasible or unbounded') return 'infeasible';
  if (/limit|reached/i.test(text)) return 'limit';
  return 'error';
}

export function toSolverResult(raw: ReturnType<HighsLike['solve']>): SolverResult {
  const status = statusOf(raw.Status);
  const values: Record<string, number> = {};
  if (status === 'optimal' || status === 'limit') {
    for (const [name, col] of Object.entries(raw.Columns)) {
      values[name] = 'Primal' in col && typeof col.Primal === 'number' ? col.Primal : 0;
    }
  }
  return { status, objective: raw.ObjectiveValue, values, detail: raw.Status };
}

export function highsSolver(highs: HighsLike): Solver {
  return (lp) => {
    try {
      return Promise.resolve(toSolverResult(highs.solve(lp, HIGHS_OPTIONS)));
    } catch (error) {
      // HiGHS throws on models it cannot parse; report it as data like every other failure.
      const detail = error instanceof Error ? error.message : String(error);
      return Promise.resolve({ status: 'error', objective: 0, values: {}, detail });
    }
  };
}
