// Runs HiGHS off the UI thread: receives CPLEX LP models, answers with solver results.
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { highsSolver } from '@shared/planner/highs';
import type { Solver } from '@shared/planner/types';

export type SolveRequest = { id: number; lp: string };
export type SolveResponse = { id: number; result: Awaited<ReturnType<Solver>> };

let solver: Promise<Solver> | null = null;

self.onmessage = (event: MessageEvent<SolveRequest>) => {
  const { id, lp } = event.data;
  // The wasm is a bundled asset next to this worker: no network, found through locateFile.
  solver ??= highsLoader({ locateFile: () => new URL(wasmUrl, self.location.href).href }).then(
    (h) => highsSolver(h),
  );
  void solver
    .then((solve) => solve(lp))
    .catch((error: unknown) => ({
      status: 'error' as const,
      objective: 0,
      values: {},
      detail: error instanceof Error ? error.message : 'load failed',
    }))
    .then((result) => {
      self.postMessage({ id, result } satisfies SolveResponse);
    });
};
