// Builds a graph's Cytoscape instance a slice at a time, giving the main thread back in
// between, so that opening the Network view (5,000 people and more) never blocks the window long.
//
// Measured at 5,000 people (20,000 elements, load 4): created in one go, the constructor (add,
// style, positions, fit) was one task of ~3 s and Cytoscape's first draw another of ~3 s (the
// rendered style and bounding box of every element, then every element drawn into its layered
// texture cache). Here the same work is done in slices of a few tens of milliseconds:
//   1. a headless instance gets the stylesheet, then the elements slice by slice (each slice's
//      style is computed as it is added);
//   2. it is mounted on the container and held in a batch, which pauses Cytoscape's render loop;
//   3. the style, rendered style and bounding box of the elements are computed slice by slice,
//      with the renderer's own per-element calculations run after each slice;
//   4. the view is fitted and the layered texture cache for that zoom is filled element by
//      element through the cache's own queue;
//   5. the batch ends and the first frame draws the finished layers: a few bitmaps.
// Steps 4–5 use the canvas renderer's internals (Cytoscape 3.35, pinned): when they are not
// there, the instance is still complete and Cytoscape builds the cache on its first frame.
import cytoscape from 'cytoscape';
import { yieldToMain } from '../../data/tasks';

/** How long one slice may run before the main thread is given back, in ms. */
export const SLICE_MS = 40;

type LayerQueue = { size: () => number };
type LayeredCache = {
  firstGet: boolean;
  layersQueue: LayerQueue;
  getLayers: (eles: unknown[], pxRatio: number, lvl?: number) => unknown;
  dequeue: (pxRatio: number) => unknown[];
};
type CanvasRenderer = {
  data?: { lyrTxrCache?: Partial<LayeredCache> };
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => { nondrag?: unknown[] };
  getPixelRatio?: () => number;
};

function rendererOf(cy: cytoscape.Core): CanvasRenderer | null {
  return (cy as unknown as { renderer: () => CanvasRenderer | null }).renderer() ?? null;
}

/**
 * Runs the renderer's per-element calculations queued so far (rendered style, texture cache
 * keys). Styling an element queues it; left queued, all 20,000 ran in the first frame and,
 * taken as changes, threw away the layers built before it.
 */
function flushCalculations(cy: cytoscape.Core): void {
  const renderer = rendererOf(cy);
  if (typeof renderer?.flushRenderedStyleQueue === 'function') renderer.flushRenderedStyleQueue();
}

/**
 * Tells the renderer that the node's links need no recalculation on its account: they are
 * calculated in their own slices after the nodes.
 */
function markLinksCalculated(node: cytoscape.NodeSingular): void {
  const rstyle = (node as unknown as { _private?: { rstyle?: { cleanConnected?: boolean } } })
    ._private?.rstyle;
  if (rstyle !== undefined) rstyle.cleanConnected = true;
}

/** The canvas renderer's layered texture cache and what is needed to fill it, if present. */
function layerCacheOf(cy: cytoscape.Core) {
  const renderer = rendererOf(cy);
  const cache = renderer?.data?.lyrTxrCache;
  if (
    renderer === null ||
    cache === undefined ||
    typeof cache.getLayers !== 'function' ||
    typeof cache.dequeue !== 'function' ||
    typeof cache.layersQueue?.size !== 'function' ||
    typeof renderer.getCachedZSortedEles !== 'function' ||
    typeof renderer.getPixelRatio !== 'function'
  )
    return null;
  const eles = renderer.getCachedZSortedEles().nondrag;
  if (!Array.isArray(eles)) return null;
  return { cache: cache as LayeredCache, eles, pxRatio: renderer.getPixelRatio() };
}

/**
 * Runs `step(from, to)` over `count` items in slices of `size`, giving the main thread back
 * whenever a slice has run SLICE_MS. Returns false if `cancelled()` said stop.
 */
async function inSlices(
  count: number,
  size: number,
  step: (from: number, to: number) => void,
  cancelled: () => boolean,
): Promise<boolean> {
  let started = performance.now();
  for (let from = 0; from < count; from += size) {
    step(from, Math.min(count, from + size));
    if (performance.now() - started >= SLICE_MS) {
      await yieldToMain();
      if (cancelled()) return false;
      started = performance.now();
    }
  }
  return !cancelled();
}

