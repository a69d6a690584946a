// Moving the view to a highlight ('Show me the bridges', the isolated groups, a search hit's
// neighbourhood): the highlighted nodes end up centred and inside the padding; the view zooms
// out as far as needed, zooms in only so far, and stays put when they are already in sight.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  REVEAL_MAX_ZOOM,
  REVEAL_PADDING,
  revealNodes,
  revealViewport,
} from '../../../../renderer/src/features/network/highlightOverlay';
import type { Viewport } from '../../../../renderer/src/features/network/highlightOverlay';

const limits = { minZoom: 0.05, maxZoom: 4 };
const screen = { width: 800, height: 600 };

/** Where a model point lands on screen in a viewport. */
const at = (v: Viewport, x: number, y: number) => ({
  x: x * v.zoom + v.pan.x,
  y: y * v.zoom + v.pan.y,
});

describe('revealViewport', () => {
  it('zooms out to bring a spread highlight inside the padding, centred', () => {
    const box = { x1: -2000, y1: -500, x2: 2000, y2: 500 };
    const v = revealViewport(box, { ...screen, zoom: 1, pan: { x: 400, y: 300 } }, limits);
    expect(v).not.toBeNull();
    if (v === null) return;
    expect(v.zoom).toBeCloseTo((800 - 2 * REVEAL_PADDING) / 4000, 6);
    const a = at(v, box.x1, box.y1);
    const b = at(v, box.x2, box.y2);
    expect(a.x).toBeCloseTo(REVEAL_PADDING, 6);
    expect(b.x).toBeCloseTo(800 - REVEAL_PADDING, 6);
    expect(a.y).toBeGreaterThanOrEqual(REVEAL_PADDING);
    expect(b.y).toBeLessThanOrEqual(600 - REVEAL_PADDING);
    expect((a.y + b.y) / 2).toBeCloseTo(300, 6);
  });

  it('brings a highlight off screen into the middle without zooming past the cap', () => {
    // One isolated node far to the right of the view, at overview zoom.
    const box = { x1: 5000, y1: 0, x2: 5014, y2: 14 };
    const v = revealViewport(box, { ...screen, zoom: 0.3, pan: { x: 0, y: 0 } }, limits);
    expect(v?.zoom).toBe(REVEAL_MAX_ZOOM);
    if (v === null) return;
    const c = at(v, 5007, 7);
    expect(c.x).toBeCloseTo(400, 6);
    expect(c.y).toBeCloseTo(300, 6);
  });

  it('keeps a closer zoom the user chose when the highlight fits in it', () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 100 };
    const v = revealViewport(box, { ...screen, zoom: 3, pan: { x: 2000, y: 0 } }, limits);
    expect(v?.zoom).toBe(3);
  });

  it('leaves the view alone when the highlight is in sight at a zoom that suits it', () => {
    const box = { x1: 100, y1: 100, x2: 300, y2: 200 };
    expect(revealViewport(box, { ...screen, zoom: 1.5, pan: { x: 0, y: 0 } }, limits)).toBeNull();
  });

  it('without zooming (a large graph), only pans the highlight’s centre into the middle', () => {
    const view = { ...screen, zoom: 0.3, pan: { x: 0, y: 0 } };
    const off = { x1: 5000, y1: 0, x2: 5014, y2: 14 };
    const panned = revealViewport(off, view, limits, false);
    expect(panned?.zoom).toBe(0.3);
    if (panned !== null) expect(at(panned, 5007, 7).x).toBeCloseTo(400, 6);
    // In sight already: nothing moves, however small it looks.
    const near = { x1: 200, y1: 200, x2: 400, y2: 400 };
    expect(revealViewport(near, view, limits, false)).toBeNull();
    // Too wide for the view: centred, still at the same zoom.
    const wide = { x1: 0, y1: 0, x2: 10000, y2: 100 };
    const centred = revealViewport(wide, view, limits, false);
    expect(centred?.zoom).toBe(0.3);
    if (centred !== null) expect(at(centred, 5000, 50).x).toBeCloseTo(400, 6);
  });

  it('stays within the view’s zoom limits', () => {
    const huge = { x1: 0, y1: 0, x2: 1e7, y2: 1e7 };
    expect(revealViewport(huge, { ...screen, zoom: 1, pan: { x: 0, y: 0 } }, limits)?.zoom).toBe(
      limits.minZoom,
    );
  });
});

describe('revealNodes', () => {
  it('moves a large graph’s view in one step so the named nodes are in sight', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 3000, y: 0 } },
        { data: { id: 'c' }, position: { x: 3100, y: 80 } },
      ],
      style: [{ selector: 'node', style: { width: 10, height: 10 } }],
    });
    // Headless: no container, so give the core a size the way the canvas would.
    Object.assign(cy, { width: () => 800, height: () => 600 });
    cy.viewport({ zoom: 1, pan: { x: 400, y: 300 } });
    revealNodes(cy, ['b', 'c', 'unknown'], true);
    // Panned only: a zoom would have Cytoscape redraw its cached layers.
    expect(cy.zoom()).toBe(1);
    const v = { zoom: cy.zoom(), pan: cy.pan() };
    for (const id of ['b', 'c']) {
      const p = at(v, cy.getElementById(id).position('x'), cy.getElementById(id).position('y'));
      expect(p.x).toBeGreaterThanOrEqual(REVEAL_PADDING);
      expect(p.x).toBeLessThanOrEqual(800 - REVEAL_PADDING);
      expect(p.y).toBeGreaterThanOrEqual(REVEAL_PADDING);
      expect(p.y).toBeLessThanOrEqual(600 - REVEAL_PADDING);
    }
    cy.destroy();
  });
});
