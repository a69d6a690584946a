// The Network view's view-model: Cytoscape element data from the graph elements and the chosen
// style, neighbourhoods, a session's composition, and the saved-view state. Pure, unit tested.
import type { Gender, WorkspaceData } from '@shared/domain/model';
import {
  GENDERS,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  STAKEHOLDER_GROUPS,
} from '@shared/domain/model';
import type { GraphElements, GraphNode, Lens, NodeType } from '@shared/graph/elements';
import { LENSES, NODE_TYPES, adjacencyOf } from '@shared/graph/elements';
import type { GraphFilters, SchemeChoice } from '@shared/graph/filters';
import { NO_GRAPH_FILTERS, descendantsOf, personRegions } from '@shared/graph/filters';
import type { GraphMetrics } from '@shared/graph/metrics';
import type { CyEdgeData, CyNodeData } from './CytoscapeGraph';
import { NODE_SHAPES } from './cyStyle';
import type { GroupBy, LayoutName, Positions } from './layoutModel';
import { GROUP_BYS, LAYOUTS } from './layoutModel';
import { groupsFor } from './arrangements';
import type { ColourBy, Palette, SizeBy } from './networkStyle';
import { COLOUR_BYS, SIZE_BYS, sizeFor } from './networkStyle';

export function shapeOf(node: GraphNode): string {
  if (node.type === 'event') return node.level === 2 ? NODE_SHAPES.session : NODE_SHAPES.event;
  return NODE_SHAPES[node.type];
}

/**
 * The metrics the drawn elements depend on: only colouring by community and sizing by
 * betweenness read them (degree is known without the worker). Otherwise null, so that the
 * worker's answer arriving after the first draw does not rebuild 20,000 elements' data (and
 * translate every link's label again) for no visible change.
 */
export function styleMetrics(
  colourBy: ColourBy,
  sizeBy: SizeBy,
  metrics: GraphMetrics | null,
): GraphMetrics | null {
  return colourBy === 'community' || sizeBy === 'betweenness' ? metrics : null;
}

export function toCyElements(
  elements: GraphElements,
  palette: Palette,
  sizeBy: SizeBy,
  metrics: GraphMetrics | null,
  grouping: {
    layout: LayoutName;
    groupBy: GroupBy;
    groupLabel: (by: GroupBy, value: string) => string;
  },
  edgeLabel: (role: string) => string,
): { nodes: CyNodeData[]; edges: CyEdgeData[] } {
  const size = sizeFor(elements, sizeBy, metrics);
  const groups = grouping.layout === 'grouped' ? groupsFor(elements, grouping.groupBy) : null;
  const nodes: CyNodeData[] = [
    ...(groups?.parents ?? []).map((p) => ({
      id: p.id,
      label: grouping.groupLabel(p.by, p.value),
      type: 'group',
      color: '#eef2f7',
      size: 0,
      shape: 'round-rectangle',
    })),
    ...elements.nodes.map((n) => {
      const data: CyNodeData = {
        id: n.id,
        label: n.label,
        type: n.type,
        color: palette.colourOf(n),
        size: size(n),
        shape: shapeOf(n),
      };
      const parent = groups?.parentOf.get(n.id);
      if (parent !== undefined) data.parent = parent;
      return data;
    }),
  ];
  // A handful of roles across thousands of links: each is translated once.
  const roleLabels = new Map<string, string>();
  const labelOf = (role: string) => {
    let label = roleLabels.get(role);
    if (label === undefined) {
      label = edgeLabel(role);
      roleLabels.set(role, label);
    }
    return label;
  };
  const edges: CyEdgeData[] = elements.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    kind: e.kind,
    status: e.status ?? '',
    label: e.role !== null ? labelOf(e.role) : '',
  }));
  return { nodes, edges };
}

/** The node and everything within `hops` edges of it. */
/**
 * A brokerage (normalised betweenness) score for reading: three decimals, or two significant
 * digits below 0.001 — at 5,000 people even the busiest broker scores well under 0.001, and
 * "0.000" for every bridge said nothing.
 */
export function formatBrokerage(score: number): string {
  if (score === 0) return '0';
  return Math.abs(score) >= 0.001 ? score.toFixed(3) : score.toPrecision(2);
}

