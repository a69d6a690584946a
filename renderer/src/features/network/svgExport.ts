// A small SVG writer for the Network view's export: the graph as drawn (positions, sizes,
// colours, shapes, labels), with no extra dependency. `snapshotOf` reads the Cytoscape
// instance; `toSvg` is pure and unit tested.
import type cytoscape from 'cytoscape';
import { NODE_OUTLINE } from './networkStyle';

export type SnapshotNode = {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: string;
  label: string;
  parent: boolean;
  w: number;
  h: number;
};
export type SnapshotEdge = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  dashed: boolean;
  width: number;
};
export type GraphSnapshot = { nodes: SnapshotNode[]; edges: SnapshotEdge[] };

export function snapshotOf(cy: cytoscape.Core): GraphSnapshot {
  const nodes: SnapshotNode[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass('faded')) return;
    const p = n.position();
    const box = n.boundingBox({ includeLabels: false, includeOverlays: false });
    nodes.push({
      x: p.x,
      y: p.y,
      size: Number(n.data('size') ?? 10),
      color: n.isParent() ? '#eef2f7' : String(n.data('color') ?? '#888888'),
      shape: n.isParent() ? 'group' : String(n.data('shape') ?? 'ellipse'),
      label: String(n.data('label') ?? ''),
      parent: n.isParent(),
      w: box.w,
      h: box.h,
    });
  });
  const edges: SnapshotEdge[] = [];
  cy.edges().forEach((e) => {
    if (e.hasClass('faded')) return;
    const s = e.source().position();
    const t = e.target().position();
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      color: String(e.style('line-color')),
      dashed: e.style('line-style') !== 'solid',
      width: Number.parseFloat(String(e.style('width'))) || 1,
    });
  });
  return { nodes, edges };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (v: number) => Math.round(v * 10) / 10;

function polygon(x: number, y: number, r: number, sides: number, rotate: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i += 1) {
    const a = rotate + (2 * Math.PI * i) / sides;
    points.push(`${r1(x + r * Math.cos(a))},${r1(y + r * Math.sin(a))}`);
  }
  return points.join(' ');
}

function star(x: number, y: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const d = i % 2 === 0 ? r : r * 0.45;
    points.push(`${r1(x + d * Math.cos(a))},${r1(y + d * Math.sin(a))}`);
  }
  return points.join(' ');
}

function shapeSvg(n: SnapshotNode): string {
  const r = n.size / 2;
  // The canvas's outline (networkStyle NODE_OUTLINE): pale fills stay visible on white paper.
  const paint = `fill="${escapeXml(n.color)}" stroke="${NODE_OUTLINE}" stroke-width="1"`;
  switch (n.shape) {
    case 'group':
      return `<rect x="${r1(n.x - n.w / 2)}" y="${r1(n.y - n.h / 2)}" width="${r1(n.w)}" height="${r1(n.h)}" rx="8" fill="#eef2f7" fill-opacity="0.6" stroke="#aab3bf" stroke-dasharray="4 3"/>`;
    case 'round-rectangle':
      return `<rect x="${r1(n.x - r)}" y="${r1(n.y - r)}" width="${r1(n.size)}" height="${r1(n.size)}" rx="${r1(r / 3)}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(n.x, n.y, r, 6, 0)}" ${paint}/>`;
    case 'star':
      return `<polygon points="${star(n.x, n.y, r)}" ${paint}/>`;
    case 'round-diamond':
      return `<polygon points="${polygon(n.x, n.y, r, 4, -Math.PI / 2)}" ${paint}/>`;
    case 'round-triangle':
      return `<polygon points="${polygon(n.x, n.y, r, 3, -Math.PI / 2)}" ${paint}/>`;
    default:
      return `<circle cx="${r1(n.x)}" cy="${r1(n.y)}" r="${r1(r)}" ${paint}/>`;
  }
}

/** The legend drawn beside the exported graph: what each colour stands for, with counts. */
export type SvgLegend = {
  title: string;
  rows: { colour: string; label: string; count: number | null }[];
  /** One line under the colours (the size, for instance). */
  note: string | null;
};

/** The legend block's width and row height, shared by the SVG and the PNG (exportView.ts). */
export const LEGEND_WIDTH = 220;
export const LEGEND_ROW = 18;

/**
 * Names as long as the canvas draws them (it ends longer ones with an ellipsis at 120 px): in the
 * export, full session names ran into each other. The full name stays as the text's tooltip.
 */
export const SVG_LABEL_CHARS = 24;

function labelSvg(label: string): string {
  if (label.length <= SVG_LABEL_CHARS) return escapeXml(label);
  let cut = label.slice(0, SVG_LABEL_CHARS - 1);
  // At a word's end when one is near: "Regional Consultation…", not "Regional Consultation f…".
  const space = cut.lastIndexOf(' ');
  if (space >= SVG_LABEL_CHARS / 2) cut = cut.slice(0, space);
  const short = `${cut.trimEnd()}…`;
  return `<title>${escapeXml(label)}</title>${escapeXml(short)}`;
}