/**
 * Cut points that split items of the given weights into consecutive slices of about `limit`
 * each (an item heavier than the limit gets a slice of its own): [0, …, weights.length].
 */
export function slicesByWeight(weights: readonly number[], limit: number): number[] {
  const cuts = [0];
  let sum = 0;
  weights.forEach((weight, i) => {
    if (sum > 0 && sum + weight > limit) {
      cuts.push(i);
      sum = 0;
    }
    sum += weight;
  });
  if (weights.length > 0) cuts.push(weights.length);
  return cuts;
}

export type StagedOptions = {
  container: HTMLElement;
  elements: cytoscape.ElementDefinition[];
  stylesheet: cytoscape.StylesheetJson;
  /** Core and renderer options (zoom limits, pixel ratio…), without container, elements or style. */
  options: cytoscape.CytoscapeOptions;
  /** Sets the viewport once the container's size is known, before the cache is built. */
  fit: (cy: cytoscape.Core) => void;
  cancelled: () => boolean;
};

/**
 * The instance, mounted, fitted and with its texture cache built; null if cancelled on the way
 * (the partial instance is destroyed).
 */
export async function buildInSlices(staged: StagedOptions): Promise<cytoscape.Core | null> {
  const { container, elements, cancelled } = staged;
  // No `style` option: mount() would apply it to every element again in one go.
  const cy = cytoscape({ ...staged.options, headless: true, styleEnabled: true });
  let batching = false;
  const abandon = () => {
    if (batching) cy.endBatch();
    cy.destroy();
    return null;
  };
  cy.style(staged.stylesheet);
  // Nodes come before the edges that name them (initialElements' order).
  const added = await inSlices(
    elements.length,
    250,
    (from, to) => {
      cy.add(elements.slice(from, to));
    },
    cancelled,
  );
  if (!added) return abandon();

  cy.mount(container);
  // While batching, Cytoscape's render loop neither computes nor draws anything.
  cy.startBatch();
  batching = true;
  const stepDone = async () => {
    await yieldToMain();
    return !cancelled();
  };
  if (!(await stepDone())) return abandon();

  // Nodes first, then links. Styling a node also dirties every link it has (a session with
  // 1,000 participants: one slice of a second), so node slices are cut by links as well as
  // nodes; the renderer's own cascade from a node to its links is skipped: the links get their
  // calculations in their own slices below, once every node is placed and styled.
  const nodes = cy.nodes();
  const nodeSlices = slicesByWeight(
    nodes.map((node) => 1 + node.degree(false)),
    400,
  );
  const nodesDone = await inSlices(
    nodeSlices.length - 1,
    1,
    (i) => {
      const slice = nodes.slice(nodeSlices[i], nodeSlices[i + 1]);
      slice.boundingBox();
      for (const node of slice) markLinksCalculated(node);
      flushCalculations(cy);
    },
    cancelled,
  );
  if (!nodesDone) return abandon();
  const edges = cy.edges();
  const edgesDone = await inSlices(
    edges.length,
    300,
    (from, to) => {
      edges.slice(from, to).boundingBox();
      flushCalculations(cy);
    },
    cancelled,
  );
  if (!edgesDone || !(await stepDone())) return abandon();
  staged.fit(cy);
  flushCalculations(cy);
  if (!(await stepDone())) return abandon();

  const layers = layerCacheOf(cy);
  if (layers !== null) {
    const { cache, eles, pxRatio } = layers;
    if (!(await stepDone())) return abandon();
    // Queue every element for the layers at this zoom instead of drawing them all now.
    cache.firstGet = false;
    cache.getLayers(eles, pxRatio);
    if (!(await stepDone())) return abandon();
    let started = performance.now();
    while (cache.layersQueue.size() > 0) {
      if (cache.dequeue(pxRatio).length === 0) break;
      if (performance.now() - started >= SLICE_MS) {
        if (!(await stepDone())) return abandon();
        started = performance.now();
      }
    }
  }
  cy.endBatch();
  return cy;
}
