// Computes the metrics of the drawn graph in a worker; null until they arrive.
import { useEffect, useRef, useState } from 'react';
import type { GraphElements } from '@shared/graph/elements';
import type { GraphMetrics } from '@shared/graph/metrics';
import type { MetricsReply, MetricsRequest } from './metrics.worker';

export function useMetrics(elements: GraphElements | null): GraphMetrics | null {
  const [result, setResult] = useState<{ elements: GraphElements; metrics: GraphMetrics } | null>(
    null,
  );
  const requestRef = useRef(0);

  useEffect(() => {
    if (elements === null) return;
    const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    requestRef.current += 1;
    const requestId = requestRef.current;
    worker.onmessage = (event: MessageEvent<MetricsReply>) => {
      const reply = event.data;
      if (reply.requestId === requestRef.current && 'metrics' in reply) {
        setResult({ elements, metrics: reply.metrics });
      } else if ('error' in reply) {
        console.error('Network metrics failed');
      }
      worker.terminate();
    };
    worker.postMessage({ requestId, elements } satisfies MetricsRequest);
    return () => worker.terminate();
  }, [elements]);

  // Metrics of an older graph would mislabel nodes: only those of the current elements count.
  return result !== null && result.elements === elements ? result.metrics : null;
}