/** The height the legend block takes. */
export const legendHeight = (legend: SvgLegend) =>
  34 + legend.rows.length * LEGEND_ROW + (legend.note === null ? 0 : LEGEND_ROW) + 8;

/** The legend block, its top left at (x, y): a group of its own, apart from the graph's shapes. */
function legendSvg(legend: SvgLegend, x: number, y: number): string {
  const height = legendHeight(legend);
  const parts = [
    `<g class="legend" font-size="12" fill="#17202c">`,
    `<rect x="${r1(x)}" y="${r1(y)}" width="${LEGEND_WIDTH}" height="${height}" rx="6" fill="#ffffff" stroke="#d0d5dd"/>`,
    `<text x="${r1(x + 12)}" y="${r1(y + 22)}" font-weight="600">${escapeXml(legend.title)}</text>`,
  ];
  legend.rows.forEach((row, i) => {
    const top = y + 34 + i * LEGEND_ROW;
    parts.push(
      `<rect x="${r1(x + 12)}" y="${r1(top)}" width="12" height="12" rx="2" fill="${escapeXml(row.colour)}" stroke="${NODE_OUTLINE}"/>`,
      `<text x="${r1(x + 32)}" y="${r1(top + 10)}">${escapeXml(row.label)}</text>`,
    );
    if (row.count !== null)
      parts.push(
        `<text x="${r1(x + LEGEND_WIDTH - 12)}" y="${r1(top + 10)}" text-anchor="end" fill="#5b6778">${row.count}</text>`,
      );
  });
  if (legend.note !== null)
    parts.push(
      `<text x="${r1(x + 12)}" y="${r1(y + 34 + legend.rows.length * LEGEND_ROW + 10)}" fill="#5b6778">${escapeXml(legend.note)}</text>`,
    );
  parts.push('</g>');
  return parts.join('\n');
}

/**
 * A standalone SVG document of the snapshot, framed to its content with a margin; with a legend,
 * the legend stands to the right of the graph (a picture in a report must say what its colours
 * mean).
 */
export function toSvg(snapshot: GraphSnapshot, title: string, legend?: SvgLegend): string {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of snapshot.nodes) {
    const hw = n.parent ? n.w / 2 : n.size / 2;
    const hh = n.parent ? n.h / 2 : n.size / 2 + 16;
    minX = Math.min(minX, n.x - hw);
    maxX = Math.max(maxX, n.x + hw);
    minY = Math.min(minY, n.y - hh);
    maxY = Math.max(maxY, n.y + hh);
  }
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const m = 40;
  const graphWidth = maxX - minX + 2 * m;
  const width = r1(graphWidth + (legend === undefined ? 0 : LEGEND_WIDTH + m));
  const height = r1(
    Math.max(maxY - minY + 2 * m, legend === undefined ? 0 : legendHeight(legend) + 2 * m),
  );
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(minX - m)} ${r1(minY - m)} ${width} ${height}" width="${width}" height="${height}" font-family="Inter, system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${r1(minX - m)}" y="${r1(minY - m)}" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const n of snapshot.nodes.filter((x) => x.parent)) parts.push(shapeSvg(n));
  parts.push('<g stroke-linecap="round">');
  for (const e of snapshot.edges) {
    const dash = e.dashed ? ' stroke-dasharray="4 3"' : '';
    parts.push(
      `<line x1="${r1(e.x1)}" y1="${r1(e.y1)}" x2="${r1(e.x2)}" y2="${r1(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${e.width}" stroke-opacity="0.7"${dash}/>`,
    );
  }
  parts.push('</g>');
  for (const n of snapshot.nodes.filter((x) => !x.parent)) {
    parts.push(shapeSvg(n));
    if (n.label !== '') {
      parts.push(
        `<text x="${r1(n.x)}" y="${r1(n.y + n.size / 2 + 11)}" font-size="9" text-anchor="middle" fill="#17202c" stroke="#ffffff" stroke-width="2" paint-order="stroke">${labelSvg(n.label)}</text>`,
      );
    }
  }
  for (const n of snapshot.nodes.filter((x) => x.parent && x.label !== '')) {
    parts.push(
      `<text x="${r1(n.x)}" y="${r1(n.y - n.h / 2 - 4)}" font-size="14" font-weight="600" text-anchor="middle" fill="#4d5867">${escapeXml(n.label)}</text>`,
    );
  }
  if (legend !== undefined) parts.push(legendSvg(legend, minX - m + graphWidth, minY));
  parts.push('</svg>');
  return parts.join('\n');
}
