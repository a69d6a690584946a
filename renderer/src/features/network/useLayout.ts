// Runs layouts in the worker, one at a time: a new request or Cancel terminates the running one
// (fcose cannot be interrupted from outside). Finished layouts are cached in memory by topology,
// and the newest few in the workspace database (layoutStore.ts), so that coming back to a view,
// to a lens seen before, or to the app after a restart does not lay it out again.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphElements } from '@shared/graph/elements';
import type { GroupBy, LayoutMessage, LayoutName, LayoutStage, Positions } from './layoutModel';
import { coversAll, layoutInput, layoutKey } from './layoutModel';
import { useStore } from '../../data/hooks';
import { readStoredLayout, storeLayout } from './layoutStore';

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
  const { db } = useStore();
  const key = useMemo(
    () => (elements ? layoutKey(elements, layout, groupBy) : null),
    [elements, layout, groupBy],
  );
  const elementsRef = useRef(elements);
  useLayoutEffect(() => {
    elementsRef.current = elements;
  });
  const workerRef = useRef<Worker | null>(null);
  const [finished, setFinished] = useState<{
    key: string;
    positions: Positions;
    /** How long the worker took, in ms; null for a stored layout. */
    ms: number | null;
  } | null>(null);
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const [stage, setStage] = useState<{ key: string; stage: LayoutStage } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [freshKey, setFreshKey] = useState<string | null>(null);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => {
    const current = elementsRef.current;
    if (key === null || current === null) return;
    if (cached(key, current) !== null || stopped?.key === key) return;
    let worker: Worker | null = null;
    let stale = false;
    const start = () => {
      const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker = w;
      workerRef.current = w;
      w.onmessage = (event: MessageEvent<LayoutMessage>) => {
        const message = event.data;
        if (message.type === 'progress') setStage({ key, stage: message.stage });
        else if (message.type === 'done') {
          remember(key, message.positions);
          setFinished({ key, positions: message.positions, ms: message.ms });
          w.terminate();
          // A cache: if the write fails, the next open lays the graph out again, nothing worse.
          storeLayout(db, key, current, message.positions).catch(() => undefined);
        } else {
          setStopped({ key, status: 'failed', message: message.message });
          w.terminate();
        }
      };
      w.onerror = (event) => {
        setStopped({ key, status: 'failed', message: event.message });
        w.terminate();
      };
      w.postMessage(layoutInput(current, layout, groupBy, attempt));
    };
    // A rerun asks for a fresh layout; otherwise a stored one is used when there is one.
    const stored = freshKey !== key ? readStoredLayout(db, key, current) : Promise.resolve(null);
    stored
      .catch(() => null)
      .then((positions) => {
        if (stale) return;
        if (positions !== null) {
          remember(key, positions);
          setFinished({ key, positions, ms: null });
        } else start();
      })
      .catch(() => undefined);
    return () => {
      stale = true;
      worker?.terminate();
      if (workerRef.current === worker) workerRef.current = null;
    };
  }, [db, key, layout, groupBy, attempt, freshKey, stopped]);

  const cancel = useCallback(() => {
    stop();
    if (key !== null) setStopped({ key, status: 'cancelled' });
  }, [key, stop]);

  const rerun = useCallback(() => {
    if (key !== null) cache.delete(key);
    setFreshKey(key);
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
  /** The worker's time for the current layout (null when it came from a cache). */
  const layoutMs = finished !== null && finished.key === key ? finished.ms : null;
  return { key, state, ready, layoutMs, cancel, rerun };
}
