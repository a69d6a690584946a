// The grouped layout's group titles, drawn at one screen size on a canvas over the graph.
// Cytoscape scales labels with the zoom: at the zoom that shows every group, a title of a
// readable size when zoomed in was 5–6 px. A few dozen titles redrawn per view change cost
// nothing next to the graph, and no element is restyled.
import type cytoscape from 'cytoscape';
import { attachOverlayCanvas } from './overlayCanvas';

/** The titles' size on screen, in CSS pixels, at any zoom. */
export const TITLE_FONT_PX = 13;
/** A title may overhang its box by this much on each side before it is cut with an ellipsis. */
const OVERHANG = 12;

export type GroupBox = { label: string; x1: number; y1: number; x2: number; y2: number };
export type PlacedTitle = { text: string; x: number; y: number; max: number };

/**
 * Where each group's title goes on screen: centred above its box (boxes in screen pixels),
 * at most as wide as the box and a little overhang; titles of boxes out of sight are left out.
 */
export function placeTitles(boxes: readonly GroupBox[], width: number, height: number) {
  const placed: PlacedTitle[] = [];
  for (const b of boxes) {
    if (b.label === '' || b.x2 < 0 || b.x1 > width || b.y2 < 0 || b.y1 > height) continue;
    placed.push({
      text: b.label,
      x: (b.x1 + b.x2) / 2,
      y: b.y1 - 4,
      max: Math.max(b.x2 - b.x1 + 2 * OVERHANG, 40),
    });
  }
  return placed;
}

/** `text` cut with an ellipsis to fit `max` pixels in the context's current font. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawTitles(ctx: CanvasRenderingContext2D, titles: readonly PlacedTitle[]) {
  ctx.font = `600 ${TITLE_FONT_PX}px Inter, system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  // The app's secondary text colour: 7:1 on white.
  ctx.fillStyle = '#3f4a59';
  for (const t of titles) {
    const text = fitText(ctx, t.text, t.max);
    ctx.strokeText(text, t.x, t.y);
    ctx.fillText(text, t.x, t.y);
  }
}

/**
 * A canvas over `container` with the group titles, following the view. Returns its removal.
 * The groups are looked up again only when elements are added, removed or moved into a group.
 */
export function attachGroupTitles(cy: cytoscape.Core, container: HTMLElement): () => void {
  let groups: cytoscape.NodeCollection | null = null;
  let drawn = false;
  const overlay = attachOverlayCanvas(
    container,
    'network-overlay network-overlay--titles',
    (ctx, w, h) => {
      groups ??= cy.nodes(':parent');
      if (groups.empty() && !drawn) return;
      ctx.clearRect(0, 0, w, h);
      const boxes: GroupBox[] = groups.map((g) => {
        const b = g.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return { label: String(g.data('label') ?? ''), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
      drawTitles(ctx, placeTitles(boxes, w, h));
      drawn = boxes.length > 0;
    },
  );
  const schedule = overlay.schedule;
  const regroup = () => {
    groups = null;
    schedule();
  };
  cy.on('add remove move', regroup);
  cy.on('viewport resize', schedule);
  cy.on('position', 'node', schedule);
  schedule();
  return () => {
    cy.removeListener('add remove move', regroup);
    cy.removeListener('viewport resize', schedule);
    cy.removeListener('position', 'node', schedule);
    overlay.remove();
  };
}
