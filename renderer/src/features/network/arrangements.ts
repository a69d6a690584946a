// The layouts that are arrangements rather than simulations: the order around the circle, and
// the grouped layout's boxes (which groups get one, and how they are packed). Pure: used by the
// view-model and the layout worker, and unit tested.
import type { GraphElements, GraphNode } from '@shared/graph/elements';
import { adjacencyOf } from '@shared/graph/elements';
import type { LayoutNodeInput, Position, Positions } from './layoutModel';

export const GROUP_BYS = ['region', 'organisation', 'stakeholderGroup'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The values with fewer members, or beyond MAX_GROUPS, share this group. */
export const OTHER_GROUP = '__other';
/** People with no value (no organisation, no known region) share this group. */
export const NO_GROUP = '__none';
/**
 * Boxes of their own for the largest groups only: the demo has ~60 organisations, and a box each
 * gave a wall of small boxes with unreadable names.
 */
export const MAX_GROUPS = 12;

export type GroupNode = { id: string; by: GroupBy; value: string };

function groupValue(node: GraphNode, by: GroupBy): string | null {
  if (by === 'region')
    return node.type === 'region' ? null : node.region === 'unknown' ? null : node.region;
  if (by === 'organisation') return node.organisationId;
  return node.stakeholderGroup;
}

export const groupId = (by: GroupBy, value: string) => `group:${by}:${value}`;

/**
 * The compound parents of the grouped layout: the MAX_GROUPS largest values that two or more
 * nodes share, one "other" group for the rest, and one for people without a value. Nodes that
 * the attribute does not describe (events, regions) stay outside every box.
 */
export function groupsFor(
  elements: GraphElements,
  by: GroupBy,
  maxGroups = MAX_GROUPS,
): { parents: GroupNode[]; parentOf: Map<string, string> } {
  const members = new Map<string, string[]>();
  const without: string[] = [];
  for (const n of elements.nodes) {
    const value = groupValue(n, by);
    if (value === null) {
      if (n.type === 'person') without.push(n.id);
      continue;
    }
    const list = members.get(value) ?? [];
    list.push(n.id);
    members.set(value, list);
  }
  const ranked = [...members.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, maxGroups);
  const own = new Set(ranked.map(([value]) => value));
  const others = [...members.entries()].filter(([value]) => !own.has(value)).flatMap(([, i]) => i);
  const parents: GroupNode[] = [];
  const parentOf = new Map<string, string>();
  const add = (value: string, ids: readonly string[]) => {
    if (ids.length === 0) return;
    const id = groupId(by, value);
    parents.push({ id, by, value });
    for (const child of ids) parentOf.set(child, id);
  };
  for (const [value, ids] of ranked) add(value, ids);
  add(OTHER_GROUP, others);
  add(NO_GROUP, without);
  return { parents, parentOf };
}

/**
 * The order around the circle. Each person follows one node they link to that is not a person
 * (a session, an organisation, a country): the least busy of them, the most specific group they
 * belong to. Those nodes come in a walk along their own links (an event, then its sessions), so
 * that related nodes sit together and many links are short arcs instead of chords across the
 * circle. People linked only to people follow by number of links; nodes with no links come last.
 */
export function circleOrder(
  elements: GraphElements,
  degree: ReadonlyMap<string, number>,
): Map<string, number> {
  const typeOf = new Map(elements.nodes.map((n) => [n.id, n.type]));
  const adjacent = adjacencyOf(elements);
  const deg = (id: string) => degree.get(id) ?? 0;
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const busiestFirst = (a: string, b: string) => deg(b) - deg(a) || byId(a, b);
  const isHub = (id: string) => typeOf.get(id) !== 'person' && deg(id) > 0;

  // Each person's own hub: the least busy one they link to.
  const following = new Map<string, string[]>();
  for (const n of elements.nodes) {
    if (n.type !== 'person') continue;
    const hubs = (adjacent.get(n.id) ?? []).filter(isHub);
    if (hubs.length === 0) continue;
    const own = hubs.reduce((best, h) =>
      deg(h) < deg(best) || (deg(h) === deg(best) && h < best) ? h : best,
    );
    const list = following.get(own) ?? [];
    list.push(n.id);
    following.set(own, list);
  }

  const order = new Map<string, number>();
  const place = (id: string) => {
    if (!order.has(id)) order.set(id, order.size);
  };
  const hubs = elements.nodes
    .map((n) => n.id)
    .filter(isHub)
    .sort(busiestFirst);
  const visited = new Set<string>();
  // Depth-first along hub-to-hub links, busiest neighbour first.
  const walk = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const hub = stack.pop()!;
      if (visited.has(hub)) continue;
      visited.add(hub);
      place(hub);
      for (const person of (following.get(hub) ?? []).sort(busiestFirst)) place(person);
      const next = (adjacent.get(hub) ?? []).filter((h) => isHub(h) && !visited.has(h));
      // Pushed quietest first, so the busiest is visited next.
      stack.push(...[...new Set(next)].sort(busiestFirst).reverse());
    }
  };
  for (const hub of hubs) walk(hub);
  const rest = elements.nodes.map((n) => n.id).sort(busiestFirst);
  for (const id of rest) if (deg(id) > 0) place(id);
  for (const id of rest) place(id);
  return order;
}

