// GEXF 1.3 and GraphML checked against the formats' rules, on a parsed document (saxes, the
// strict, namespace-aware XML parser ExcelJS already depends on) rather than by string search:
// well-formed XML, the right namespace, attributes/keys declared before use, unique node and edge
// ids, edges between existing nodes, and every node typed.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../../shared/demo';
import { buildGraph, toGexf, toGraphml } from '../../../../shared/export';
import { aPerson, anOrganisation, aWorkspace, iso2 } from '../../../helpers/builders';

type El = {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
};

/** A strict parse into a small element tree; throws on any well-formedness error. */
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', uri: '', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: El = { name: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  const [doc] = root.children;
  if (!doc || root.children.length !== 1) throw new Error('not exactly one root element');
  return doc;
}

const kids = (el: El, name: string) => el.children.filter((c) => c.name === name);
const only = (el: El, name: string) => {
  const found = kids(el, name);
  expect(found, `exactly one <${name}> in <${el.name}>`).toHaveLength(1);
  return found[0] as El;
};
const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

const NODE_TYPES = ['person', 'organisation', 'event', 'country'];

const awkward = aWorkspace({
  organisations: [anOrganisation({ name: 'A & B <Institute> "Ltd"' })],
  people: [
    aPerson({
      givenName: 'Nguyễn',
      familyName: 'Thị\u0007 Lan',
      nationalities: [iso2('VN'), iso2('FR')],
    }),
    aPerson({ givenName: 'عائشة', familyName: 'Ли ]]> <!--' }),
  ],
});
const workspaces = [
  ['the demo workspace', generateDemoWorkspace({ now: '2026-11-28T10:00:00.000Z' })],
  ['awkward names', awkward],
] as const;

describe.each(workspaces)('GEXF 1.3 of %s', (_, data) => {
  const graph = buildGraph(data);
  const doc = parseXml(toGexf(graph, '2026-11-28T10:00:00.000Z'));

  it('is a GEXF 1.3 document whose attributes are declared before nodes and edges', () => {
    expect(doc.name).toBe('gexf');
    expect(doc.uri).toBe('http://gexf.net/1.3');
    expect(doc.attrs.version).toBe('1.3');
    const g = only(doc, 'graph');
    expect(['directed', 'undirected', 'mutual']).toContain(g.attrs.defaultedgetype);
    const order = g.children.map((c) => c.name);
    expect(order.lastIndexOf('attributes')).toBeLessThan(order.indexOf('nodes'));
    expect(order.indexOf('nodes')).toBeLessThan(order.indexOf('edges'));
    for (const a of kids(g, 'attributes')) {
      expect(['node', 'edge']).toContain(a.attrs.class);
      for (const def of kids(a, 'attribute')) {
        expect(def.attrs.id).toBeTruthy();
        expect(def.attrs.title).toBeTruthy();
        expect(['integer', 'long', 'double', 'float', 'boolean', 'string']).toContain(
          def.attrs.type,
        );
      }
    }
  });

  it('has unique ids, typed nodes, declared attribute values and edges between nodes', () => {
    const g = only(doc, 'graph');
    const declared = (cls: string) =>
      new Set(
        kids(g, 'attributes')
          .filter((a) => a.attrs.class === cls)
          .flatMap((a) => kids(a, 'attribute').map((d) => d.attrs.id)),
      );
    const nodes = kids(only(g, 'nodes'), 'node');
    const edges = kids(only(g, 'edges'), 'edge');
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    unique(nodes.map((n) => n.attrs.id ?? ''));
    unique(edges.map((e) => e.attrs.id ?? ''));
    const nodeIds = new Set(nodes.map((n) => n.attrs.id));
    const values = (el: El): Record<string, string | undefined> =>
      Object.fromEntries(
        kids(only(el, 'attvalues'), 'attvalue').map((v): [string, string | undefined] => [
          v.attrs.for ?? '',
          v.attrs.value,
        ]),
      );
    const nodeAttrs = declared('node');
    for (const n of nodes) {
      expect(n.attrs.label).toBeTruthy();
      const v = values(n);
      for (const key of Object.keys(v)) expect(nodeAttrs).toContain(key);
      expect(NODE_TYPES).toContain(v.type);
    }
    const edgeAttrs = declared('edge');
    for (const e of edges) {
      expect(nodeIds).toContain(e.attrs.source);
      expect(nodeIds).toContain(e.attrs.target);
      const v = values(e);
      for (const key of Object.keys(v)) expect(edgeAttrs).toContain(key);
      expect(v.kind).toBeTruthy();
    }
    // Each kind of record the workspace holds shows up as a node type.
    const types = new Set(nodes.map((n) => values(n).type));
    if (data.people.length > 0) expect(types).toContain('person');
    if (data.organisations.length > 0) expect(types).toContain('organisation');
  });
});

describe.each(workspaces)('GraphML of %s', (_, data) => {
  const graph = buildGraph(data);
  const doc = parseXml(toGraphml(graph));

  it('declares every key with attr.name and attr.type before the graph', () => {
    expect(doc.name).toBe('graphml');
    expect(doc.uri).toBe('http://graphml.graphdrawing.org/xmlns');
    const order = doc.children.map((c) => c.name);
    expect(order.lastIndexOf('key')).toBeLessThan(order.indexOf('graph'));
    const keys = kids(doc, 'key');
    unique(keys.map((k) => k.attrs.id ?? ''));
    for (const k of keys) {
      expect(['node', 'edge', 'graph', 'all']).toContain(k.attrs.for);
      expect(k.attrs['attr.name']).toBeTruthy();
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(
        k.attrs['attr.type'],
      );
    }
  });

  it('has unique ids, typed nodes, data only for declared keys, edges between nodes', () => {
    const keyFor = new Map(kids(doc, 'key').map((k) => [k.attrs.id, k.attrs.for]));
    const g = only(doc, 'graph');
    expect(['directed', 'undirected']).toContain(g.attrs.edgedefault);
    const nodes = kids(g, 'node');
    const edges = kids(g, 'edge');
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    unique(nodes.map((n) => n.attrs.id ?? ''));
    unique(edges.map((e) => e.attrs.id ?? ''));
    const nodeIds = new Set(nodes.map((n) => n.attrs.id));
    const data = (el: El, kind: 'node' | 'edge') => {
      const out: Record<string, string> = {};
      for (const d of kids(el, 'data')) {
        const key = d.attrs.key ?? '';
        expect(keyFor.has(key), `key "${key}" declared`).toBe(true);
        expect([kind, 'all']).toContain(keyFor.get(key));
        out[key] = d.text;
      }
      return out;
    };
    for (const n of nodes) {
      const d = data(n, 'node');
      expect(NODE_TYPES).toContain(d.n_type);
      expect(d.label).toBeTruthy();
    }
    for (const e of edges) {
      expect(nodeIds).toContain(e.attrs.source);
      expect(nodeIds).toContain(e.attrs.target);
      expect(data(e, 'edge').e_kind).toBeTruthy();
    }
  });
});

describe('XML text', () => {
  it('keeps names in any script and drops the control characters XML forbids', () => {
    const doc = parseXml(toGraphml(buildGraph(awkward)));
    const labels = kids(only(doc, 'graph'), 'node').map(
      (n) => kids(n, 'data').find((d) => d.attrs.key === 'label')?.text,
    );
    expect(labels).toContain('Nguyễn Thị Lan');
    expect(labels).toContain('عائشة Ли ]]> <!--');
    expect(labels).toContain('A & B <Institute> "Ltd"');
  });
});
