// The one component that owns the Cytoscape instance: created once per renderer choice from a
// ref, destroyed on unmount; element changes applied as a diff by id inside cy.batch(); event
// handlers registered once, reading the latest callbacks through a ref (STYLE.md).
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import cytoscape from 'cytoscape';
import type { Positions } from './layoutModel';
import { networkStylesheet } from './cyStyle';
import { snapshotOf } from './svgExport';
import { buildInSlices } from './stagedMount';
import { highlightInSlices, highlightedElements } from './highlight';
import { attachHighlightOverlay, revealNodes } from './highlightOverlay';
import type { HighlightOverlay } from './highlightOverlay';
import { attachGroupTitles } from './groupTitles';
import type { GraphSnapshot } from './svgExport';

export type CyNodeData = {
  id: string;
  label: string;
  type: string;
  color: string;
  size: number;
  shape: string;
  parent?: string;
};
export type CyEdgeData = {
  id: string;
  source: string;
  target: string;
  kind: string;
  status: string;
  label: string;
};

export type GraphApi = {
  png: (scale: number) => Promise<Blob>;
  snapshot: () => GraphSnapshot;
  fit: () => void;
  zoomBy: (factor: number) => void;
  /** Moves the view so these nodes are in sight (highlightOverlay revealNodes). */
  reveal: (ids: Iterable<string>) => void;
};

type Props = {
  nodes: readonly CyNodeData[];
  edges: readonly CyEdgeData[];
  positions: Positions;
  /** Changes when a new layout arrives: the view fits the graph once. */
  layoutKey: string;
  selectedId: string | null;
  highlight: ReadonlySet<string> | null;
  /** Centre on a node; `seq` makes a repeated request for the same node count. */
  focus: { id: string; seq: number } | null;
  /** Cytoscape's WebGL renderer; only pass true when webglSupport() found WebGL 2. */
  webgl: boolean;
  /** A large graph: cheaper edges and people's names hidden. */
  large: boolean;
  label: string;
  /** Shown while the graph is being built a slice at a time. */
  drawingLabel: string;
  onSelect: (id: string | null) => void;
  apiRef: Ref<GraphApi>;
};

/** Nodes the layout has not placed (after a cancel) go on a grid beside the placed ones. */
function fallbackPosition(index: number, count: number, right: number): { x: number; y: number } {
  const cols = Math.max(1, Math.ceil(Math.sqrt(count)));
  return { x: right + 80 + (index % cols) * 60, y: Math.floor(index / cols) * 60 };
}

/**
 * Whether this browser gives a page a WebGL 2 context, which Cytoscape's WebGL renderer needs,
 * and whether a GPU draws it: with a software rasteriser (SwiftShader, llvmpipe) the WebGL
 * renderer is far slower than the canvas one (measured at 5,000 people: a pan took minutes).
 */
export function webglSupport(): 'hardware' | 'software' | 'none' {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(
      gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL) ?? '',
    );
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name)
      ? 'software'
      : 'hardware';
  } catch {
    return 'none';
  }
}

// Cytoscape 3.35 raises its canvas renderer's layer count on the class itself when a WebGL
// instance is created, so after switching back, canvas instances carry one unused WebGL layer.
// Harmless where WebGL works; where it does not, WebGL is never turned on (webglSupport()), so
// canvas instances never ask for that layer.

type Box = cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH;

/**
 * Fits the view to the graph. cy.fit() measures every label for its bounding box (about 4 s for
 * 5,000 nodes); a large graph, whose people carry no label at that zoom, fits to the node
 * shapes alone (`shapes`, when already measured) and sets the viewport in one step.
 */
