// The planner's Solver in the app: one module Web Worker, requests matched to answers by id.
import type { Solver, SolverResult } from '@shared/planner/types';
import type { SolveRequest, SolveResponse } from './solver.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: SolverResult) => void>();

function getWorker(): Worker {
  if (worker !== null) return worker;
  const w = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<SolveResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.result);
  };
  w.onerror = () => {
    // A worker that fails to start answers every waiting request with an error, not silence.
    for (const [id, resolve] of pending) {
      resolve({ status: 'error', objective: 0, values: {}, detail: 'worker' });
      pending.delete(id);
    }
  };
  worker = w;
  return w;
}

export const workerSolver: Solver = (lp) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    getWorker().postMessage({ id, lp } satisfies SolveRequest);
  });
