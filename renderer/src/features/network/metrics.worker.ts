// Graph metrics off the UI thread: betweenness is O(nodes × links) and would freeze the window
// on large workspaces.
import type { GraphElements } from '@shared/graph/elements';
import { computeMetrics } from '@shared/graph/metrics';
import type { GraphMetrics } from '@shared/graph/metrics';
import { createRandom } from '@shared/random';

export type MetricsRequest = { requestId: number; elements: GraphElements };
export type MetricsReply =
  { requestId: number; metrics: GraphMetrics } | { requestId: number; error: string };

const scope = self as unknown as { postMessage: (message: MetricsReply) => void };
/** A fixed seed: the same graph always gets the same communities (and the same colours). */
const LOUVAIN_SEED = 20260101;

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { requestId, elements } = event.data;
  try {
    scope.postMessage({
      requestId,
      metrics: computeMetrics(elements, createRandom(LOUVAIN_SEED).next),
    });
  } catch (error) {
    scope.postMessage({ requestId, error: error instanceof Error ? error.message : String(error) });
  }
};