function fitView(cy: cytoscape.Core, large: boolean, shapes?: Box): void {
  const padding = 30;
  if (!large) {
    cy.fit(undefined, padding);
    return;
  }
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const box = shapes ?? nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const w = cy.width();
  const h = cy.height();
  const fitted = Math.min(
    (w - 2 * padding) / Math.max(box.w, 1),
    (h - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  cy.viewport({
    zoom,
    pan: { x: (w - zoom * (box.x1 + box.x2)) / 2, y: (h - zoom * (box.y1 + box.y2)) / 2 },
  });
}

/** Where each node goes: its laid-out position, or a place on the grid beside the others. */
function placer(nodes: readonly CyNodeData[], positions: Positions) {
  let right = 0;
  for (const p of Object.values(positions)) right = Math.max(right, p.x);
  const unplaced = new Map<string, number>();
  for (const n of nodes) {
    if (positions[n.id] === undefined && !n.id.startsWith('group:'))
      unplaced.set(n.id, unplaced.size);
  }
  return (id: string) =>
    positions[id] ?? fallbackPosition(unplaced.get(id) ?? 0, unplaced.size, right);
}

/** Parents first, so that children can name them. */
function parentsFirst(nodes: readonly CyNodeData[]): CyNodeData[] {
  return [...nodes].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
}

/**
 * Every element with its final data and position, for the instance's constructor. Cytoscape
 * builds its layered texture cache (a few bitmaps that pans and zooms are drawn from) in one go
 * on its first draw; an instance created empty spends that first draw on nothing and then
 * fills the cache a little per idle frame, drawing 5,000 nodes one by one on every frame
 * until it is done: a first pan of seconds per frame at 5,000 people.
 */
export function initialElements(
  nodes: readonly CyNodeData[],
  edges: readonly CyEdgeData[],
  positions: Positions,
): cytoscape.ElementDefinition[] {
  const placeOf = placer(nodes, positions);
  const defs: cytoscape.ElementDefinition[] = parentsFirst(nodes).map((data) =>
    data.id.startsWith('group:')
      ? { group: 'nodes', data }
      : { group: 'nodes', data, position: { ...placeOf(data.id) } },
  );
  for (const data of edges) defs.push({ group: 'edges', data });
  return defs;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of Object.keys(b)) if (a[key] !== b[key]) return false;
  return true;
}

/** Core and renderer options of the instance, without container, elements or style. */
function instanceOptions(large: boolean, webgl: boolean): cytoscape.CytoscapeOptions {
  return {
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.4,
    boxSelectionEnabled: false,
    // WebGL draws large graphs much faster; the canvas renderer stays the default. The
    // typings do not know the renderer option yet.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    // A large graph on the canvas renderer. Measured at 5,000 people (20,000 elements): with
    // textureOnViewport and hideEdgesOnViewport, every pan or zoom drew all 5,000 nodes one by
    // one twice (into the moving bitmap, then again at the end), a 7–8 s task on a loaded
    // machine; without them Cytoscape draws from its layered texture cache (a few bitmaps per
    // frame). One pixel per CSS pixel halves the fill.
    motionBlur: false,
    ...(large && !webgl ? { pixelRatio: 1 } : {}),
    // A large graph's selection is the overlay's (highlightOverlay.ts): Cytoscape's own would
    // restyle the tapped node and redraw its cached layers.
    ...(large ? { autounselectify: true } : {}),
  };
}

/** Element changes applied to the instance by id, only what changed, inside one batch. */
function applyDiff(
  cy: cytoscape.Core,
  nodes: readonly CyNodeData[],
  edges: readonly CyEdgeData[],
  positions: Positions,
): void {
  cy.batch(() => {
    const nodeIds = new Set(nodes.map((n) => n.id));
    const edgeIds = new Set(edges.map((e) => e.id));
    cy.edges()
      .filter((e) => !edgeIds.has(e.id()))
      .remove();
    cy.nodes()
      .filter((n) => !nodeIds.has(n.id()))
      .remove();
    const ordered = parentsFirst(nodes);
    const placeOf = placer(nodes, positions);
    // New elements go in with one add() call: adding 20,000 one by one costs seconds.
    const added: cytoscape.ElementDefinition[] = [];
    for (const data of ordered) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        if (existing.data('parent') !== data.parent) existing.move({ parent: data.parent ?? null });
        if (!sameData(existing.data() as Record<string, unknown>, data)) existing.data(data);
        // Setting a position dirties the node's edges and bounding boxes even when it does
        // not move: with 5,000 nodes that is a full recompute and redraw for nothing.
        if (!existing.isParent()) {
          const to = placeOf(data.id);
          const at = existing.position();
          if (at.x !== to.x || at.y !== to.y) existing.position({ ...to });
        }
      } else if (data.id.startsWith('group:')) {
        // A new group goes in at once: existing children may move into it below.
        cy.add({ group: 'nodes', data });
      } else {
        added.push({ group: 'nodes', data, position: { ...placeOf(data.id) } });
      }
    }
    for (const data of edges) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        if (!sameData(existing.data() as Record<string, unknown>, data)) existing.data(data);
      } else added.push({ group: 'edges', data });
    }
    if (added.length > 0) cy.add(added);
  });
}

