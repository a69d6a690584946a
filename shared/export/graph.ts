// The network as GEXF 1.3 (Gephi) and GraphML (Cytoscape desktop, yEd): people, organisations,
// events and countries as typed nodes; affiliation, participation (role, status), nationality
// and relationship edges.
import type { WorkspaceData } from '../domain/model';
import { personDisplayName } from '../domain/model';
import { countryName } from '../reference/countries';

type Attr = { id: string; title: string };
type GNode = { id: string; label: string; attrs: Record<string, string> };
type GEdge = {
  id: string;
  source: string;
  target: string;
  label: string;
  attrs: Record<string, string>;
};
export type Graph = { nodes: GNode[]; edges: GEdge[] };

export const NODE_ATTRS: Attr[] = [
  { id: 'type', title: 'type' },
  { id: 'gender', title: 'gender' },
  { id: 'stakeholderGroup', title: 'stakeholder group' },
  { id: 'residence', title: 'country of residence' },
  { id: 'organisationType', title: 'organisation type' },
  { id: 'eventKind', title: 'event kind' },
  { id: 'startDate', title: 'start date' },
  { id: 'iso2', title: 'ISO code' },
];
export const EDGE_ATTRS: Attr[] = [
  { id: 'kind', title: 'kind' },
  { id: 'role', title: 'role' },
  { id: 'status', title: 'status' },
  { id: 'relationship', title: 'relationship kind' },
];

export function buildGraph(data: WorkspaceData): Graph {
  const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === null);
  const nodes: GNode[] = [];
  const edges: GEdge[] = [];
  const ids = new Set<string>();
  const countries = new Set<string>();
  for (const p of live(data.people)) {
    ids.add(p.id);
    nodes.push({
      id: p.id,
      label: personDisplayName(p),
      attrs: {
        type: 'person',
        gender: p.gender,
        stakeholderGroup: p.stakeholderGroup ?? '',
        residence: p.residence ?? '',
      },
    });
  }
  for (const o of live(data.organisations)) {
    ids.add(o.id);
    nodes.push({
      id: o.id,
      label: o.name,
      attrs: { type: 'organisation', organisationType: o.type, iso2: o.country ?? '' },
    });
  }
  for (const e of live(data.events)) {
    ids.add(e.id);
    nodes.push({
      id: e.id,
      label: e.name,
      attrs: {
        type: 'event',
        eventKind: e.kind,
        startDate: e.startDate ?? '',
        iso2: e.country ?? '',
      },
    });
  }
  let n = 0;
  const edge = (source: string, target: string, label: string, attrs: Record<string, string>) => {
    if (ids.has(source) && ids.has(target))
      edges.push({ id: `e${++n}`, source, target, label, attrs });
  };
  for (const p of live(data.people)) {
    for (const a of p.affiliations)
      edge(p.id, a.organisationId, 'affiliation', { kind: 'affiliation' });
    for (const c of p.nationalities) {
      const id = `country_${c}`;
      if (!countries.has(c)) {
        countries.add(c);
        ids.add(id);
        nodes.push({ id, label: countryName(c), attrs: { type: 'country', iso2: c } });
      }
      edge(p.id, id, 'nationality', { kind: 'nationality' });
    }
  }
  for (const x of live(data.participations)) {
    edge(x.personId, x.eventId, 'participation', {
      kind: 'participation',
      role: x.role,
      status: x.status,
    });
  }
  for (const r of live(data.relationships)) {
    edge(r.from.id, r.to.id, r.label || r.kind, { kind: 'relationship', relationship: r.kind });
  }
  return { nodes, edges };
}

/** XML 1.0 text: escaped, and without the control characters XML forbids. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

export function toGexf(graph: Graph, date: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlEscape(date.slice(0, 10))}"><creator>Plenary</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map(
      (a) => `      <attribute id="${a.id}" title="${xmlEscape(a.title)}" type="string"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(
      (a) => `      <attribute id="${a.id}" title="${xmlEscape(a.title)}" type="string"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  const values = (attrs: Record<string, string>) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `<attvalue for="${k}" value="${xmlEscape(v)}"/>`)
      .join('');
  for (const n of graph.nodes) {
    out.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"><attvalues>${values(n.attrs)}</attvalues></node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    out.push(
      `      <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.label)}"><attvalues>${values(e.attrs)}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

export function toGraphml(graph: Graph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRS.map(
      (a) => `  <key id="n_${a.id}" for="node" attr.name="${a.id}" attr.type="string"/>`,
    ),
    ...EDGE_ATTRS.map(
      (a) => `  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="string"/>`,
    ),
    '  <graph id="plenary" edgedefault="directed">',
  ];
  const data = (prefix: string, attrs: Record<string, string>) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `<data key="${prefix}_${k}">${xmlEscape(v)}</data>`)
      .join('');
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data>${data('n', n.attrs)}</node>`,
    );
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="label">${xmlEscape(e.label)}</data>${data('e', e.attrs)}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
