// Runs layouts in the worker, one at a time: a new request or Cancel terminates the running one
// (fcose cannot be interrupted from outside). Finished layouts are cached in memory by topology,
// so that coming back to a view, or to a lens seen before, does not lay it out again.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphElements } from '@shared/graph/elements';
import type { GroupBy, LayoutMessage, LayoutName, LayoutStage, Positions } from './layoutModel';
import { coversAll, layoutInput, layoutKey } from './layoutModel';

const cache = new Map<string, Positions>();
const CACHE_LIMIT = 24;

function remember(key: string, positions: Positions) {
  cache.delete(key);
  cache.set(key, positions);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

function cached(key: string, elements: GraphElements): Positions | null {
  const positions = cache.get(key);
  return positions !== undefined && coversAll(positions, elements) ? positions : null;
}

/** Positions from a saved view, so opening it does not re-layout. */
export function primeLayoutCache(key: string, positions: Positions) {
  remember(key, positions);
}

export type LayoutState =
  | { status: 'ready'; key: string; positions: Positions }
  | { status: 'running'; key: string; stage: LayoutStage }
  | { status: 'cancelled'; key: string }
  | { status: 'failed'; key: string; message: string };

type Stopped =
  { key: string; status: 'cancelled' } | { key: string; status: 'failed'; message: string };

export function useLayout(elements: GraphElements | null, layout: LayoutName, groupBy: GroupBy) {
  const key = useMemo(
    () => (elements ? layoutKey(elements, layout, groupBy) : null),
    [elements, layout, groupBy],
  );
  const elementsRef = useRef(elements);
  useLayoutEffect(() => {
    elementsRef.current = elements;
  });
  const workerRef = useRef<Worker | null>(null);
  const [finished, setFinished] = useState<{ key: string; positions: Positions } | null>(null);
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const [stage, setStage] = useState<{ key: string; stage: LayoutStage } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => {
    const current = elementsRef.current;
    if (key === null || current === null) return;
    if (cached(key, current) !== null || stopped?.key === key) return;
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') setStage({ key, stage: message.stage });
      else if (message.type === 'done') {
        remember(key, message.positions);
        setFinished({ key, positions: message.positions });
        worker.terminate();
      } else {
        setStopped({ key, status: 'failed', message: message.message });
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      setStopped({ key, status: 'failed', message: event.message });
      worker.terminate();
    };
    worker.postMessage(layoutInput(current, layout, groupBy, attempt));
    return () => {
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
    };
  }, [key, layout, groupBy, attempt, stopped]);

  const cancel = useCallback(() => {
    stop();
    if (key !== null) setStopped({ key, status: 'cancelled' });
  }, [key, stop]);

  const rerun = useCallback(() => {
    if (key !== null) cache.delete(key);
    setStopped(null);
    setAttempt((a) => a + 1);
  }, [key]);

  const hit = key !== null && elements !== null ? cached(key, elements) : null;
  let state: LayoutState | null = null;
  if (key !== null) {
    if (hit !== null) state = { status: 'ready', key, positions: hit };
    else if (stopped?.key === key) state = stopped;
    else state = { status: 'running', key, stage: stage?.key === key ? stage.stage : 'preparing' };
  }
  /** The newest finished layout: the current one, or the last one while the next runs. */
  const ready = key !== null && hit !== null ? { key, positions: hit } : finished;
  return { state, ready, cancel, rerun };
}
