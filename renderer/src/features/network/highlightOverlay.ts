// A large graph's highlight, drawn on a canvas of its own over Cytoscape's. Marking elements
// with classes restyles them and invalidates Cytoscape's cached layers (each holds thousands of
// elements), which are then redrawn element by element: 1.4–9 s per click at 5,000 people. The
// overlay veils the graph as the small graph's fading does and redraws only the highlighted
// elements on top, on every view change: the cost grows with the highlight, not the graph.
import type cytoscape from 'cytoscape';
import { attachOverlayCanvas } from './overlayCanvas';

export type SceneNode = {
  x: number;
  y: number;
  /** Half the node's drawn size, in screen pixels. */
  r: number;
  shape: string;
  color: string;
  label: string;
  selected: boolean;
};
export type SceneEdge = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
  label: string;
};
export type Scene = { nodes: SceneNode[]; edges: SceneEdge[] };

/**
 * The ring of a highlighted node: darker and wider than every node's outline (networkStyle
 * NODE_OUTLINE), so the highlight stands out and pale fills keep 3:1 against the veil.
 */
export const HIGHLIGHT_RING = { colour: '#17202C', width: 2 } as const;
/** The selected node's ring, as the canvas draws a selection (cyStyle node:selected). */
export const SELECTED_RING = { colour: '#0B57D0', width: 4 } as const;

/** Above this many highlighted nodes only the selected one is named (names would pile up). */
export const NAMED_NODES = 300;
/** Links are named (with the role) only for a highlight this small. */
export const NAMED_EDGES = 40;
const LABEL_CHARS = 24;
/** The smallest highlighted node drawn, in screen pixels. */
export const MIN_RADIUS = 4;