/**
 * The ring of the circle layout: nodes in `order` clockwise from the top, each taking an arc as
 * long as it is wide (hubs, which pullHubsIn moves inside, almost none). Computed here because
 * Cytoscape 3.35's circle layout ignores its `sort` option (it places nodes in insertion order).
 */
export function ringPositions(
  nodes: readonly Pick<LayoutNodeInput, 'id' | 'order' | 'size' | 'hub'>[],
): Positions {
  const sorted = [...nodes].sort((a, b) => a.order - b.order);
  const arcOf = (n: (typeof sorted)[number]) => (n.hub ? 4 : n.size + 6);
  const circumference = sorted.reduce((sum, n) => sum + arcOf(n), 0);
  const radius = Math.max(80, circumference / (2 * Math.PI));
  const positions: Positions = {};
  let along = 0;
  for (const n of sorted) {
    const angle = -Math.PI / 2 + (2 * Math.PI * (along + arcOf(n) / 2)) / circumference;
    positions[n.id] = {
      x: Math.round(radius * Math.cos(angle) * 10) / 10,
      y: Math.round(radius * Math.sin(angle) * 10) / 10,
    };
    along += arcOf(n);
  }
  return positions;
}

/**
 * The circle with its hubs drawn inside: each hub moves from its place on the ring towards the
 * centre, the busier the further (the busiest to the middle). People stay on the ring beside their
 * hub, and a hub's links become short spokes instead of chords: on the demo, the main event's 236
 * links fanned out from one point of the ring across the whole circle.
 */
export function pullHubsIn(
  positions: Positions,
  nodes: readonly Pick<LayoutNodeInput, 'id' | 'rank' | 'hub'>[],
): Positions {
  const ids = Object.keys(positions);
  if (ids.length === 0) return positions;
  let cx = 0;
  let cy = 0;
  for (const id of ids) {
    cx += positions[id]!.x / ids.length;
    cy += positions[id]!.y / ids.length;
  }
  const hubs = nodes.filter((n) => n.hub && positions[n.id] !== undefined);
  const maxRank = Math.max(1, ...hubs.map((n) => n.rank));
  const pulled: Positions = { ...positions };
  for (const n of hubs) {
    const p = positions[n.id]!;
    const keep = 1 - 0.85 * Math.sqrt(n.rank / maxRank);
    pulled[n.id] = {
      x: Math.round((cx + (p.x - cx) * keep) * 10) / 10,
      y: Math.round((cy + (p.y - cy) * keep) * 10) / 10,
    };
  }
  return pulled;
}

/** A node as the packing sees it (`labelWidth`: its name's drawn width, see labelWidthOf). */
export type PackNode = {
  id: string;
  parent: string | null;
  rank: number;
  size: number;
  labelWidth?: number;
};

/** Room for a person's name beside and below the node, in model pixels. */
const LABEL_WIDTH = 72;
const LABEL_HEIGHT = 26;
/** Between boxes: the compound padding, the group's name above it, and air. */
const BOX_GAP = 70;

type Box = { id: string; members: PackNode[]; cols: number; cellW: number; cellH: number };

