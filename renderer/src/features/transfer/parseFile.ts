// Runs readTableFile in a Web Worker, cancellable; falls back to the main thread where workers
// are unavailable.
import { readTableFile } from '@shared/import';
import type { ReadError, ReadOptions, ReadResult } from '@shared/import';

export type ParseOutcome = { ok: true; value: ReadResult } | { ok: false; error: ReadError };
export type ParseJob = { result: Promise<ParseOutcome | null>; cancel: () => void };

export function parseFile(bytes: Uint8Array, options: ReadOptions = {}): ParseJob {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    return {
      result: readTableFile(bytes, options).then((r) => (cancelled ? null : r)),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ParseOutcome | null) => void = () => undefined;
  const result = new Promise<ParseOutcome | null>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<{ type: 'done'; result: ParseOutcome }>) => {
    settle(event.data.result);
    worker.terminate();
  };
  worker.onerror = () => {
    settle({ ok: false, error: { kind: 'corrupt' } });
    worker.terminate();
  };
  worker.postMessage({ bytes, options });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
