// Saving the Network view as a picture: a high-resolution PNG from Cytoscape with the legend
// drawn beside it, or an SVG from our own small writer, through the platform's save dialog
// (desktop) or a download (browser).
import { getPlatform } from '../../platform';
import type { SaveResult } from '../../platform';
import type { GraphApi } from './CytoscapeGraph';
import { NODE_OUTLINE } from './networkStyle';
import { LEGEND_ROW, LEGEND_WIDTH, legendHeight, toSvg } from './svgExport';
import type { SvgLegend } from './svgExport';

/** Twice the on-screen resolution: sharp when printed or zoomed in a document. */
export const PNG_SCALE = 2;
/** Room between the graph and the legend, and around the legend, in CSS pixels. */
export const PNG_LEGEND_MARGIN = 24;

export type PngLayout = {
  /** The whole picture, in device pixels. */
  width: number;
  height: number;
  /** The legend's top left, in CSS pixels (the context is scaled by `scale`). */
  legendX: number;
  legendY: number;
};

/**
 * Where the legend goes beside a graph picture of `graphWidth`×`graphHeight` device pixels: to
 * its right, as in the SVG, the picture taller when the legend is taller than the graph.
 */
export function pngLayout(
  graphWidth: number,
  graphHeight: number,
  legend: SvgLegend,
  scale: number,
): PngLayout {
  const m = PNG_LEGEND_MARGIN;
  return {
    width: graphWidth + Math.ceil((2 * m + LEGEND_WIDTH) * scale),
    height: Math.max(graphHeight, Math.ceil((legendHeight(legend) + 2 * m) * scale)),
    legendX: graphWidth / scale + m,
    legendY: m,
  };
}

/** `text` cut with an ellipsis to fit `max` pixels in the context's current font. */
function fitted(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const FONT = 'Inter, system-ui, sans-serif';

/** The legend block as the SVG draws it (svgExport legendSvg), its top left at (x, y). */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: SvgLegend,
  x: number,
  y: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, LEGEND_WIDTH, legendHeight(legend), 6);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#d0d5dd';
  ctx.stroke();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `600 12px ${FONT}`;
  ctx.fillStyle = '#17202c';
  ctx.fillText(fitted(ctx, legend.title, LEGEND_WIDTH - 24), x + 12, y + 22);
  legend.rows.forEach((row, i) => {
    const top = y + 34 + i * LEGEND_ROW;
    ctx.beginPath();
    ctx.roundRect(x + 12.5, top + 0.5, 12, 12, 2);
    ctx.fillStyle = row.colour;
    ctx.fill();
    ctx.strokeStyle = NODE_OUTLINE;
    ctx.stroke();
    ctx.font = `12px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.fillStyle = '#17202c';
    // Room for the count at the right.
    ctx.fillText(fitted(ctx, row.label, LEGEND_WIDTH - 32 - 52), x + 32, top + 10);
    if (row.count !== null) {
      ctx.textAlign = 'right';
      ctx.fillStyle = '#5b6778';
      ctx.fillText(String(row.count), x + LEGEND_WIDTH - 12, top + 10);
    }
  });
  if (legend.note !== null) {
    ctx.textAlign = 'left';
    ctx.fillStyle = '#5b6778';
    ctx.font = `12px ${FONT}`;
    const top = y + 34 + legend.rows.length * LEGEND_ROW;
    ctx.fillText(fitted(ctx, legend.note, LEGEND_WIDTH - 24), x + 12, top + 10);
  }
}

/** The graph's PNG with the legend drawn to its right, on a white background, as a new PNG. */
async function withLegend(graph: Blob, legend: SvgLegend, scale: number): Promise<Blob> {
  const bitmap = await createImageBitmap(graph);
  try {
    const layout = pngLayout(bitmap.width, bitmap.height, legend, scale);
    const canvas = document.createElement('canvas');
    canvas.width = layout.width;
    canvas.height = layout.height;
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('No 2D canvas for the PNG export');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, layout.width, layout.height);
    ctx.drawImage(bitmap, 0, 0);
    ctx.scale(scale, scale);
    drawLegend(ctx, legend, layout.legendX, layout.legendY);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob === null ? reject(new Error('The PNG could not be written')) : resolve(blob),
        'image/png',
      ),
    );
  } finally {
    bitmap.close();
  }
}

/** The PNG carries the legend beside the graph when one is given, as the SVG does. */
export async function exportPng(
  api: GraphApi,
  baseName: string,
  legend?: SvgLegend,
): Promise<SaveResult> {
  const graph = await api.png(PNG_SCALE);
  const blob = legend === undefined ? graph : await withLegend(graph, legend, PNG_SCALE);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return getPlatform().saveFile(`${baseName}.png`, bytes, [{ name: 'PNG', extensions: ['png'] }]);
}

/** The SVG carries the legend beside the graph when one is given (see Legend.tsx exportLegend). */
export async function exportSvg(
  api: GraphApi,
  baseName: string,
  title: string,
  legend?: SvgLegend,
): Promise<SaveResult> {
  const svg = toSvg(api.snapshot(), title, legend);
  return getPlatform().saveFile(`${baseName}.svg`, svg, [{ name: 'SVG', extensions: ['svg'] }]);
}
