// The workspace as graph elements for the Network view: pure, with ids that stay the same across
// calls (so the view can diff elements and keep positions), and plain data the UI styles.
import type {
  EventId,
  EventLevel,
  Gender,
  ParticipationRole,
  ParticipationStatus,
  RelationshipKind,
  StakeholderGroup,
  WorkspaceData,
} from '../domain/model';
import { eventLevel, personDisplayName } from '../domain/model';
import { regionOf } from '../reference/regions';
import type { GraphFilters, SchemeChoice } from './filters';
import { applyGraphFilters, personRegions } from './filters';

export const NODE_TYPES = ['person', 'organisation', 'event', 'country', 'region'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_KINDS = [
  'participation',
  'session-in-event',
  'affiliation',
  'relationship',
  'nationality',
  'country-in-region',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const LENSES = ['participation', 'affiliation', 'geography', 'all'] as const;
export type Lens = (typeof LENSES)[number];

const LENS_NODES: Record<Lens, readonly NodeType[]> = {
  participation: ['person', 'event'],
  affiliation: ['person', 'organisation'],
  geography: ['person', 'country', 'region'],
  all: NODE_TYPES,
};
const LENS_EDGES: Record<Lens, readonly EdgeKind[]> = {
  participation: ['participation', 'session-in-event'],
  affiliation: ['affiliation', 'relationship'],
  geography: ['nationality', 'country-in-region'],
  all: EDGE_KINDS,
};

export function lensNodeTypes(lens: Lens): readonly NodeType[] {
  return LENS_NODES[lens];
}

export type GraphNode = {
  id: string;
  type: NodeType;
  label: string;
  /** The record behind the node: a person/organisation/event id, an ISO2 code or a region label. */
  recordId: string;
  gender: Gender | null;
  /** First region under the view's scheme (people: of their nationalities; others: of their country). */
  region: string | null;
  stakeholderGroup: StakeholderGroup | null;
  /** People: the furthest status of their drawn participations. */
  status: ParticipationStatus | null;
  /** People: the primary (or first) organisation; organisations: themselves. */
  organisationId: string | null;
  /** Events: 0 process, 1 event, 2 session. */
  level: EventLevel | null;
};

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  role: ParticipationRole | null;
  status: ParticipationStatus | null;
  relationship: RelationshipKind | null;
};

export type GraphElements = { nodes: GraphNode[]; edges: GraphEdge[] };

export type GraphOptions = {
  /** Node types switched off on top of the lens. */
  hiddenTypes?: readonly NodeType[];
};

export const nodeId = {
  person: (id: string) => `person:${id}`,
  organisation: (id: string) => `org:${id}`,
  event: (id: string) => `event:${id}`,
  country: (iso2: string) => `country:${iso2}`,
  region: (scheme: string, label: string) => `region:${scheme}:${label}`,
};

/** Furthest along the funnel first: a person who attended one session and declined another "attended". */
const STATUS_PRECEDENCE: readonly ParticipationStatus[] = [
  'attended',
  'confirmed',
  'no-show',
  'invited',
  'shortlisted',
  'candidate',
  'declined',
];

/** A node with every attribute unset (null). */
export function blankNode(id: string, type: NodeType, label: string, recordId: string): GraphNode {
  return {
    id,
    type,
    label,
    recordId,
    gender: null,
    region: null,
    stakeholderGroup: null,
    status: null,
    organisationId: null,
    level: null,
  };
}

function edge(id: string, source: string, target: string, kind: EdgeKind): GraphEdge {
  return { id, source, target, kind, role: null, status: null, relationship: null };
}

/**
 * The nodes and edges of a lens. People are the anchor: the filters pick people, and an
 * organisation, event or country is drawn only when it links to one of them (events and
 * regions also bring their parents). A person with no link in the lens is still drawn, as an
 * isolate, because "who is not connected" is itself a finding.
 */
export function toGraphElements(
  workspace: WorkspaceData,
  lens: Lens,
  filters: GraphFilters,
  scheme: SchemeChoice,
  options: GraphOptions = {},
): GraphElements {
  const hidden = new Set(options.hiddenTypes ?? []);
  const types = new Set(LENS_NODES[lens].filter((t) => !hidden.has(t)));
  const kinds = new Set(LENS_EDGES[lens]);
  const { people: keptIds, participationMatches } = applyGraphFilters(workspace, filters);
  const region = (iso2: string | null) => regionOf(scheme.key, iso2, scheme.custom);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addEdge = (e: GraphEdge) => {
    if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  };

  const people = workspace.people.filter((p) => keptIds.has(p.id));
  const orgs = new Map(
    workspace.organisations.filter((o) => o.deletedAt === null).map((o) => [o.id, o]),
  );
  const events = new Map(
    workspace.events.filter((e) => e.deletedAt === null).map((e) => [e.id, e]),
  );
  const participations = workspace.participations.filter(
    (p) => keptIds.has(p.personId) && events.has(p.eventId) && participationMatches(p),
  );

  // People first, so that the entity nodes can check for a drawn person.
  const statusOf = new Map<string, ParticipationStatus>();
  if (kinds.has('participation')) {
    for (const part of participations) {
      const current = statusOf.get(part.personId);
      if (
        current === undefined ||
        STATUS_PRECEDENCE.indexOf(part.status) < STATUS_PRECEDENCE.indexOf(current)
      ) {
        statusOf.set(part.personId, part.status);
      }
    }
  }
  if (types.has('person')) {
    for (const p of people) {
      const primary = p.affiliations.find((a) => a.primary) ?? p.affiliations[0];
      const regions = personRegions(p, scheme);
      nodes.set(nodeId.person(p.id), {
        ...blankNode(nodeId.person(p.id), 'person', personDisplayName(p), p.id),
        gender: p.gender,
        region: regions[0] ?? null,
        stakeholderGroup: p.stakeholderGroup,
        status: statusOf.get(p.id) ?? null,
        organisationId: primary?.organisationId ?? null,
      });
    }
  }

  if (types.has('organisation')) {
    const needed = new Set<string>();
    if (kinds.has('affiliation')) {
      for (const p of people) for (const a of p.affiliations) needed.add(a.organisationId);
    }
    if (kinds.has('relationship')) {
      for (const r of workspace.relationships) {
        if (r.deletedAt !== null) continue;
        if (r.from.type === 'person' && keptIds.has(r.from.id) && r.to.type === 'organisation')
          needed.add(r.to.id);
        if (r.to.type === 'person' && keptIds.has(r.to.id) && r.from.type === 'organisation')
          needed.add(r.from.id);
      }
    }
    for (const o of orgs.values()) {
      if (!needed.has(o.id)) continue;
      nodes.set(nodeId.organisation(o.id), {
        ...blankNode(nodeId.organisation(o.id), 'organisation', o.acronym || o.name, o.id),
        region: region(o.country),
        stakeholderGroup: o.type,
        organisationId: o.id,
      });
    }
  }

  if (types.has('event')) {
    const needed = new Set<EventId>();
    if (kinds.has('participation')) for (const part of participations) needed.add(part.eventId);
    // A session brings its event, and the event its process, so sessions hang together.
    if (kinds.has('session-in-event')) {
      for (const id of [...needed]) {
        let parent = events.get(id)?.parentId ?? null;
        while (parent !== null && !needed.has(parent) && events.has(parent)) {
          needed.add(parent);
          parent = events.get(parent)?.parentId ?? null;
        }
      }
    }
    for (const e of events.values()) {
      if (!needed.has(e.id)) continue;
      nodes.set(nodeId.event(e.id), {
        ...blankNode(nodeId.event(e.id), 'event', e.name, e.id),
        region: region(e.country),
        level: eventLevel(e.kind),
      });
    }
  }

  if (types.has('country') || types.has('region')) {
    const countries = new Set<string>();
    if (kinds.has('nationality'))
      for (const p of people) for (const n of p.nationalities) countries.add(n);
    const sorted = [...countries].sort();
    if (types.has('country')) {
      for (const iso2 of sorted) {
        nodes.set(nodeId.country(iso2), {
          ...blankNode(nodeId.country(iso2), 'country', iso2, iso2),
          region: region(iso2),
        });
      }
    }
    if (types.has('region')) {
      for (const iso2 of sorted) {
        const label = region(iso2);
        if (label === null) continue;
        const id = nodeId.region(scheme.key, label);
        if (!nodes.has(id))
          nodes.set(id, { ...blankNode(id, 'region', label, label), region: label });
      }
    }
  }

  if (kinds.has('participation')) {
    for (const part of participations) {
      addEdge({
        ...edge(
          `part:${part.id}`,
          nodeId.person(part.personId),
          nodeId.event(part.eventId),
          'participation',
        ),
        role: part.role,
        status: part.status,
      });
    }
  }
  if (kinds.has('session-in-event')) {
    for (const e of events.values()) {
      if (e.parentId === null) continue;
      addEdge(
        edge(`sub:${e.id}`, nodeId.event(e.id), nodeId.event(e.parentId), 'session-in-event'),
      );
    }
  }
  if (kinds.has('affiliation')) {
    for (const p of people) {
      for (const a of p.affiliations) {
        addEdge(
          edge(
            `aff:${p.id}:${a.organisationId}`,
            nodeId.person(p.id),
            nodeId.organisation(a.organisationId),
            'affiliation',
          ),
        );
      }
    }
  }
  if (kinds.has('relationship')) {
    const ref = (r: { type: 'person' | 'organisation'; id: string }) =>
      r.type === 'person' ? nodeId.person(r.id) : nodeId.organisation(r.id);
    for (const r of workspace.relationships) {
      if (r.deletedAt !== null) continue;
      addEdge({
        ...edge(`rel:${r.id}`, ref(r.from), ref(r.to), 'relationship'),
        relationship: r.kind,
      });
    }
  }
  if (kinds.has('nationality')) {
    for (const p of people) {
      for (const iso2 of p.nationalities) {
        addEdge(
          edge(`nat:${p.id}:${iso2}`, nodeId.person(p.id), nodeId.country(iso2), 'nationality'),
        );
      }
    }
  }
  if (kinds.has('country-in-region')) {
    for (const node of nodes.values()) {
      if (node.type !== 'country' || node.region === null) continue;
      addEdge(
        edge(
          `in:${node.recordId}:${scheme.key}`,
          node.id,
          nodeId.region(scheme.key, node.region),
          'country-in-region',
        ),
      );
    }
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Each node's neighbours (both directions of every edge; a node without edges is absent). */
export function adjacencyOf(elements: Pick<GraphElements, 'edges'>): Map<string, string[]> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list === undefined) adjacent.set(a, [b]);
    else list.push(b);
  };
  for (const e of elements.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return adjacent;
}
