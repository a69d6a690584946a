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
type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
type Layer = { bb: Box; eles: unknown[]; context?: CanvasRenderingContext2D };
type LayeredCache = {
  firstGet: boolean;
  layersQueue: LayerQueue;
  layersByLevel: Record<number, Layer[] | undefined>;
  getLayers: (eles: unknown[], pxRatio: number, lvl?: number) => unknown;
  makeLayer: (bb: Box, lvl: number) => Layer;
  queueLayer: (layer: Layer, ele: unknown) => void;
  dequeue: (pxRatio: number) => unknown[];
};
/** An element as the renderer sees it: the methods and fields of Cytoscape 3.35 used here. */
export type InnerElement = {
  pstyle: (name: string) => { value: unknown };
  zDepth: () => number;
  poolIndex: () => number;
  interactive: () => boolean;
  isNode: () => boolean;
  boundingBox: () => Box;
  _private: { rscratch: { imgLayerCaches?: Record<number, Layer | null> } };
};
type ZSorted = InnerElement[] & { interactive?: InnerElement[] };
type CanvasRenderer = {
  data?: { lyrTxrCache?: Partial<LayeredCache> };
  cachedZSortedEles?: ZSorted | null;
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => { nondrag?: unknown[] };
  updateCachedGrabbedEles?: () => void;
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
export function flushCalculations(cy: cytoscape.Core): void {
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
    typeof cache.makeLayer !== 'function' ||
    typeof cache.queueLayer !== 'function' ||
    typeof cache.layersByLevel !== 'object' ||
    typeof cache.layersQueue?.size !== 'function' ||
    typeof renderer.getCachedZSortedEles !== 'function' ||
    typeof renderer.getPixelRatio !== 'function'
  )
    return null;
  const eles = renderer.getCachedZSortedEles().nondrag;
  if (!Array.isArray(eles)) return null;
  return { cache: cache as LayeredCache, eles, pxRatio: renderer.getPixelRatio() };
}

/** An element's place in Cytoscape's drawing order, as the numbers its zIndexSort compares. */
export type DrawKey = { depth: number; kind: number; z: number; pool: number };

const MAX_INT = Number.MAX_SAFE_INTEGER;

/**
 * The drawing-order key of an element: what Cytoscape 3.35's zIndexSort reads from its style on
 * every comparison (compound depth, nodes over edges, z-index, then the order added), read once.
 */
