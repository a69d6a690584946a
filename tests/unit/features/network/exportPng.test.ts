// The PNG export's legend: placed to the right of the graph with a margin, the picture widened
// (and made taller when the legend is taller than the graph), every colour drawn as an outlined
// swatch with its label and count, long labels cut to the legend's width.
import { describe, expect, it } from 'vitest';
import {
  PNG_LEGEND_MARGIN,
  drawLegend,
  pngLayout,
} from '../../../../renderer/src/features/network/exportView';
import { NODE_OUTLINE } from '../../../../renderer/src/features/network/networkStyle';
import { LEGEND_WIDTH, legendHeight } from '../../../../renderer/src/features/network/svgExport';
import type { SvgLegend } from '../../../../renderer/src/features/network/svgExport';

const legend: SvgLegend = {
  title: 'Colours: Gender',
  rows: [
    { colour: '#E69F00', label: 'Woman', count: 12 },
    { colour: '#0072B2', label: 'Man', count: 9 },
    {
      colour: '#D9DDE3',
      label: 'A category name far too long to fit in the legend column',
      count: 2,
    },
  ],
  note: 'Size: Number of links',
};

/** A 2D context that records what is filled and written, measuring 7 px per character. */
function recorder() {
  const texts: { text: string; x: number; fill: string; align: string }[] = [];
  const swatches: { fill: string; stroke: string }[] = [];
  let pending: { fill: string } | null = null;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    beginPath() {
      pending = null;
    },
    roundRect() {},
    fill() {
      pending = { fill: String(this.fillStyle) };
    },
    stroke() {
      if (pending !== null) swatches.push({ fill: pending.fill, stroke: String(this.strokeStyle) });
    },
    measureText(text: string) {
      return { width: text.length * 7 };
    },
    fillText(text: string, x: number) {
      texts.push({ text, x, fill: String(this.fillStyle), align: this.textAlign });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, swatches };
}

describe('pngLayout', () => {
  it('widens the picture by the legend and its margins, the legend right of the graph', () => {
    const layout = pngLayout(1600, 1200, legend, 2);
    expect(layout.width).toBe(1600 + (2 * PNG_LEGEND_MARGIN + LEGEND_WIDTH) * 2);
    expect(layout.height).toBe(1200);
    // In CSS pixels (the context is scaled by 2): just past the graph's right edge.
    expect(layout.legendX).toBe(800 + PNG_LEGEND_MARGIN);
    expect(layout.legendY).toBe(PNG_LEGEND_MARGIN);
  });

  it('makes a flat graph taller so that the whole legend fits', () => {
    const layout = pngLayout(600, 40, legend, 2);
    expect(layout.height).toBe((legendHeight(legend) + 2 * PNG_LEGEND_MARGIN) * 2);
    expect(layout.legendY + legendHeight(legend)).toBeLessThanOrEqual(layout.height / 2);
  });
});

describe('drawLegend', () => {
  it('draws the title, every row with an outlined swatch and its count, and the note', () => {
    const { ctx, texts, swatches } = recorder();
    drawLegend(ctx, legend, 100, 20);
    const written = texts.map((t) => t.text);
    expect(written[0]).toBe('Colours: Gender');
    expect(written).toEqual(
      expect.arrayContaining(['Woman', '12', 'Man', '9', '2', 'Size: Number of links']),
    );
    // The legend's frame, then one swatch per row in the row's colour with the node outline.
    expect(swatches.slice(1)).toEqual(
      legend.rows.map((r) => ({ fill: r.colour, stroke: NODE_OUTLINE })),
    );
    // Counts right-aligned at the legend's right edge.
    const count = texts.find((t) => t.text === '12');
    expect(count).toMatchObject({ align: 'right', x: 100 + LEGEND_WIDTH - 12 });
  });

  it('cuts a label too long for the column with an ellipsis', () => {
    const { ctx, texts } = recorder();
    drawLegend(ctx, legend, 0, 0);
    const long = texts.find((t) => t.text.startsWith('A category'));
    expect(long?.text.endsWith('…')).toBe(true);
    expect((long?.text.length ?? 0) * 7).toBeLessThanOrEqual(LEGEND_WIDTH - 32 - 52);
  });
});
