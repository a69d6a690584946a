// The what-if loop's runner: a newer plan aborts the one in flight and a stale result never
// reaches the screen, whatever order the answers arrive in.
import { describe, expect, it } from 'vitest';
import type { Solver, SolverResult } from '@shared/planner/types';
import {
  CancelledError,
  createPlanRunner,
} from '../../../../renderer/src/features/planner/planRunner';

const answer = (objective: number): SolverResult => ({
  status: 'optimal',
  objective,
  values: {},
  detail: '',
});

/** A solver whose answers the test releases by hand; it rejects when its run is aborted. */
function manualSolvers() {
  const calls: { signal: AbortSignal; release: (r: SolverResult) => void }[] = [];
  const make =
    (signal: AbortSignal): Solver =>
    () =>
      new Promise((resolve, reject) => {
        calls.push({ signal, release: resolve });
        signal.addEventListener('abort', () => reject(new CancelledError()), { once: true });
      });
  return { calls, make };
}

describe('plan runner', () => {
  it('aborts the plan in flight when a newer one starts and reports it stale', async () => {
    const { calls, make } = manualSolvers();
    const runner = createPlanRunner(make);
    const first = runner.run(async (solve) => (await solve('first')).objective);
    const second = runner.run(async (solve) => (await solve('second')).objective);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls[1]?.signal.aborted).toBe(false);
    calls[1]?.release(answer(2));
    expect(await second).toEqual({ stale: false, value: 2 });
    expect(await first).toEqual({ stale: true });
  });

  it('drops an old result that arrives after the newer one, even if its solver ignores the abort', async () => {
    const calls: ((r: SolverResult) => void)[] = [];
    // This solver never rejects: the runner alone must keep the old answer off the screen.
    const runner = createPlanRunner(
      () => () => new Promise<SolverResult>((resolve) => calls.push(resolve)),
    );
    const first = runner.run(async (solve) => (await solve('a')).objective);
    const second = runner.run(async (solve) => (await solve('b')).objective);
    calls[1]?.(answer(2));
    calls[0]?.(answer(1));
    expect(await second).toEqual({ stale: false, value: 2 });
    expect(await first).toEqual({ stale: true });
  });

  it('passes real failures of the current plan through, and cancel() makes it stale', async () => {
    const { calls, make } = manualSolvers();
    const runner = createPlanRunner(make);
    const failing = runner.run(() => Promise.reject(new Error('planner.errors.solver')));
    await expect(failing).rejects.toThrow('planner.errors.solver');
    const pending = runner.run(async (solve) => (await solve('x')).objective);
    runner.cancel();
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(await pending).toEqual({ stale: true });
  });
});
