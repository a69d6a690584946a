// Runs plans for the what-if loop one at a time: a new run aborts the one in flight, and a run
// that was overtaken reports itself stale instead of its result, so an old plan never replaces
// a newer one on screen.
import type { Solver } from '@shared/planner/types';

/** A solve abandoned because a newer plan started. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export type RunOutcome<T> = { stale: true } | { stale: false; value: T };

export type PlanRunner = {
  run<T>(job: (solver: Solver) => Promise<T>): Promise<RunOutcome<T>>;
  cancel(): void;
};

/** `makeSolver(signal)` gives a solver that stops (rejecting with CancelledError) on abort. */
export function createPlanRunner(makeSolver: (signal: AbortSignal) => Solver): PlanRunner {
  let current: AbortController | null = null;
  return {
    async run<T>(job: (solver: Solver) => Promise<T>): Promise<RunOutcome<T>> {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      try {
        const value = await job(makeSolver(controller.signal));
        return controller.signal.aborted ? { stale: true } : { stale: false, value };
      } catch (error) {
        if (controller.signal.aborted) return { stale: true };
        throw error;
      } finally {
        if (current === controller) current = null;
      }
    },
    cancel() {
      current?.abort();
      current = null;
    },
  };
}
