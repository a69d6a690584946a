import { describe, expect, it } from 'vitest';
import { nodeId, toGraphElements } from '@shared/graph/elements';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import { computeMetrics, degreeOf, findBridges, findIsolatedGroups } from '@shared/graph/metrics';
import { createRandom } from '@shared/random';
import { aPerson, aWorkspace, anOrganisation } from '../../../helpers/builders';
import { graphOf, smallWorkspace } from './fixture';

const M49 = { key: 'm49-region', custom: [] };
const seeded = () => createRandom(7).next;

/**
 * Two organisations of three members each, and one person who belongs to both: the affiliation
 * graph and its metrics, built once for the tests that need them.
 */
function twoCamps() {
  const a = anOrganisation({ name: 'Alpha' });
  const b = anOrganisation({ name: 'Beta' });
  const aff = (id: typeof a.id) => ({ organisationId: id, title: '', primary: true });
  const campA = [1, 2, 3].map((i) => aPerson({ givenName: `A${i}`, affiliations: [aff(a.id)] }));
  const campB = [1, 2, 3].map((i) => aPerson({ givenName: `B${i}`, affiliations: [aff(b.id)] }));
  const bridge = aPerson({ givenName: 'Bridge', affiliations: [aff(a.id), aff(b.id)] });
  const workspace = aWorkspace({ people: [...campA, bridge, ...campB], organisations: [a, b] });
  const els = toGraphElements(workspace, 'affiliation', NO_GRAPH_FILTERS, M49);
  return { els, metrics: computeMetrics(els, seeded()), bridgeId: nodeId.person(bridge.id) };
}

describe('computeMetrics', () => {
  it('gives the person between two organisations the highest betweenness of all people', () => {
    const { els, metrics: m, bridgeId } = twoCamps();
    const people = els.nodes.filter((n) => n.type === 'person');
    const ranked = [...people].sort(
      (x, y) => (m.betweenness[y.id] ?? 0) - (m.betweenness[x.id] ?? 0),
    );
    expect(ranked[0]?.id).toBe(bridgeId);
    expect(m.betweenness[bridgeId]).toBeGreaterThan(0.4);
    expect(m.degree[bridgeId]).toBe(2);
    expect(m.communityCount).toBe(2);
    expect(m.componentSizes).toEqual([9]);
  });

  it('finds the bridge as the first broker between communities', () => {
    const { els, metrics, bridgeId } = twoCamps();
    expect(findBridges(els, metrics)).toEqual([
      expect.objectContaining({ id: bridgeId, communities: 2 }),
    ]);
  });

  it('gives the same communities for the same seed', () => {
    const { workspace } = smallWorkspace();
    const els = toGraphElements(workspace, 'all', NO_GRAPH_FILTERS, M49);
    expect(computeMetrics(els, seeded()).community).toEqual(
      computeMetrics(els, seeded()).community,
    );
  });

  it('counts components from the largest, isolates, and the groups cut off from the rest', () => {
    // a-b-c-d is the main component; e-f and g are apart; h is alone. The parallel edge counts once.
    const els = graphOf(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['e', 'f'],
        ['f', 'e'],
      ],
    );
    const m = computeMetrics(els, seeded());
    expect(m.componentSizes).toEqual([4, 2, 1, 1]);
    expect(m.component.a).toBe(0);
    expect(m.isolates.sort()).toEqual(['g', 'h']);
    expect(m.degree.e).toBe(1);
    expect(findIsolatedGroups(els, m)).toEqual([{ component: 1, nodes: ['e', 'f'] }]);
    // Every isolate is a community of its own.
    expect(m.community.g).not.toBe(m.community.h);
  });

  it('handles a graph with no edges', () => {
    const { workspace } = smallWorkspace();
    const els = toGraphElements(workspace, 'participation', NO_GRAPH_FILTERS, M49, {
      hiddenTypes: ['event'],
    });
    const m = computeMetrics(els, seeded());
    expect(m.isolates).toHaveLength(4);
    expect(m.communityCount).toBe(4);
    expect(findBridges(els, m)).toEqual([]);
  });
});

describe('degreeOf', () => {
  it('counts distinct neighbours exactly as computeMetrics does, for every lens', () => {
    for (const lens of ['participation', 'affiliation', 'geography', 'all'] as const) {
      const els = toGraphElements(smallWorkspace().workspace, lens, NO_GRAPH_FILTERS, M49);
      expect(Object.keys(degreeOf(els)).length).toBe(els.nodes.length);
      expect(degreeOf(els)).toEqual(computeMetrics(els, seeded()).degree);
    }
  });

  it('leaves out self-loops, repeated links and links to nodes that are not drawn', () => {
    const els = graphOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'a'],
        ['a', 'x'],
      ],
    );
    expect(degreeOf(els)).toEqual({ a: 1, b: 1, c: 0 });
  });
});