/** A name cut at a word's end near LABEL_CHARS, as the canvas's labels and the SVG export. */
export function shortLabel(label: string): string {
  if (label.length <= LABEL_CHARS) return label;
  let cut = label.slice(0, LABEL_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  if (space >= LABEL_CHARS / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** What the overlay draws, in the container's pixels, for the view's current zoom and pan. */
export function overlayScene(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  selectedId: string | null,
): Scene {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const at = (p: cytoscape.Position) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  const nodes = eles.nodes(':childless');
  const named = nodes.length <= NAMED_NODES;
  const sceneNodes: SceneNode[] = nodes.map((n) => {
    const { x, y } = at(n.position());
    const selected = n.id() === selectedId;
    return {
      x,
      y,
      // Never smaller than a dot one can see and click at the zoom that shows 5,000 nodes.
      r: Math.max(MIN_RADIUS, (Number(n.data('size')) * zoom) / 2),
      shape: String(n.data('shape') ?? 'ellipse'),
      color: String(n.data('color') ?? '#8893a2'),
      label: named || selected ? shortLabel(String(n.data('label') ?? '')) : '',
      selected,
    };
  });
  const edges = eles.edges();
  const sceneEdges: SceneEdge[] = edges.map((e) => {
    const a = at(e.source().position());
    const b = at(e.target().position());
    const status = String(e.data('status') ?? '');
    return {
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      dashed: status === 'declined' || status === 'no-show',
      label: edges.length <= NAMED_EDGES ? String(e.data('label') ?? '') : '',
    };
  });
  // The selected node last, on top of its neighbours.
  sceneNodes.sort((p, q) => Number(p.selected) - Number(q.selected));
  return { nodes: sceneNodes, edges: sceneEdges };
}

/** The corners of a regular polygon of `sides` around (x, y), first corner at `start` radians. */
function polygon(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  sides: number,
  start: number,
) {
  for (let i = 0; i < sides; i++) {
    const a = start + (i * 2 * Math.PI) / sides;
    if (i === 0) ctx.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
    else ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  ctx.closePath();
}

/** The node's shape as Cytoscape draws it (cyStyle NODE_SHAPES), near enough at this size. */
function shapePath(ctx: CanvasRenderingContext2D, n: SceneNode) {
  const { x, y, r } = n;
  ctx.beginPath();
  switch (n.shape) {
    case 'round-rectangle':
      ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r / 4);
      break;
    case 'hexagon':
      polygon(ctx, x, y, r, 6, 0);
      break;
    case 'round-diamond':
      polygon(ctx, x, y, r, 4, -Math.PI / 2);
      break;
    case 'round-triangle':
      polygon(ctx, x, y + r / 4, r, 3, -Math.PI / 2);
      break;
    case 'star': {
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const d = i % 2 === 0 ? r : r * 0.45;
        if (i === 0) ctx.moveTo(x + d * Math.cos(a), y + d * Math.sin(a));
        else ctx.lineTo(x + d * Math.cos(a), y + d * Math.sin(a));
      }
      ctx.closePath();
      break;
    }
    default:
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

function text(ctx: CanvasRenderingContext2D, label: string, x: number, y: number) {
  ctx.strokeText(label, x, y);
  ctx.fillText(label, x, y);
}

/** Draws the scene: a veil over the whole graph, then the highlighted links and nodes. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, w: number, h: number) {
  ctx.clearRect(0, 0, w, h);
  if (scene.nodes.length === 0) return;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.82)';
  ctx.fillRect(0, 0, w, h);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#1b5fae';
  for (const e of scene.edges) {
    ctx.setLineDash(e.dashed ? [6, 4] : []);
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    ctx.lineTo(e.x2, e.y2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const n of scene.nodes) {
    shapePath(ctx, n);
    ctx.fillStyle = n.color;
    ctx.fill();
    const ring = n.selected ? SELECTED_RING : HIGHLIGHT_RING;
    ctx.lineWidth = ring.width;
    ctx.strokeStyle = ring.colour;
    ctx.stroke();
  }
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = '8px Inter, system-ui, sans-serif';
  ctx.fillStyle = '#1b3f6e';
  for (const e of scene.edges) {
    if (e.label !== '') text(ctx, e.label, (e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2);
  }
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#17202c';
  for (const n of scene.nodes) {
    if (n.label === '') continue;
    ctx.font = `600 ${n.selected ? 12 : 11}px Inter, system-ui, sans-serif`;
    text(ctx, n.label, n.x, n.y + n.r + 3);
  }
}

export type Viewport = { zoom: number; pan: { x: number; y: number } };
type Box = { x1: number; y1: number; x2: number; y2: number };

/** Room around the highlighted nodes when the view moves to them, in screen pixels. */
export const REVEAL_PADDING = 48;
/**
 * The view does not zoom in past this to show a highlight (one isolated node would fill the
 * screen), unless it was already zoomed in further.
 */
export const REVEAL_MAX_ZOOM = 1.5;

/**
 * The viewport that shows the highlighted nodes' box (model coordinates) with padding, centred,
 * or null when they are all in sight already at a zoom that suits them. Zooms out as far as
 * needed; zooms in only up to REVEAL_MAX_ZOOM (or the current zoom, when higher). Without
 * `canZoom`, only pans: the highlight's centre to the view's.
 */
export function revealViewport(
  box: Box,
  view: Viewport & { width: number; height: number },
  limits: { minZoom: number; maxZoom: number },
  canZoom = true,
): Viewport | null {
  const p = REVEAL_PADDING;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const fit = Math.min((view.width - 2 * p) / w, (view.height - 2 * p) / h);
  const zoom = canZoom
    ? Math.min(
        limits.maxZoom,
        Math.max(limits.minZoom, Math.min(fit, Math.max(view.zoom, REVEAL_MAX_ZOOM))),
      )
    : view.zoom;
  const onScreen = (x: number, y: number) => ({
    x: x * view.zoom + view.pan.x,
    y: y * view.zoom + view.pan.y,
  });
  const a = onScreen(box.x1, box.y1);
  const b = onScreen(box.x2, box.y2);
  const inSight = a.x >= p && a.y >= p && b.x <= view.width - p && b.y <= view.height - p;
  // In sight and not so small that zooming in would help: leave the view where the user put it.
  if (inSight && zoom <= view.zoom * 1.25) return null;
  return {
    zoom,
    pan: {
      x: view.width / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: view.height / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/**
 * Moves the view so the highlighted nodes are in sight ('Show me the bridges', the isolated
 * groups, a search hit's neighbourhood). A small graph glides there. A large one is panned in
 * one viewport change (an animation redraws 20,000 elements every frame) and never zoomed:
 * after a zoom Cytoscape redraws its cached layers at the new level, measured at 5,000 people
 * (load 9–11) 0.6 s zooming in to the bridges and 0.9–2.3 s zooming out to them, where a pan
 * reuses the layers. The overlay draws highlighted nodes big enough at any zoom, and 'Fit to
 * screen' shows them all.
 */
export function revealNodes(cy: cytoscape.Core, ids: Iterable<string>, large: boolean): void {
  const nodes = cy.collection();
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode() && node.isChildless()) nodes.merge(node);
  }
  if (nodes.empty()) return;
  // Shapes only: measuring labels costs seconds for thousands of nodes.
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const target = revealViewport(
    box,
    { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() },
    { minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
    !large,
  );
  if (target === null) return;
  cy.stop(true, false);
  if (large) cy.viewport(target);
  else cy.animate({ zoom: target.zoom, pan: target.pan }, { duration: 300, easing: 'ease-out' });
}

export type HighlightOverlay = {
  /** What to highlight (null: nothing, the veil lifts) and which node is selected. */
  set: (eles: cytoscape.Collection | null, selectedId: string | null) => void;
  destroy: () => void;
};

/** A canvas over `container` that follows the view (pan, zoom, resize, a node dragged). */
export function attachHighlightOverlay(
  cy: cytoscape.Core,
  container: HTMLElement,
): HighlightOverlay {
  let eles: cytoscape.Collection | null = null;
  let selectedId: string | null = null;
  const overlay = attachOverlayCanvas(container, 'network-overlay', (ctx, w, h) => {
    const live = eles?.filter((el) => el.inside()) ?? null;
    drawScene(
      ctx,
      live === null ? { nodes: [], edges: [] } : overlayScene(cy, live, selectedId),
      w,
      h,
    );
  });
  const schedule = overlay.schedule;
  const onView = () => {
    if (eles !== null) schedule();
  };
  cy.on('viewport resize', onView);
  cy.on('position', 'node', onView);
  return {
    set: (next, selected) => {
      eles = next === null || next.empty() ? null : next;
      selectedId = selected;
      schedule();
    },
    destroy: () => {
      cy.removeListener('viewport resize', onView);
      cy.removeListener('position', 'node', onView);
      overlay.remove();
    },
  };
}