/**
 * Cytoscape injects an inline <style> for its container class unless an element with this id
 * exists; the app's CSP (style-src 'self') blocks inline styles, so a placeholder stands in and
 * network.css positions the container.
 */
function preventInlineStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id) !== null) return;
  const marker = document.createElement('meta');
  marker.id = id;
  marker.name = 'cytoscape-stylesheet';
  marker.content = 'network.css';
  document.head.appendChild(marker);
}

export function CytoscapeGraph(props: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [buildFailed, setBuildFailed] = useState(false);
  const onSelectRef = useRef(props.onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = props.onSelect;
  });
  const fittedKey = useRef<string | null>(null);
  // The props a new instance was built from: the diff below has nothing to do for them (at
  // 5,000 people, comparing 20,000 elements' data with themselves took a few hundred ms).
  const builtFrom = useRef<Pick<Props, 'nodes' | 'edges' | 'positions'> | null>(null);
  // The elements a new instance starts with: the latest, read when it is created.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const { webgl, large } = props;
  // The graph is being built a slice at a time (it has no instance until it is drawn).
  const building = !webgl && cy === null && !buildFailed;

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    preventInlineStylesheet();
    const start = latest.current;
    const elements = initialElements(start.nodes, start.edges, start.positions);
    const stylesheet = networkStylesheet({ large, fastEdges: large && !webgl });
    const options = instanceOptions(large, webgl);
    const ready = (instance: cytoscape.Core) => {
      instance.on('tap', 'node', (event) => {
        const node = event.target as cytoscape.NodeSingular;
        if (!node.isParent()) onSelectRef.current(node.id());
      });
      instance.on('tap', (event) => {
        if (event.target === instance) onSelectRef.current(null);
      });
      fittedKey.current = start.layoutKey;
      builtFrom.current = { nodes: start.nodes, edges: start.edges, positions: start.positions };
      setCy(instance);
    };
    container.dataset.drawn = 'false';
    let instance: cytoscape.Core | null = null;
    let cancelled = false;
    // The canvas renderer's graphs are built a slice at a time (stagedMount.ts): created in one
    // go, the constructor and first draw were two tasks of seconds each at 5,000 people (and of
    // ~1 s each at 500 on a loaded machine). Compound groups need their bounds updated as they
    // are built, which Cytoscape skips while batching: grouped graphs are created in one go.
    const staged = !webgl && !start.nodes.some((n) => n.parent !== undefined);
    if (staged) {
      buildInSlices({
        container,
        elements,
        stylesheet,
        options,
        fit: (cy, shapes) => fitView(cy, large, shapes),
        cancelled: () => cancelled,
      })
        .then((built) => {
          if (built === null) return;
          if (cancelled) built.destroy();
          else {
            instance = built;
            ready(built);
          }
        })
        .catch(() => {
          if (cancelled) return;
          console.error('Drawing the network failed');
          setBuildFailed(true);
        });
    } else {
      instance = cytoscape({
        ...options,
        container,
        elements,
        // With a container Cytoscape lays new elements out on a grid unless told otherwise (and
        // preset fits to every label, seconds at 5,000 nodes): keep the given positions.
        layout: { name: 'preset', fit: false },
        style: stylesheet,
      });
      // Fitted before Cytoscape's first draw (its next animation frame), so the texture cache
      // is built at the zoom the user sees.
      fitView(instance, large);
      ready(instance);
    }
    return () => {
      cancelled = true;
      instance?.destroy();
      setCy(null);
    };
  }, [webgl, large]);

  useImperativeHandle(
    props.apiRef,
    (): GraphApi => ({
      png: (scale) => {
        if (cy === null) return Promise.reject(new Error('The graph is not ready'));
        // The size Cytoscape renders a full export at, announced on the container so that a
        // test can check the file (bounding box rounded up, times the scale).
        const box = cy.elements().boundingBox();
        const container = containerRef.current;
        if (container !== null) {
          container.dataset.exportSize = `${Math.ceil(box.w) * scale}x${Math.ceil(box.h) * scale}`;
        }
        return cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
      },
      snapshot: () => (cy === null ? { nodes: [], edges: [] } : snapshotOf(cy)),
      fit: () => {
        if (cy !== null) fitView(cy, large);
      },
      zoomBy: (factor) =>
        cy?.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        }),
      reveal: (ids) => {
        if (cy !== null) revealNodes(cy, ids, large);
      },
    }),
    [cy, large],
  );

  // Diff the elements by id: only what changed is touched, inside one batch.
  const { nodes, edges, positions, layoutKey } = props;
  useEffect(() => {
    if (cy === null) return;
    const built = builtFrom.current;
    builtFrom.current = null;
    const unchanged =
      built !== null &&
      built.nodes === nodes &&
      built.edges === edges &&
      built.positions === positions;
    if (!unchanged) applyDiff(cy, nodes, edges, positions);
    const fresh = fittedKey.current !== layoutKey;
    if (fresh) {
      fittedKey.current = layoutKey;
      fitView(cy, large);
    }
    // data-drawn says the graph of this layout is on screen: Cytoscape draws in its own
    // animation frame after the add, so the flag waits for the frame after that. Until then the
    // main thread is busy with the first draw (seconds at 5,000 people on a loaded machine) and
    // a pan or a click would wait for it; the bench and the tests wait for this flag.
    const container = containerRef.current;
    if (container === null) return;
    if (fresh) container.dataset.drawn = 'false';
    if (container.dataset.drawn === 'true') return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        container.dataset.drawn = 'true';
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, nodes, edges, positions, layoutKey, large]);

  // The grouped layout's titles, at one screen size whatever the zoom (groupTitles.ts).
  useEffect(() => {
    const container = containerRef.current;
    if (cy === null || container === null) return;
    return attachGroupTitles(cy, container);
  }, [cy]);

  const { selectedId, highlight, focus } = props;
  // A large graph's highlight and selection are drawn over it (highlightOverlay.ts), never as
  // element styles: restyling even a few of 20,000 elements redraws Cytoscape's cached layers.
  const [overlay, setOverlay] = useState<HighlightOverlay | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (cy === null || !large || container === null) return;
    const attached = attachHighlightOverlay(cy, container);
    setOverlay(attached);
    return () => {
      attached.destroy();
      setOverlay(null);
    };
  }, [cy, large]);
  useEffect(() => {
    if (cy === null) return;
    if (large) {
      if (overlay === null) return;
      const shown = highlight === null ? cy.collection() : highlightedElements(cy, highlight);
      if (selectedId !== null) shown.merge(cy.getElementById(selectedId));
      overlay.set(shown, selectedId);
      return;
    }
    // A small graph fades the rest with classes, restyled a slice at a time after the zoom to
    // the selected node (highlight.ts).
    let cancelled = false;
    highlightInSlices(cy, highlight, selectedId, () => cancelled).catch(() => {
      console.error('Highlighting the network failed');
    });
    return () => {
      cancelled = true;
    };
  }, [cy, nodes, edges, selectedId, highlight, large, overlay]);

  useEffect(() => {
    if (cy === null || focus === null) return;
    const node = cy.getElementById(focus.id);
    if (node.empty()) return;
    // A large graph is only panned to the node: a zoom draws all 20,000 elements one by one
    // until Cytoscape's cached layers for the new zoom are built (1–3 s at 5,000 people on a
    // loaded machine); the overlay rings and names the node at any zoom.
    if (large) cy.animate({ center: { eles: node } }, { duration: 250 });
    // A small graph shows the node with its highlighted neighbourhood (set in the same render).
    else revealNodes(cy, latest.current.highlight ?? [focus.id], false);
  }, [cy, focus, large]);

  return (
    <>
      <div
        ref={containerRef}
        className="network-canvas"
        role="img"
        aria-label={props.label}
        data-testid="network-canvas"
      />
      {building && (
        <div className="network-progress" role="status">
          <span className="network-spinner" aria-hidden="true" />
          {props.drawingLabel}
        </div>
      )}
    </>
  );
}
