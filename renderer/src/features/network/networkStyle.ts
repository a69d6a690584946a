// How the Network view paints nodes: colour by an attribute from colour-blind-safe palettes,
// size by a metric, and the legend that names every colour (colour is never the only signal:
// the legend has labels and the node types have shapes).
import { GENDERS, PARTICIPATION_STATUSES, STAKEHOLDER_GROUPS } from '@shared/domain/model';
import type { GraphElements, GraphNode, NodeType } from '@shared/graph/elements';
import { degreeOf } from '@shared/graph/metrics';
import type { GraphMetrics } from '@shared/graph/metrics';

export const COLOUR_BYS = ['gender', 'region', 'stakeholderGroup', 'status', 'community'] as const;
export type ColourBy = (typeof COLOUR_BYS)[number];
export const SIZE_BYS = ['degree', 'betweenness', 'none'] as const;
export type SizeBy = (typeof SIZE_BYS)[number];

/** Okabe & Ito (2008), without black: distinguishable under the common colour-vision deficiencies. */
export const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
];
/** Tableau's "Color Blind 10", for dimensions with more categories than Okabe–Ito has colours. */
export const TABLEAU_CB10 = [
  '#006BA4',
  '#FF800E',
  '#ABABAB',
  '#595959',
  '#5F9ED1',
  '#C85200',
  '#898989',
  '#A2C8EC',
  '#FFBC79',
  '#CFCFCF',
];
/**
 * The one outline every node is drawn with (the canvas, the highlight overlay, the SVG and PNG
 * exports, the legend's swatches). Several fills are below the 3:1 that WCAG 1.4.11 asks of
 * graphics against the white canvas (the greys, Okabe–Ito's orange, yellow and sky blue);
 * outlining only those would outline women's nodes and not men's. A thin mid-grey ring reaches
 * 5.7:1 against white and leaves the fill's colour readable.
 */
export const NODE_OUTLINE = '#5B6778';
/** The canvas's background, which every node and outline is measured against. */
export const CANVAS_BACKGROUND = '#FFFFFF';

/** The sRGB channel's linear value (WCAG 2.x relative luminance). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#RRGGBB` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => linear(Number.parseInt(c ?? '0', 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two `#RRGGBB` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** The values beyond a palette's length (the smaller communities, regions of a long scheme). */
export const OTHER_COLOUR = '#EEF0F3';
/** For "no value" (unknown gender, no region, no participation). */
export const NO_VALUE_COLOUR = '#D9DDE3';
/** Nodes the chosen attribute does not describe (an event when colouring by gender). */
export const ENTITY_COLOURS: Record<NodeType, string> = {
  person: NO_VALUE_COLOUR,
  organisation: '#7A8696',
  event: '#46556B',
  country: '#A9B3C1',
  region: '#5B6778',
};

/** The dimensions whose values keep one colour whatever is drawn. */
export const FIXED_COLOURS: Partial<Record<ColourBy, Record<string, string>>> = {
  gender: {
    woman: '#E69F00',
    man: '#0072B2',
    'non-binary': '#009E73',
    'self-described': '#CC79A7',
    'prefers-not-to-say': '#56B4E9',
    unknown: NO_VALUE_COLOUR,
  },
  status: {
    candidate: '#56B4E9',
    shortlisted: '#0072B2',
    invited: '#F0E442',
    confirmed: '#009E73',
    declined: '#D55E00',
    attended: '#CC79A7',
    'no-show': '#E69F00',
  },
  stakeholderGroup: Object.fromEntries(
    STAKEHOLDER_GROUPS.map((g, i) => [g, TABLEAU_CB10[i % TABLEAU_CB10.length] as string]),
  ),
};

/** The value a node has for the attribute, or null when it has none or it does not apply. */
export function attributeOf(
  node: GraphNode,
  by: ColourBy,
  metrics: GraphMetrics | null,
): string | null {
  switch (by) {
    case 'gender':
      return node.type === 'person' ? node.gender : null;
    case 'status':
      return node.type === 'person' ? node.status : null;
    case 'region':
      return node.region === 'unknown' ? null : node.region;
    case 'stakeholderGroup':
      return node.stakeholderGroup;
    case 'community': {
      const c = metrics?.community[node.id];
      return c === undefined ? null : String(c);
    }
  }
}

export type Palette = {
  by: ColourBy;
  /** Categories in legend order with their colours. */
  entries: { value: string; colour: string; count: number }[];
  /** Number of nodes (of a type the attribute describes) with no value. */
  missing: number;
  colourOf: (node: GraphNode) => string;
};

