// What the layout worker is asked and answers, the compound groups of the grouped layout, and
// the position cache that lets a reopened view skip the layout. Pure: shared by the page and
// the worker, and unit tested.
import type { GraphElements, GraphNode } from '@shared/graph/elements';
import { GROUP_BYS, circleOrder, groupsFor } from './arrangements';
import type { GroupBy } from './arrangements';

export { GROUP_BYS } from './arrangements';
export type { GroupBy } from './arrangements';

export const LAYOUTS = ['fcose', 'concentric', 'grouped', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/**
 * Above this many nodes fcose runs at draft quality (its spectral phase only). The cost of
 * default quality is not bounded by `numIter`: layout-base runs at least five force iterations
 * per node (`maxIterations = max(5 × nodes, numIter)`), each near-quadratic here. Measured in Node
 * on an idle core, the participation graph of the 1,000-person synthetic workspace (1,019 nodes,
 * 3,078 links) took 17–20 s at default quality whatever `numIter` was (50 to 2,500), and 0.6 s
 * at draft; drawn side by side, the draft showed the clusters around each event at least as
 * clearly as the default's even spread. The demo (~320 nodes) stays at default quality.
 */
export const DRAFT_QUALITY_ABOVE = 800;

/**
 * The Layout list's entries: each layout, with the grouped one once per grouping ("grouped:region").
 * One list instead of a Layout and a Group-by select: the toolbar stays on one line.
 */
export type LayoutChoice = Exclude<LayoutName, 'grouped'> | `grouped:${GroupBy}`;
export const LAYOUT_CHOICES: readonly LayoutChoice[] = LAYOUTS.flatMap((l) =>
  l === 'grouped' ? GROUP_BYS.map((g) => `grouped:${g}` as const) : [l],
);

export function layoutChoiceOf(layout: LayoutName, groupBy: GroupBy): LayoutChoice {
  return layout === 'grouped' ? `grouped:${groupBy}` : layout;
}

/** The layout and grouping a list value stands for, or null for a value that is not one. */
export function readLayoutChoice(value: string): { layout: LayoutName; groupBy?: GroupBy } | null {
  const choice = LAYOUT_CHOICES.find((c) => c === value);
  if (choice === undefined) return null;
  if (!choice.startsWith('grouped:')) return { layout: choice as LayoutName };
  const groupBy = GROUP_BYS.find((g) => `grouped:${g}` === choice);
  return groupBy === undefined ? null : { layout: 'grouped', groupBy };
}

export type Position = { x: number; y: number };
export type Positions = Record<string, Position>;

/**
 * `size`: the drawn diameter, so the layout leaves room for big nodes. `order`: the place on the
 * circle (see circleOrder). `hub`: a node that is not a person and has links (a session, an
 * organisation, a country), which the circle draws inside the ring of people. `labelWidth`: about
 * how wide its name is drawn (see labelWidthOf), so the concentric layout keeps names apart.
 */
export type LayoutNodeInput = {
  id: string;
  parent: string | null;
  rank: number;
  size: number;
  order: number;
  hub: boolean;
  labelWidth: number;
};

/** The stylesheet's widest name (text-max-width; longer names end in an ellipsis). */
const LABEL_MAX_WIDTH = 120;
/** Average glyph width of Inter per pixel of font size, a little generous (bold, capitals). */
const GLYPH_WIDTH = 0.6;
/** Font sizes of the stylesheet (cyStyle.ts) by node type. */
const FONT_SIZE: Record<GraphNode['type'], number> = {
  person: 9,
  organisation: 11,
  event: 11,
  country: 11,
  region: 16,
};

/** About how wide a node's name is drawn, in model pixels: an estimate, the layout has no fonts. */
export function labelWidthOf(node: Pick<GraphNode, 'type' | 'label'>): number {
  return Math.round(
    Math.min(LABEL_MAX_WIDTH, node.label.length * FONT_SIZE[node.type] * GLYPH_WIDTH),
  );
}
export type LayoutRequest = {
  requestId: number;
  layout: LayoutName;
  nodes: LayoutNodeInput[];
  edges: { id: string; source: string; target: string }[];
};
export type LayoutStage = 'preparing' | 'running';
export type LayoutMessage =
  | { type: 'progress'; requestId: number; stage: LayoutStage }
  | { type: 'done'; requestId: number; positions: Positions; ms: number }
  | { type: 'error'; requestId: number; message: string };

/** The worker's input: nodes (with compound parents for the grouped layout) ranked by degree. */
export function layoutInput(
  elements: GraphElements,
  layout: LayoutName,
  groupBy: GroupBy,
  requestId: number,
): LayoutRequest {
  const degree = new Map<string, number>();
  for (const e of elements.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const grouping = layout === 'grouped' ? groupsFor(elements, groupBy) : null;
  // Close to the drawn size by degree, so hubs get room whatever the size setting.
  const maxDegree = Math.max(1, ...degree.values());
  const sizeOf = (id: string) => Math.round(18 + 26 * Math.sqrt((degree.get(id) ?? 0) / maxDegree));
  const order = circleOrder(elements, degree);
  const nodes: LayoutNodeInput[] = [
    ...(grouping?.parents ?? []).map((p) => ({
      id: p.id,
      parent: null,
      rank: 0,
      size: 0,
      order: 0,
      hub: false,
      labelWidth: 0,
    })),
    ...elements.nodes.map((n) => ({
      id: n.id,
      parent: grouping?.parentOf.get(n.id) ?? null,
      rank: degree.get(n.id) ?? 0,
      size: sizeOf(n.id),
      order: order.get(n.id) ?? 0,
      hub: n.type !== 'person' && (degree.get(n.id) ?? 0) > 0,
      labelWidth: labelWidthOf(n),
    })),
  ];
  const edges = elements.edges
    .filter((e) => e.source !== e.target)
    .map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { requestId, layout, nodes, edges };
}

/**
 * Bumped when a layout's arrangement changes (grouped: packed boxes, the band of events as wide
 * as their names; circle: walk by hub, hubs inside; concentric: hub rings spaced by their names;
 * grid: hubs first, people by hub).
 */
const LAYOUT_VERSION: Partial<Record<LayoutName, string>> = {
  grouped: '3',
  circle: '2',
  concentric: '3',
  grid: '2',
};

/** A short fingerprint of what a layout depends on: the layout, grouping and topology. */
export function layoutKey(elements: GraphElements, layout: LayoutName, groupBy: GroupBy): string {
  // FNV-1a over the ids: the same nodes and edges give the same key, in any order of calls.
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i += 1) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const id of elements.nodes.map((n) => n.id).sort()) feed(id);
  feed('|');
  // Code-unit order (not localeCompare, which is ~10× slower on 20,000 ids).
  for (const id of elements.edges.map((e) => e.id).sort()) feed(id);
  const grouping = layout === 'grouped' ? `:${groupBy}` : '';
  // Layouts stored by an earlier arrangement of the same graph are not reused.
  const version = LAYOUT_VERSION[layout] ?? '';
  return `${layout}${version}${grouping}:${elements.nodes.length}:${elements.edges.length}:${h.toString(16)}`;
}

/** Whether cached positions cover every node (a cache entry from a saved view may be partial). */
export function coversAll(positions: Positions, elements: GraphElements): boolean {
  return elements.nodes.every((n) => positions[n.id] !== undefined);
}

/**
 * Spreads a layout about its centre until its bounding box offers each node about `room` times
 * its own square. fcose's draft (spectral) positions ignore node sizes, so on a large graph
 * sized by degree the nodes piled on top of each other; scaling keeps the shape and the
 * clusters while giving the nodes space. Never shrinks a layout.
 */
export function spreadToFit(
  positions: Positions,
  sizeOf: (id: string) => number,
  room = 3,
): Positions {
  const ids = Object.keys(positions);
  if (ids.length < 2) return positions;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let needed = 0;
  for (const id of ids) {
    const p = positions[id]!;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    needed += room * sizeOf(id) ** 2;
  }
  const area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
  const factor = Math.sqrt(needed / area);
  if (factor <= 1) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const spread: Positions = {};
  for (const id of ids) {
    const p = positions[id]!;
    spread[id] = {
      x: Math.round((cx + (p.x - cx) * factor) * 10) / 10,
      y: Math.round((cy + (p.y - cy) * factor) * 10) / 10,
    };
  }
  return spread;
}
