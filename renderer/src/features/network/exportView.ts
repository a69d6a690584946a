// Saving the Network view as a picture: a high-resolution PNG from Cytoscape, or an SVG from our
// own small writer, through the platform's save dialog (desktop) or a download (browser).
import { getPlatform } from '../../platform';
import type { SaveResult } from '../../platform';
import type { GraphApi } from './CytoscapeGraph';
import { toSvg } from './svgExport';
import type { SvgLegend } from './svgExport';

/** Twice the on-screen resolution: sharp when printed or zoomed in a document. */
export const PNG_SCALE = 2;

export async function exportPng(api: GraphApi, baseName: string): Promise<SaveResult> {
  const blob = await api.png(PNG_SCALE);
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