/**
 * The palette for the drawn elements. Fixed dimensions keep their colours whatever is drawn;
 * regions take colours in the scheme's own order (`regionOrder`), communities by size.
 */
export function buildPalette(
  elements: GraphElements,
  by: ColourBy,
  metrics: GraphMetrics | null,
  regionOrder: readonly string[] = [],
): Palette {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const n of elements.nodes) {
    const value = attributeOf(n, by, metrics);
    if (value === null) {
      if (n.type === 'person') missing += 1;
      continue;
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let order: string[];
  if (by === 'gender') order = GENDERS.filter((g) => counts.has(g));
  else if (by === 'status') order = PARTICIPATION_STATUSES.filter((s) => counts.has(s));
  else if (by === 'stakeholderGroup') order = STAKEHOLDER_GROUPS.filter((g) => counts.has(g));
  else if (by === 'region') {
    const known = regionOrder.filter((r) => counts.has(r));
    const rest = [...counts.keys()].filter((r) => !regionOrder.includes(r)).sort();
    order = [...known, ...rest];
  } else {
    order = [...counts.keys()].sort(
      (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || Number(a) - Number(b),
    );
  }
  const fixed = FIXED_COLOURS[by];
  const cycle = order.length <= OKABE_ITO.length ? OKABE_ITO : TABLEAU_CB10;
  const colours = new Map<string, string>();
  // Past the palette's length the values share one light grey instead of repeating colours (on
  // the demo, communities 1 and 11 were the same blue): the legend names them as one line.
  order.forEach((value, i) => {
    colours.set(value, fixed?.[value] ?? cycle[i] ?? OTHER_COLOUR);
  });
  return {
    by,
    entries: order.map((value) => ({
      value,
      colour: colours.get(value) as string,
      count: counts.get(value) ?? 0,
    })),
    missing,
    colourOf: (node) => {
      const value = attributeOf(node, by, metrics);
      if (value !== null) return colours.get(value) ?? NO_VALUE_COLOUR;
      return node.type === 'person' ? NO_VALUE_COLOUR : ENTITY_COLOURS[node.type];
    },
  };
}

const BASE_SIZE: Record<NodeType, number> = {
  person: 14,
  organisation: 18,
  event: 22,
  country: 18,
  region: 30,
};
/** How much a node may grow with its metric: hubs (sessions, regions) would otherwise cover people. */
const GROWTH: Record<NodeType, number> = {
  person: 1.8,
  organisation: 1.4,
  event: 1,
  country: 1.2,
  region: 0.8,
};

/**
 * Up to this many people, a person may grow by the full GROWTH; above it, by less (the square root
 * of the ratio): at 5,000 people, sized by links at full growth, the busy ones covered each other
 * and their neighbours in the overview.
 */
export const FULL_GROWTH_UP_TO = 500;

/** How much nodes of a type may grow when `count` of them are drawn. */
export function growthOf(type: NodeType, count: number): number {
  if (type !== 'person' || count <= FULL_GROWTH_UP_TO) return GROWTH[type];
  return GROWTH[type] * Math.sqrt(FULL_GROWTH_UP_TO / count);
}

/** Node diameter in pixels: a base per type, grown by the square root of the metric's share of the type's maximum. */
export function sizeFor(
  elements: GraphElements,
  by: SizeBy,
  metrics: GraphMetrics | null,
): (node: GraphNode) => number {
  // Degree needs no worker: known at once, the nodes keep their size when the metrics arrive
  // (resizing 5,000 nodes then costs a full restyle and redraw).
  const values = by === 'none' ? null : by === 'degree' ? degreeOf(elements) : metrics?.[by];
  if (values === null || values === undefined) return (n) => BASE_SIZE[n.type];
  // Scaled within each node type: a session's 50 participants must not make every person tiny.
  const max = new Map<NodeType, number>();
  const count = new Map<NodeType, number>();
  for (const n of elements.nodes) {
    max.set(n.type, Math.max(max.get(n.type) ?? 0, values[n.id] ?? 0));
    count.set(n.type, (count.get(n.type) ?? 0) + 1);
  }
  return (n) =>
    Math.round(
      BASE_SIZE[n.type] *
        (1 +
          growthOf(n.type, count.get(n.type) ?? 0) *
            Math.sqrt((values[n.id] ?? 0) / (max.get(n.type) || 1))),
    );
}