export function neighbourhood(elements: GraphElements, id: string, hops: 1 | 2): Set<string> {
  const adjacent = adjacencyOf(elements);
  const out = new Set([id]);
  let frontier = [id];
  for (let h = 0; h < hops; h += 1) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of adjacent.get(n) ?? []) {
        if (!out.has(m)) {
          out.add(m);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export type Composition = {
  total: number;
  genders: { value: Gender; count: number }[];
  regions: { value: string; count: number }[];
};

/**
 * Who takes part in an event or session (and its sessions), counted by gender and by region
 * under the view's scheme. Declined and no-show participations do not count: they are not in the room.
 */
export function composition(
  workspace: WorkspaceData,
  eventId: string,
  scheme: SchemeChoice,
): Composition {
  const events = descendantsOf(
    workspace.events.filter((e) => e.deletedAt === null),
    [eventId as never],
  );
  const personIds = new Set<string>();
  for (const p of workspace.participations) {
    if (p.deletedAt !== null || !events.has(p.eventId)) continue;
    if (p.status === 'declined' || p.status === 'no-show') continue;
    personIds.add(p.personId);
  }
  const genders = new Map<Gender, number>();
  const regions = new Map<string, number>();
  for (const person of workspace.people) {
    if (person.deletedAt !== null || !personIds.has(person.id)) continue;
    genders.set(person.gender, (genders.get(person.gender) ?? 0) + 1);
    const region = personRegions(person, scheme)[0] ?? 'unknown';
    regions.set(region, (regions.get(region) ?? 0) + 1);
  }
  return {
    total: personIds.size,
    genders: GENDERS.filter((g) => genders.has(g)).map((value) => ({
      value,
      count: genders.get(value) ?? 0,
    })),
    regions: [...regions.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  };
}

/** Everything a saved network view restores. */
export type NetworkViewState = {
  lens: Lens;
  filters: GraphFilters;
  hiddenTypes: NodeType[];
  schemeKey: string;
  layout: LayoutName;
  groupBy: GroupBy;
  colourBy: ColourBy;
  sizeBy: SizeBy;
};

export const DEFAULT_VIEW: NetworkViewState = {
  lens: 'participation',
  filters: NO_GRAPH_FILTERS,
  hiddenTypes: [],
  schemeKey: 'm49-region',
  layout: 'fcose',
  groupBy: 'region',
  colourBy: 'gender',
  sizeBy: 'degree',
};

export type SavedNetworkState = NetworkViewState & {
  positions: Positions | null;
  layoutKey: string | null;
};

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
const pickList = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
  Array.isArray(value)
    ? value.filter(
        (v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v),
      )
    : [];
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * A saved view's state read back defensively: a view saved by another version (or edited by
 * hand in a workspace file) falls back to defaults field by field instead of breaking the page.
 */
export function readSavedState(state: Record<string, unknown>): SavedNetworkState {
  const f = (
    typeof state.filters === 'object' && state.filters !== null ? state.filters : {}
  ) as Record<string, unknown>;
  const positions =
    typeof state.positions === 'object' && state.positions !== null
      ? (state.positions as Positions)
      : null;
  return {
    lens: pick(LENSES, state.lens, DEFAULT_VIEW.lens),
    hiddenTypes: pickList(NODE_TYPES, state.hiddenTypes),
    schemeKey: typeof state.schemeKey === 'string' ? state.schemeKey : DEFAULT_VIEW.schemeKey,
    layout: pick(LAYOUTS, state.layout, DEFAULT_VIEW.layout),
    groupBy: pick(GROUP_BYS, state.groupBy, DEFAULT_VIEW.groupBy),
    colourBy: pick(COLOUR_BYS, state.colourBy, DEFAULT_VIEW.colourBy),
    sizeBy: pick(SIZE_BYS, state.sizeBy, DEFAULT_VIEW.sizeBy),
    filters: {
      eventId: typeof f.eventId === 'string' ? (f.eventId as GraphFilters['eventId']) : null,
      roles: pickList(PARTICIPATION_ROLES, f.roles),
      statuses: pickList(PARTICIPATION_STATUSES, f.statuses),
      genders: pickList(GENDERS, f.genders),
      nationalities: strings(f.nationalities).filter((v) =>
        /^[A-Z]{2}$/.test(v),
      ) as unknown as GraphFilters['nationalities'],
      regions: strings(f.regions),
      stakeholderGroups: pickList(STAKEHOLDER_GROUPS, f.stakeholderGroups),
      organisations: strings(f.organisations) as unknown as GraphFilters['organisations'],
    },
    positions,
    layoutKey: typeof state.layoutKey === 'string' ? state.layoutKey : null,
  };
}
