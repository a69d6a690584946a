// Node contrast against the white canvas (WCAG 1.4.11: 3:1 for graphics). Several palette fills
// are paler than that, so every node carries one outline that reaches it: on the canvas, in the
// highlight overlay, in the SVG export and on the legend's swatches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkStylesheet } from '../../../../renderer/src/features/network/cyStyle';
import {
  HIGHLIGHT_RING,
  SELECTED_RING,
  drawScene,
} from '../../../../renderer/src/features/network/highlightOverlay';
import type { Scene } from '../../../../renderer/src/features/network/highlightOverlay';
import {
  CANVAS_BACKGROUND,
  ENTITY_COLOURS,
  FIXED_COLOURS,
  NODE_OUTLINE,
  NO_VALUE_COLOUR,
  OKABE_ITO,
  OTHER_COLOUR,
  TABLEAU_CB10,
  contrastRatio,
} from '../../../../renderer/src/features/network/networkStyle';
import { toSvg } from '../../../../renderer/src/features/network/svgExport';

const GRAPHICS = 3;

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    // WCAG's own example of the AA limit for text: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // Order does not matter.
    expect(contrastRatio('#0072B2', '#FFFFFF')).toBe(contrastRatio('#FFFFFF', '#0072B2'));
  });

  it('refuses what is not a #RRGGBB colour', () => {
    expect(() => contrastRatio('red', '#FFFFFF')).toThrow(/#RRGGBB/);
  });
});

describe('node outline', () => {
  const fills = [
    ...OKABE_ITO,
    ...TABLEAU_CB10,
    OTHER_COLOUR,
    NO_VALUE_COLOUR,
    ...Object.values(ENTITY_COLOURS),
    ...Object.values(FIXED_COLOURS).flatMap((m) => Object.values(m)),
  ];

  it('reaches 3:1 against the white canvas, and so do the highlight and selection rings', () => {
    expect(contrastRatio(NODE_OUTLINE, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHICS);
    expect(contrastRatio(HIGHLIGHT_RING.colour, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(
      GRAPHICS,
    );
    expect(contrastRatio(SELECTED_RING.colour, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHICS);
    // The rings stand out from the outline: wider, and the selection a colour of its own.
    expect(HIGHLIGHT_RING.width).toBeGreaterThan(1);
    expect(SELECTED_RING.width).toBeGreaterThan(HIGHLIGHT_RING.width);
    expect(SELECTED_RING.colour).not.toBe(NODE_OUTLINE);
  });

  it('is needed: some palette fills alone are below 3:1 on white', () => {
    const pale = fills.filter((f) => contrastRatio(f, CANVAS_BACKGROUND) < GRAPHICS);
    expect(pale).toEqual(expect.arrayContaining(['#E69F00', '#F0E442', NO_VALUE_COLOUR]));
  });

  it('is on every node of the canvas, as a constant (no per-element function)', () => {
    for (const large of [false, true]) {
      const sheet = networkStylesheet({ large, fastEdges: large });
      const node = sheet.find((r) => r.selector === 'node');
      expect(node && 'style' in node ? node.style : null).toMatchObject({
        'border-width': 1,
        'border-color': NODE_OUTLINE,
      });
      // No later rule for plain nodes takes the outline away or pales it; only the selection
      // and group boxes draw their own border.
      for (const rule of sheet) {
        if (!('style' in rule) || rule.selector === 'node') continue;
        const style = rule.style as Record<string, unknown>;
        if (rule.selector === 'node:selected' || rule.selector === ':parent') continue;
        expect(style['border-color'], rule.selector).toBeUndefined();
        expect(style['border-width'], rule.selector).toBeUndefined();
        expect(typeof style['border-color'] === 'function').toBe(false);
      }
      const selected = sheet.find((r) => r.selector === 'node:selected');
      expect(selected && 'style' in selected ? selected.style : null).toMatchObject({
        'border-width': SELECTED_RING.width,
        'border-color': SELECTED_RING.colour,
      });
    }
  });

  it('every fill either reaches 3:1 by itself or is drawn with the outline', () => {
    // The outline is on every node, so every fill is bounded by a 3:1 edge on white.
    for (const fill of fills) {
      const edge = Math.max(
        contrastRatio(fill, CANVAS_BACKGROUND),
        contrastRatio(NODE_OUTLINE, CANVAS_BACKGROUND),
      );
      expect(edge, fill).toBeGreaterThanOrEqual(GRAPHICS);
    }
  });

  it('outlines every node shape in the SVG export and every swatch of its legend', () => {
    const shapes = [
      'ellipse',
      'round-rectangle',
      'hexagon',
      'star',
      'round-diamond',
      'round-triangle',
    ];
    const svg = toSvg(
      {
        nodes: shapes.map((shape, i) => ({
          x: i * 40,
          y: 0,
          size: 20,
          color: NO_VALUE_COLOUR,
          shape,
          label: '',
          parent: false,
          w: 20,
          h: 20,
        })),
        edges: [],
      },
      'Network',
      { title: 'Colours', rows: [{ colour: OTHER_COLOUR, label: 'Others', count: 3 }], note: null },
    );
    const drawn = [...svg.matchAll(/<(circle|polygon|rect)[^>]*fill="#D9DDE3"[^>]*>/g)];
    expect(drawn).toHaveLength(shapes.length);
    for (const [shape] of drawn) expect(shape).toContain(`stroke="${NODE_OUTLINE}"`);
    const swatch = /<rect[^>]*fill="#EEF0F3"[^>]*>/.exec(svg)?.[0] ?? '';
    expect(swatch).toContain(`stroke="${NODE_OUTLINE}"`);
  });

  it('borders the legend panel’s swatches with the same outline', () => {
    const css = readFileSync('renderer/src/features/network/network.css', 'utf8');
    const rule = /\.network-swatch\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule.toLowerCase()).toContain(`border: 1px solid ${NODE_OUTLINE.toLowerCase()}`);
  });

  it('rings the overlay’s highlighted nodes dark and the selected one in blue', () => {
    const strokes: { colour: string; width: number }[] = [];
    const ctx = {
      strokeStyle: '',
      fillStyle: '',
      lineWidth: 1,
      clearRect() {},
      fillRect() {},
      beginPath() {},
      arc() {},
      moveTo() {},
      lineTo() {},
      closePath() {},
      roundRect() {},
      setLineDash() {},
      fill() {},
      stroke() {
        strokes.push({ colour: String(this.strokeStyle), width: this.lineWidth });
      },
      strokeText() {},
      fillText() {},
    };
    const node = { x: 10, y: 10, r: 5, shape: 'ellipse', color: '#F0E442', label: '' };
    const scene: Scene = {
      nodes: [
        { ...node, selected: false },
        { ...node, selected: true },
      ],
      edges: [],
    };
    drawScene(ctx as unknown as CanvasRenderingContext2D, scene, 100, 100);
    expect(strokes).toEqual([
      { colour: HIGHLIGHT_RING.colour, width: HIGHLIGHT_RING.width },
      { colour: SELECTED_RING.colour, width: SELECTED_RING.width },
    ]);
  });
});
