// The planner's Solver in the app: one module Web Worker, requests matched to answers by id.
// HiGHS cannot be interrupted mid-solve, so cancelling a solve in flight stops the worker; the
// next solve starts a fresh one (the wasm is cached by then).
import type { Solver, SolverResult } from '@shared/planner/types';
import { CancelledError } from './planRunner';
import type { SolveRequest, SolveResponse } from './solver.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: SolverResult) => void>();

const failed = (detail: string): SolverResult => ({
  status: 'error',
  objective: 0,
  values: {},
  detail,
});

function answerAll(result: SolverResult): void {
  for (const [id, resolve] of pending) {
    pending.delete(id);
    resolve(result);
  }
}

function getWorker(): Worker {
  if (worker !== null) return worker;
  const w = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<SolveResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.result);
  };
  // A worker that fails to start answers every waiting request with an error, not silence.
  w.onerror = () => answerAll(failed('worker'));
  worker = w;
  return w;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  answerAll(failed('stopped'));
}

/** A solver whose requests stop when `signal` aborts (rejecting with CancelledError). */
export function workerSolver(signal?: AbortSignal): Solver {
  return (lp) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(new CancelledError());
        return;
      }
      const id = nextId++;
      const onAbort = () => {
        if (pending.has(id)) {
          pending.delete(id);
          stopWorker();
        }
        reject(new CancelledError());
      };
      pending.set(id, (result) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      getWorker().postMessage({ id, lp } satisfies SolveRequest);
    });
}
