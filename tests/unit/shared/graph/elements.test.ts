import { describe, expect, it } from 'vitest';
import { nodeId, toGraphElements } from '@shared/graph/elements';
import type { GraphElements } from '@shared/graph/elements';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import type { GraphFilters } from '@shared/graph/filters';
import { smallWorkspace } from './fixture';

const M49 = { key: 'm49-region', custom: [] };
const ids = (els: GraphElements) => els.nodes.map((n) => n.id).sort();
const filters = (f: Partial<GraphFilters>): GraphFilters => ({ ...NO_GRAPH_FILTERS, ...f });

describe('toGraphElements', () => {
  const f = smallWorkspace();

  it('draws people and their sessions with the event hierarchy in the Participation lens', () => {
    const els = toGraphElements(f.workspace, 'participation', NO_GRAPH_FILTERS, M49);
    expect(els.nodes).toHaveLength(8);
    expect(els.edges).toHaveLength(6);
    const part = els.edges.find((e) => e.id === `part:${f.px.id}`);
    expect(part).toMatchObject({
      source: nodeId.person(f.x.id),
      target: nodeId.event(f.s1.id),
      kind: 'participation',
      role: 'speaker',
      status: 'confirmed',
    });
    expect(els.edges.filter((e) => e.kind === 'session-in-event')).toHaveLength(3);
    const session = els.nodes.find((n) => n.id === nodeId.event(f.s1.id));
    expect(session?.level).toBe(2);
  });

  it('draws people, organisations and relationships in the Affiliation lens', () => {
    const els = toGraphElements(f.workspace, 'affiliation', NO_GRAPH_FILTERS, M49);
    expect(ids(els)).toEqual(
      [
        nodeId.person(f.x.id),
        nodeId.person(f.a1.id),
        nodeId.person(f.b1.id),
        nodeId.person(f.lone.id),
        nodeId.organisation(f.orgA.id),
        nodeId.organisation(f.orgB.id),
      ].sort(),
    );
    expect(els.edges.filter((e) => e.kind === 'affiliation')).toHaveLength(4);
    expect(els.edges.filter((e) => e.kind === 'relationship')).toEqual([
      expect.objectContaining({ relationship: 'colleague' }),
    ]);
    const xNode = els.nodes.find((n) => n.id === nodeId.person(f.x.id));
    expect(xNode?.organisationId).toBe(f.orgA.id);
  });

  it('draws people, countries and regions of the chosen scheme in the Geography lens', () => {
    const els = toGraphElements(f.workspace, 'geography', NO_GRAPH_FILTERS, M49);
    expect(ids(els)).toContain('country:FR');
    expect(ids(els)).toContain('region:m49-region:Europe');
    expect(ids(els)).toContain('region:m49-region:Africa');
    expect(els.nodes).toHaveLength(8);
    expect(els.edges.filter((e) => e.kind === 'nationality')).toHaveLength(4);
    expect(els.edges.filter((e) => e.kind === 'country-in-region')).toHaveLength(2);
    const other = toGraphElements(f.workspace, 'geography', NO_GRAPH_FILTERS, {
      key: 'un-regional-group',
      custom: [],
    });
    expect(ids(other).filter((id) => id.startsWith('region:'))).toEqual([
      'region:un-regional-group:African Group',
      'region:un-regional-group:WEOG',
    ]);
  });

  it('draws everything in the All lens', () => {
    const els = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
    expect(els.nodes).toHaveLength(14);
    expect(els.edges).toHaveLength(17);
    for (const e of els.edges) {
      expect(els.nodes.some((n) => n.id === e.source)).toBe(true);
      expect(els.nodes.some((n) => n.id === e.target)).toBe(true);
    }
  });

  it('gives the same ids on every call', () => {
    const a = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
    const b = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
    expect(a).toEqual(b);
    expect(new Set(ids(a)).size).toBe(a.nodes.length);
    expect(new Set(a.edges.map((e) => e.id)).size).toBe(a.edges.length);
  });

  it('gives each person the furthest status of their participations and their attributes', () => {
    const els = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
    const node = (id: string) => els.nodes.find((n) => n.id === nodeId.person(id));
    expect(node(f.x.id)).toMatchObject({ status: 'confirmed', gender: 'man', region: 'Europe' });
    expect(node(f.a1.id)).toMatchObject({ status: 'declined', stakeholderGroup: 'academia' });
    expect(node(f.lone.id)).toMatchObject({ status: null, region: 'unknown' });
  });

  it('respects the filters: people, their participations and the entities they bring', () => {
    const attended = toGraphElements(
      f.workspace,
      'participation',
      filters({ statuses: ['attended'] }),
      M49,
    );
    expect(ids(attended)).toEqual(
      [
        nodeId.person(f.b1.id),
        nodeId.event(f.s2.id),
        nodeId.event(f.event.id),
        nodeId.event(f.process.id),
      ].sort(),
    );
    const inPodium = toGraphElements(
      f.workspace,
      'participation',
      filters({ eventId: f.event.id, roles: ['speaker'] }),
      M49,
    );
    expect(inPodium.nodes.filter((n) => n.type === 'person').map((n) => n.recordId)).toEqual([
      f.x.id,
    ]);

    const women = toGraphElements(f.workspace, 'affiliation', filters({ genders: ['woman'] }), M49);
    expect(ids(women)).toEqual([nodeId.person(f.a1.id), nodeId.organisation(f.orgA.id)].sort());
    expect(women.edges).toHaveLength(1);

    const africa = toGraphElements(f.workspace, 'geography', filters({ regions: ['Africa'] }), M49);
    expect(
      africa.nodes
        .filter((n) => n.type === 'person')
        .map((n) => n.recordId)
        .sort(),
    ).toEqual([f.x.id, f.b1.id].sort());

    const inA = toGraphElements(
      f.workspace,
      'affiliation',
      filters({ organisations: [f.orgA.id] }),
      M49,
    );
    expect(
      inA.nodes
        .filter((n) => n.type === 'person')
        .map((n) => n.recordId)
        .sort(),
    ).toEqual([f.x.id, f.a1.id].sort());
    const civil = toGraphElements(
      f.workspace,
      'all',
      filters({ stakeholderGroups: ['civil-society'] }),
      M49,
    );
    expect(civil.nodes.filter((n) => n.type === 'person').map((n) => n.recordId)).toEqual([
      f.b1.id,
    ]);
  });

  it('switches node types off with their edges', () => {
    const els = toGraphElements(f.workspace, 'participation', NO_GRAPH_FILTERS, M49, {
      hiddenTypes: ['event'],
    });
    expect(els.nodes.map((n) => n.type)).toEqual(['person', 'person', 'person', 'person']);
    expect(els.edges).toHaveLength(0);
    const noPeople = toGraphElements(f.workspace, 'geography', NO_GRAPH_FILTERS, M49, {
      hiddenTypes: ['person'],
    });
    expect(noPeople.nodes).toHaveLength(4);
    expect(noPeople.edges.map((e) => e.kind)).toEqual(['country-in-region', 'country-in-region']);
  });

  it('leaves deleted records out', () => {
    const deleted = { ...f.orgB, deletedAt: '2026-01-01T00:00:00.000Z' };
    const ws = { ...f.workspace, organisations: [f.orgA, deleted] };
    const els = toGraphElements(ws, 'affiliation', NO_GRAPH_FILTERS, M49);
    expect(ids(els)).not.toContain(nodeId.organisation(f.orgB.id));
    expect(els.edges.filter((e) => e.kind === 'affiliation')).toHaveLength(2);
  });
});