export function drawKeyOf(ele: InnerElement, compound: boolean): DrawKey {
  const depthStyle = ele.pstyle('z-compound-depth').value as string;
  let depth = 0;
  if (depthStyle === 'auto') depth = compound ? ele.zDepth() : 0;
  else if (depthStyle === 'bottom') depth = -1;
  else if (depthStyle === 'top') depth = MAX_INT;
  const kind = ele.pstyle('z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
  const z = Number(ele.pstyle('z-index').value);
  return { depth, kind, z, pool: ele.poolIndex() };
}

/** Indices of `keys` in drawing order (zIndexSort's order: depth, kind, z-index, pool index). */
export function drawOrder(keys: readonly DrawKey[]): number[] {
  const order = keys.map((_, i) => i);
  const at = (i: number) => keys[i] as DrawKey;
  return order.sort((i, j) => {
    const a = at(i);
    const b = at(j);
    return a.depth - b.depth || a.kind - b.kind || a.z - b.z || a.pool - b.pool;
  });
}

/**
 * Sets the renderer's cached drawing order (what its getCachedZSortedEles() computes: every
 * element sorted with zIndexSort, the interactive ones, the drag and non-drag lists), with the
 * style read a slice at a time. zIndexSort reads three style properties of both elements on
 * each of the sort's ~300,000 comparisons at 20,000 elements: one task of 0.3–0.7 s. Returns a
 * function that sets the same order again (see buildInSlices), or null if cancelled; without
 * the renderer's cache, it does nothing (Cytoscape then sorts on its own).
 */
async function presortDrawOrder(
  cy: cytoscape.Core,
  cancelled: () => boolean,
): Promise<(() => void) | null> {
  const renderer = rendererOf(cy);
  if (renderer === null || typeof renderer.updateCachedGrabbedEles !== 'function') return () => {};
  const eles = (cy as unknown as { mutableElements: () => cytoscape.CollectionReturnValue })
    .mutableElements()
    .toArray() as unknown as InnerElement[];
  const compound = (cy as unknown as { hasCompoundNodes: () => boolean }).hasCompoundNodes();
  const keys: DrawKey[] = new Array<DrawKey>(eles.length);
  const interactive: boolean[] = new Array<boolean>(eles.length);
  const read = await inSlices(
    eles.length,
    500,
    (from, to) => {
      for (let i = from; i < to; i += 1) {
        const ele = eles[i] as InnerElement;
        keys[i] = drawKeyOf(ele, compound);
        interactive[i] = ele.interactive();
      }
    },
    cancelled,
  );
  if (!read) return null;
  const order = drawOrder(keys);
  const sorted: ZSorted = order.map((i) => eles[i] as InnerElement);
  sorted.interactive = order.filter((i) => interactive[i]).map((i) => eles[i] as InnerElement);
  const set = () => {
    renderer.cachedZSortedEles = sorted;
    renderer.updateCachedGrabbedEles?.();
  };
  set();
  return set;
}

/** Cytoscape 3.35's layered texture cache levels (minLvl, maxLvl, maxZoom, size limits). */
const LAYER_LEVELS = { min: -4, max: 2, maxZoom: 3.99, maxDim: 32767, maxArea: 4000 * 4000 };

/** The cache level Cytoscape's getLayers uses at this zoom, or null if it draws uncached. */
export function layerLevel(zoom: number, pxRatio: number): number | null {
  const lvl = Math.ceil(Math.log2(zoom * pxRatio));
  if (lvl < LAYER_LEVELS.min) return LAYER_LEVELS.min;
  if (zoom >= LAYER_LEVELS.maxZoom || lvl > LAYER_LEVELS.max) return null;
  return lvl;
}

/**
 * Queues every element for the layer of the current zoom, a slice at a time: what the cache's
 * getLayers() does for a level it has never built (Cytoscape 3.35 uses one layer for all
 * elements, the union of their boxes, each element queued for drawing into it), in one task of
 * 0.3–0.9 s at 20,000 elements. Falls back to getLayers() itself when the level already has
 * layers or the layer would be larger than Cytoscape allows. False if cancelled.
 */
async function queueLayerInSlices(
  cy: cytoscape.Core,
  layers: { cache: LayeredCache; eles: unknown[]; pxRatio: number },
  cancelled: () => boolean,
): Promise<boolean> {
  const { cache, eles, pxRatio } = layers;
  const lvl = layerLevel(cy.zoom(), pxRatio);
  const existing = lvl === null ? undefined : cache.layersByLevel[lvl];
  const boxOf = (i: number) => (eles[i] as InnerElement).boundingBox();
  const bb = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  if (lvl !== null && (existing === undefined || existing.length === 0)) {
    const measured = await inSlices(
      eles.length,
      1000,
      (from, to) => {
        for (let i = from; i < to; i += 1) {
          const box = boxOf(i);
          bb.x1 = Math.min(bb.x1, box.x1);
          bb.y1 = Math.min(bb.y1, box.y1);
          bb.x2 = Math.max(bb.x2, box.x2);
          bb.y2 = Math.max(bb.y2, box.y2);
        }
      },
      cancelled,
    );
    if (!measured) return false;
    bb.w = bb.x2 - bb.x1;
    bb.h = bb.y2 - bb.y1;
    const scale = 2 ** lvl;
    const w = Math.ceil(bb.w * scale);
    const h = Math.ceil(bb.h * scale);
    if (
      eles.length > 0 &&
      w <= LAYER_LEVELS.maxDim &&
      h <= LAYER_LEVELS.maxDim &&
      w * h <= LAYER_LEVELS.maxArea
    ) {
      const layer = cache.makeLayer(bb, lvl);
      cache.layersByLevel[lvl] = [layer];
      return inSlices(
        eles.length,
        500,
        (from, to) => {
          for (let i = from; i < to; i += 1) {
            const ele = eles[i] as InnerElement;
            const caches = (ele._private.rscratch.imgLayerCaches ??= {});
            cache.queueLayer(layer, ele);
            layer.eles.push(ele);
            caches[lvl] = layer;
          }
        },
        cancelled,
      );
    }
  }
  cache.getLayers(eles, pxRatio);
  return !cancelled();
}

/**
 * Makes Chromium carry out the drawing recorded on the layer canvases so far. A 2D canvas
 * records draw calls and runs them later in one go: filling the layer at 5,000 people, the
 * recorded thousands of element bitmaps were all rasterised inside one element's dequeue, a
 * single step of 175–336 ms (bench probe, load 1–3). Reading one pixel makes each slice pay for
 * its own drawing instead.
 */
function rasterisePending(cache: LayeredCache): void {
  for (const layers of Object.values(cache.layersByLevel))
    for (const layer of layers ?? []) layer.context?.getImageData(0, 0, 1, 1);
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
  /**
   * Sets the viewport once the container's size is known, before the cache is built; given the
   * box of the node shapes (without labels), measured while the nodes were calculated.
   */
  fit: (cy: cytoscape.Core, nodeBox: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH) => void;
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
  const nodeBox = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  const nodeSlices = slicesByWeight(
    nodes.map((node) => 1 + node.degree(false)),
    200,
  );
  const nodesDone = await inSlices(
    nodeSlices.length - 1,
    1,
    (i) => {
      const slice = nodes.slice(nodeSlices[i], nodeSlices[i + 1]);
      slice.boundingBox();
      // The shapes' box for fitting the view: measured in one go, 5,000 nodes took 0.2 s.
      const shapes = slice.boundingBox({ includeLabels: false, includeOverlays: false });
      nodeBox.x1 = Math.min(nodeBox.x1, shapes.x1);
      nodeBox.y1 = Math.min(nodeBox.y1, shapes.y1);
      nodeBox.x2 = Math.max(nodeBox.x2, shapes.x2);
      nodeBox.y2 = Math.max(nodeBox.y2, shapes.y2);
      for (const node of slice) markLinksCalculated(node);
      flushCalculations(cy);
    },
    cancelled,
  );
  if (!nodesDone) return abandon();
  const edges = cy.edges();
  const edgesDone = await inSlices(
    edges.length,
    150,
    (from, to) => {
      edges.slice(from, to).boundingBox();
      flushCalculations(cy);
    },
    cancelled,
  );
  if (!edgesDone || !(await stepDone())) return abandon();
  nodeBox.w = nodeBox.x2 - nodeBox.x1;
  nodeBox.h = nodeBox.y2 - nodeBox.y1;
  staged.fit(cy, nodeBox);
  flushCalculations(cy);
  if (!(await stepDone())) return abandon();

  // The drawing order first: the layer cache queues elements in that order.
  const setDrawOrder = await presortDrawOrder(cy, cancelled);
  if (setDrawOrder === null) return abandon();
  const layers = layerCacheOf(cy);
  if (layers !== null) {
    const { cache, pxRatio } = layers;
    if (!(await stepDone())) return abandon();
    // Queue every element for the layers at this zoom instead of drawing them all now.
    cache.firstGet = false;
    if (!(await queueLayerInSlices(cy, layers, cancelled))) return abandon();
    if (!(await stepDone())) return abandon();
    let started = performance.now();
    while (cache.layersQueue.size() > 0) {
      if (cache.dequeue(pxRatio).length === 0) break;
      if (performance.now() - started >= SLICE_MS) {
        rasterisePending(cache);
        if (!(await stepDone())) return abandon();
        started = performance.now();
      }
    }
  }
  cy.endBatch();
  // Ending the batch passes on its notifications, among them a z-order change for every element
  // whose style was first computed in it, and the renderer drops its drawing order: nothing was
  // added, removed or restyled since it was sorted, so the same order stands.
  setDrawOrder();
  return cy;
}