function boxOf(id: string, members: PackNode[], nameRoom = LABEL_WIDTH): Box {
  const biggest = Math.max(16, ...members.map((m) => m.size));
  const cellW = biggest + nameRoom;
  const cellH = biggest + LABEL_HEIGHT;
  // About square.
  const cols = Math.max(1, Math.ceil(Math.sqrt((members.length * cellH) / cellW)));
  const sorted = [...members].sort(
    (a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { id, members: sorted, cols, cellW, cellH };
}

const widthOf = (b: Box) => Math.min(b.cols, b.members.length) * b.cellW;
const heightOf = (b: Box) => Math.ceil(b.members.length / b.cols) * b.cellH;

function placeBox(box: Box, left: number, top: number, into: Positions) {
  box.members.forEach((m, i) => {
    const p: Position = {
      x: left + (i % box.cols) * box.cellW + box.cellW / 2,
      y: top + Math.floor(i / box.cols) * box.cellH + box.cellH / 2,
    };
    into[m.id] = p;
  });
}

/**
 * The grouped layout: each group's members on a grid in their own box (busiest first), the boxes
 * packed in rows (tallest first) into a roughly 3:2 area, and the nodes outside every box (events,
 * sessions, regions) in a band above them. Boxes never overlap and every node has room for its
 * name, which a force-directed layout of compound nodes did not give on the demo.
 */
export function packGroups(nodes: readonly PackNode[]): Positions {
  const parentIds = new Set(nodes.flatMap((n) => (n.parent === null ? [] : [n.parent])));
  const members = new Map<string, PackNode[]>();
  const loose: PackNode[] = [];
  for (const n of nodes) {
    if (parentIds.has(n.id)) continue;
    if (n.parent === null) loose.push(n);
    else {
      const list = members.get(n.parent) ?? [];
      list.push(n);
      members.set(n.parent, list);
    }
  }
  const boxes = [...members.entries()]
    .map(([id, list]) => boxOf(id, list))
    .sort((a, b) => heightOf(b) - heightOf(a) || widthOf(b) - widthOf(a) || (a.id < b.id ? -1 : 1));
  const area = boxes.reduce((sum, b) => sum + (widthOf(b) + BOX_GAP) * (heightOf(b) + BOX_GAP), 0);
  const rowWidth = Math.max(...boxes.map((b) => widthOf(b) + BOX_GAP), Math.sqrt(area * 1.5));
  const positions: Positions = {};
  let top = 0;
  if (loose.length > 0) {
    // The band of events and sessions: cells as wide as the longest name (their names show at
    // overview zoom; people's only when zoomed in, so boxes keep LABEL_WIDTH).
    const biggestLoose = Math.max(16, ...loose.map((n) => n.size));
    const widestName = Math.max(0, ...loose.map((n) => n.labelWidth ?? 0));
    const band = boxOf('', loose, Math.max(LABEL_WIDTH, widestName + 14 - biggestLoose));
    band.cols = Math.max(1, Math.min(loose.length, Math.floor(rowWidth / band.cellW)));
    placeBox(band, 0, 0, positions);
    top = heightOf(band) + BOX_GAP;
  }
  let left = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    const w = widthOf(box);
    if (left > 0 && left + w > rowWidth) {
      top += rowHeight + BOX_GAP;
      left = 0;
      rowHeight = 0;
    }
    placeBox(box, left, top, positions);
    left += w + BOX_GAP;
    rowHeight = Math.max(rowHeight, heightOf(box));
  }
  return positions;
}

/** Between two rings of the concentric layout, beyond the larger node, in model pixels. */
const RING_GAP = 34;
/** Along a ring, beyond the node's own diameter: room for a short name at reading zoom. */
const RING_AIR = 22;
/** A hub's name below its node: the gap above it and its height (11 px bold, outlined). */
const LABEL_GAP = 3;
const LABEL_HEIGHT_HUB = 16;
/** Air kept around every hub's shape and name, in model pixels. */
const LABEL_AIR = 6;
/** How far a hub may slide along its ring to clear a name, per try, in model pixels. */
const SLIDE_STEP = 3;
type RingNode = Pick<LayoutNodeInput, 'id' | 'rank' | 'size' | 'order' | 'hub'> & {
  /** The drawn width of the node's name (0 when it has none or it is not drawn). */
  labelWidth?: number;
};

type Rect = { x1: number; y1: number; x2: number; y2: number };

/** What a hub covers at (x, y): its shape, and its name centred below it. */
export function hubRects(n: RingNode, x: number, y: number): Rect[] {
  const half = n.size / 2 + LABEL_AIR / 2;
  const rects: Rect[] = [{ x1: x - half, y1: y - half, x2: x + half, y2: y + half }];
  const w = n.labelWidth ?? 0;
  if (w > 0) {
    const top = y + n.size / 2 + LABEL_GAP;
    rects.push({
      x1: x - w / 2 - LABEL_AIR / 2,
      y1: top - LABEL_AIR / 2,
      x2: x + w / 2 + LABEL_AIR / 2,
      y2: top + LABEL_HEIGHT_HUB + LABEL_AIR / 2,
    });
  }
  return rects;
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The rectangles placed so far, bucketed on a coarse grid so a clash test looks at few. */
class RectIndex {
  private readonly cells = new Map<string, Rect[]>();
  readonly all: Rect[] = [];
  private static readonly CELL = 96;

  private keys(r: Rect): string[] {
    const c = RectIndex.CELL;
    const keys: string[] = [];
    for (let x = Math.floor(r.x1 / c); x <= Math.floor(r.x2 / c); x += 1)
      for (let y = Math.floor(r.y1 / c); y <= Math.floor(r.y2 / c); y += 1) keys.push(`${x},${y}`);
    return keys;
  }

  add(rects: readonly Rect[]) {
    for (const r of rects) {
      this.all.push(r);
      for (const k of this.keys(r)) {
        const list = this.cells.get(k) ?? [];
        list.push(r);
        this.cells.set(k, list);
      }
    }
  }

  clashes(rects: readonly Rect[]): boolean {
    return rects.some((r) =>
      this.keys(r).some((k) => (this.cells.get(k) ?? []).some((o) => overlaps(r, o))),
    );
  }
}

/**
 * The concentric layout: the hubs (sessions, organisations, countries…) on the inner rings, the
 * busiest in the middle, and the people around them on as many outer rings as it takes, the most
 * connected nearest the hubs; each ring holds what its circumference has room for. Cytoscape's
 * concentric layout put every person with the same number of links on one ring: on the demo, one
 * huge ring of people around a small knot of events. Within a ring nodes keep the circle's
 * `order`, so people stay beside the others of their hub.
 *
 * Hubs carry their names at overview zoom, so their rings are placed name by name: each hub's
 * shape and name (`labelWidth` wide, below the node) must not touch any other hub's. A ring
 * tries several start angles and, when every one collides, moves outwards; the people start
 * beyond the outermost hub name. Spacing hubs by their shapes alone piled the demo's 22 session
 * names on top of each other in the middle.
 */
export function concentricRings(nodes: readonly RingNode[]): Positions {
  const byRank = (a: RingNode, b: RingNode) => b.rank - a.rank || a.order - b.order;
  const hubs = nodes.filter((n) => n.hub).sort(byRank);
  const others = nodes.filter((n) => !n.hub).sort(byRank);
  const positions: Positions = {};
  const round = (v: number) => Math.round(v * 10) / 10;
  let ring = 0;
  let radius = 0;

  const ringAt = (
    members: readonly RingNode[],
    r: number,
    start: number,
    arcOf: (n: RingNode) => number,
  ) => {
    const ordered = [...members].sort((a, b) => a.order - b.order);
    const total = ordered.reduce((sum, n) => sum + arcOf(n), 0);
    let along = 0;
    return ordered.map((n) => {
      const angle = start + (2 * Math.PI * (along + arcOf(n) / 2)) / total;
      along += arcOf(n);
      return { n, x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
    });
  };

  // Hubs: the busiest alone in the middle, then ring after ring. Each hub slides along its ring
  // from its even place until its shape and name touch nothing placed; those that run out of
  // ring wait for the next one.
  const hubArc = (n: RingNode) => Math.max(n.size + RING_AIR, (n.labelWidth ?? 0) + LABEL_AIR * 2);
  const taken = new RectIndex();
  let queue = hubs;
  let previousBiggest = 0;
  if (queue.length > 0) {
    const head = queue[0]!;
    positions[head.id] = { x: 0, y: 0 };
    taken.add(hubRects(head, 0, 0));
    previousBiggest = head.size;
    queue = queue.slice(1);
    ring = 1;
  }
  while (queue.length > 0) {
    const biggest = Math.max(...queue.slice(0, 40).map((n) => n.size));
    // Far enough out that a name below a hub clears the hub above it on the next ring.
    radius += previousBiggest / 2 + biggest / 2 + LABEL_GAP + LABEL_HEIGHT_HUB + LABEL_AIR;
    const room = 2 * Math.PI * radius;
    const members: RingNode[] = [];
    let arc = 0;
    for (const n of queue) {
      const need = hubArc(n);
      if (members.length > 0 && arc + need > room) break;
      members.push(n);
      arc += need;
    }
    const start = -Math.PI / 2 + ring * 0.37;
    const end = start + 2 * Math.PI;
    const placed = new Set<string>();
    let angle = start;
    for (const n of [...members].sort((x, y) => x.order - y.order)) {
      // Even spacing by each hub's share of the ring, then slide on while it clashes.
      let at = Math.max(angle, start);
      let spot: { x: number; y: number; rects: Rect[] } | null = null;
      while (at < end - hubArc(n) / 2 / radius) {
        const x = round(radius * Math.cos(at));
        const y = round(radius * Math.sin(at));
        const rects = hubRects(n, x, y);
        if (!taken.clashes(rects)) {
          spot = { x, y, rects };
          break;
        }
        at += SLIDE_STEP / radius;
      }
      if (spot === null) break;
      positions[n.id] = { x: spot.x, y: spot.y };
      taken.add(spot.rects);
      placed.add(n.id);
      angle = at + (2 * Math.PI * hubArc(n)) / Math.max(arc, room);
    }
    queue = queue.filter((n) => !placed.has(n.id));
    previousBiggest = biggest;
    ring += 1;
  }
  let outer = 0;
  for (const r of taken.all) {
    outer = Math.max(
      outer,
      Math.hypot(r.x1, r.y1),
      Math.hypot(r.x2, r.y1),
      Math.hypot(r.x1, r.y2),
      Math.hypot(r.x2, r.y2),
    );
  }

  // People: rings by room along the circumference; their names show only when zoomed in.
  let first = hubs.length === 0;
  if (hubs.length > 0) outer += RING_GAP / 2;
  let next = 0;
  while (next < others.length) {
    const head = others[next]!;
    if (first) {
      first = false;
      positions[head.id] = { x: 0, y: 0 };
      outer = head.size / 2;
      next += 1;
      ring += 1;
      continue;
    }
    radius = outer + RING_GAP + head.size / 2;
    const members: RingNode[] = [];
    let arc = 0;
    const room = 2 * Math.PI * radius;
    for (let i = next; i < others.length; i += 1) {
      const need = others[i]!.size + RING_AIR;
      if (members.length > 0 && arc + need > room) break;
      members.push(others[i]!);
      arc += need;
    }
    const spots = ringAt(members, radius, -Math.PI / 2 + ring * 0.37, (n) => n.size + RING_AIR);
    let biggest = 0;
    for (const s of spots) {
      positions[s.n.id] = { x: s.x, y: s.y };
      biggest = Math.max(biggest, s.n.size);
    }
    outer = radius + biggest / 2;
    next += members.length;
    ring += 1;
  }
  return positions;
}

/** Between grid cells, beyond a node and its name, in model pixels. */
const GRID_AIR = 14;
/** A person's name at reading zoom (9 px): room below and beside each person's cell. */
const GRID_PERSON_LABEL = { w: 64, h: 14 };

/**
 * The grid layout: the hubs (sessions, organisations, countries…) in the top rows, busiest first,
 * each cell as wide as the longest hub name; then the people in reading order, in the circle's
 * `order` (each beside the others of their own hub), busiest first within it. Both blocks share
 * one width, about 4:3 overall. Cytoscape's grid put nodes in insertion order: the demo's events
 * ended up in the last row under 300 people, with links crossing the whole grid.
 */
export function gridPositions(nodes: readonly RingNode[]): Positions {
  const hubs = [...nodes].filter((n) => n.hub).sort((a, b) => b.rank - a.rank || a.order - b.order);
  const people = [...nodes].filter((n) => !n.hub).sort((a, b) => a.order - b.order);
  const biggest = (list: readonly RingNode[]) => Math.max(16, ...list.map((n) => n.size));
  const hubCell = {
    w: Math.max(biggest(hubs), ...hubs.map((n) => n.labelWidth ?? 0)) + GRID_AIR,
    h: biggest(hubs) + LABEL_GAP + LABEL_HEIGHT_HUB + GRID_AIR,
  };
  const personCell = {
    w: Math.max(biggest(people), GRID_PERSON_LABEL.w) + GRID_AIR,
    h: biggest(people) + GRID_PERSON_LABEL.h + GRID_AIR,
  };
  const area = hubs.length * hubCell.w * hubCell.h + people.length * personCell.w * personCell.h;
  const width = Math.max(hubCell.w, personCell.w, Math.sqrt((area * 4) / 3));
  const positions: Positions = {};
  let top = 0;
  const place = (list: readonly RingNode[], cell: { w: number; h: number }) => {
    if (list.length === 0) return;
    const cols = Math.max(1, Math.min(list.length, Math.floor(width / cell.w)));
    // Centred under each other when one block is narrower than the other.
    const left = (width - cols * cell.w) / 2;
    list.forEach((n, i) => {
      positions[n.id] = {
        x: Math.round((left + (i % cols) * cell.w + cell.w / 2) * 10) / 10,
        y: Math.round((top + Math.floor(i / cols) * cell.h + cell.h / 2) * 10) / 10,
      };
    });
    top += Math.ceil(list.length / cols) * cell.h + GRID_AIR * 2;
  };
  place(hubs, hubCell);
  place(people, personCell);
  return positions;
}
