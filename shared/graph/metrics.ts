// Network metrics over the drawn elements, from graphology (degree, betweenness, Louvain
// communities), plus the two findings the secretariat asks for: who bridges groups, and which
// groups sit apart from the rest.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import type { GraphElements, NodeType } from './elements';

export type GraphMetrics = {
  degree: Record<string, number>;
  /** Normalised betweenness centrality in [0, 1]. */
  betweenness: Record<string, number>;
  /** Louvain community of each node (isolates get a community of their own). */
  community: Record<string, number>;
  communityCount: number;
  /** Connected component of each node; 0 is the largest. */
  component: Record<string, number>;
  componentSizes: number[];
  isolates: string[];
};

/** A simple undirected graph: parallel edges (two roles in one session) count once. */
export function toGraphology(elements: GraphElements): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of elements.nodes) graph.addNode(n.id);
  for (const e of elements.edges) {
    if (e.source === e.target) continue;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.mergeEdge(e.source, e.target);
  }
  return graph;
}

/** Components by breadth-first search, numbered from the largest (ties: first node order). */
function components(graph: Graph): { component: Record<string, number>; sizes: number[] } {
  const raw = new Map<string, number>();
  const groups: string[][] = [];
  graph.forEachNode((start) => {
    if (raw.has(start)) return;
    const members = [start];
    raw.set(start, groups.length);
    for (let i = 0; i < members.length; i += 1) {
      graph.forEachNeighbor(members[i], (next) => {
        if (raw.has(next)) return;
        raw.set(next, groups.length);
        members.push(next);
      });
    }
    groups.push(members);
  });
  const order = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.length - a.g.length || a.i - b.i);
  const component: Record<string, number> = {};
  order.forEach(({ g }, rank) => {
    for (const id of g) component[id] = rank;
  });
  return { component, sizes: order.map(({ g }) => g.length) };
}

/**
 * Each node's number of distinct neighbours, counted as computeMetrics counts them (self-loops
 * and links to nodes that are not drawn left out). Linear in the links, so the view can size
 * nodes by degree at once instead of restyling every node when the metrics worker answers.
 */
export function degreeOf(elements: GraphElements): Record<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const n of elements.nodes) neighbours.set(n.id, new Set());
  for (const e of elements.edges) {
    if (e.source === e.target) continue;
    const a = neighbours.get(e.source);
    const b = neighbours.get(e.target);
    if (a === undefined || b === undefined) continue;
    a.add(e.target);
    b.add(e.source);
  }
  const degree: Record<string, number> = {};
  for (const [id, set] of neighbours) degree[id] = set.size;
  return degree;
}

/** `random` makes Louvain deterministic: the same seed gives the same communities. */
export function computeMetrics(elements: GraphElements, random: () => number): GraphMetrics {
  const graph = toGraphology(elements);
  const degree: Record<string, number> = {};
  graph.forEachNode((n) => {
    degree[n] = graph.degree(n);
  });
  const betweenness = graph.order > 2 ? betweennessCentrality(graph, { normalized: true }) : {};
  graph.forEachNode((n) => {
    betweenness[n] ??= 0;
  });
  // Louvain needs at least one edge; with none every node is its own community.
  let community: Record<string, number> = {};
  if (graph.size > 0) {
    community = louvain(graph, { rng: random });
  }
  let next = Math.max(-1, ...Object.values(community)) + 1;
  graph.forEachNode((n) => {
    if (community[n] === undefined || graph.degree(n) === 0) community[n] = next++;
  });
  const { component, sizes } = components(graph);
  const isolates = graph.filterNodes((n) => graph.degree(n) === 0);
  return {
    degree,
    betweenness,
    community,
    communityCount: new Set(Object.values(community)).size,
    component,
    componentSizes: sizes,
    isolates,
  };
}

export type Bridge = { id: string; betweenness: number; communities: number };

/**
 * Brokers: nodes of the given types whose neighbours fall in two or more communities, by
 * betweenness (highest first). Those are the people through whom otherwise separate groups
 * are connected.
 */
export function findBridges(
  elements: GraphElements,
  metrics: GraphMetrics,
  options: { types?: readonly NodeType[]; limit?: number } = {},
): Bridge[] {
  const types = new Set(options.types ?? ['person']);
  const limit = options.limit ?? 10;
  const neighbours = new Map<string, Set<number>>();
  const note = (id: string, other: string) => {
    const c = metrics.community[other];
    if (c === undefined) return;
    const set = neighbours.get(id) ?? new Set<number>();
    set.add(c);
    neighbours.set(id, set);
  };
  for (const e of elements.edges) {
    note(e.source, e.target);
    note(e.target, e.source);
  }
  const out: Bridge[] = [];
  for (const n of elements.nodes) {
    if (!types.has(n.type)) continue;
    const score = metrics.betweenness[n.id] ?? 0;
    const communities = neighbours.get(n.id)?.size ?? 0;
    if (score > 0 && communities >= 2) out.push({ id: n.id, betweenness: score, communities });
  }
  out.sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id));
  return out.slice(0, limit);
}

export type IsolatedGroup = { component: number; nodes: string[] };

/**
 * Groups cut off from the main (largest) component: every other component of two or more
 * nodes, largest first. Single isolates are listed apart in `metrics.isolates`.
 */
export function findIsolatedGroups(
  elements: GraphElements,
  metrics: GraphMetrics,
): IsolatedGroup[] {
  const byComponent = new Map<number, string[]>();
  for (const n of elements.nodes) {
    const c = metrics.component[n.id];
    if (c === undefined || c === 0) continue;
    const list = byComponent.get(c) ?? [];
    list.push(n.id);
    byComponent.set(c, list);
  }
  return [...byComponent.entries()]
    .filter(([, nodes]) => nodes.length >= 2)
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([component, nodes]) => ({ component, nodes }));
}
