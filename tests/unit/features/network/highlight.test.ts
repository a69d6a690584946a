import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  applyHighlight,
  highlightInSlices,
  highlightedElements,
} from '../../../../renderer/src/features/network/highlight';
import {
  MIN_RADIUS,
  NAMED_NODES,
  overlayScene,
  shortLabel,
} from '../../../../renderer/src/features/network/highlightOverlay';

/** A session with three participants, a second session with one, and an isolated person. */
function graph(): cytoscape.Core {
  const node = (id: string) => ({ group: 'nodes' as const, data: { id } });
  const edge = (source: string, target: string) => ({
    group: 'edges' as const,
    data: { id: `${source}-${target}`, source, target },
  });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['s1', 's2', 'a', 'b', 'c', 'd', 'lone'].map(node),
      edge('a', 's1'),
      edge('b', 's1'),
      edge('c', 's1'),
      edge('c', 's2'),
      edge('d', 's2'),
    ],
  });
}

const ids = (eles: cytoscape.Collection) =>
  eles
    .map((e) => e.id())
    .sort()
    .join(' ');

describe('highlightedElements', () => {
  it('takes the highlighted nodes and only the links between two of them', () => {
    const cy = graph();
    expect(ids(highlightedElements(cy, new Set(['s1', 'a', 'c'])))).toBe('a a-s1 c c-s1 s1');
  });

  it('ignores ids the graph does not have', () => {
    const cy = graph();
    expect(ids(highlightedElements(cy, new Set(['a', 'gone'])))).toBe('a');
  });
});

describe('applyHighlight', () => {
  it('fades everything else on a small graph and clears it again', () => {
    const cy = graph();
    applyHighlight(cy, new Set(['s2', 'c', 'd']));
    expect(ids(cy.$('.hl'))).toBe('c c-s2 d d-s2 s2');
    expect(ids(cy.$('.faded'))).toBe('a a-s1 b b-s1 c-s1 lone s1');
    applyHighlight(cy, new Set(['s1', 'a']));
    expect(ids(cy.$('.hl'))).toBe('a a-s1 s1');
    applyHighlight(cy, null);
    expect(cy.$('.hl, .faded').length).toBe(0);
  });
});

describe('applyHighlight, changes only', () => {
  it('touches only the elements whose classes change and says which', () => {
    const cy = graph();
    expect(applyHighlight(cy, new Set(['s2', 'c', 'd'])).length).toBe(cy.elements().length);
    const styled: string[] = [];
    cy.on('style', (e) => {
      styled.push((e.target as cytoscape.SingularElementArgument).id());
    });
    // Moving to a neighbourhood that shares c: s2, d and d-s2 fade, s1, a and the two links
    // light up; c and the rest keep their classes and are not restyled.
    const changed = applyHighlight(cy, new Set(['s1', 'a', 'c']));
    expect(ids(changed)).toBe('a a-s1 c-s1 c-s2 d d-s2 s1 s2');
    expect([...new Set(styled)].sort().join(' ')).toBe(ids(changed));
    expect(ids(cy.$('.hl'))).toBe('a a-s1 c c-s1 s1');
    expect(ids(cy.$('.faded'))).toBe('b b-s1 c-s2 d d-s2 lone s2');
    expect(applyHighlight(cy, new Set(['s1', 'a', 'c'])).length).toBe(0);
    expect(ids(applyHighlight(cy, null))).toBe(ids(cy.elements()));
  });
});

/** Whether a batch holds Cytoscape's rendering (cy.batching(), not in its typings). */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching: () => boolean }).batching();

describe('highlightInSlices', () => {
  it('applies the highlight and the selection, then lets Cytoscape draw again', async () => {
    const cy = graph();
    expect(await highlightInSlices(cy, new Set(['s2', 'c', 'd']), 'c', () => false)).toBe(true);
    expect(ids(cy.$('.hl'))).toBe('c c-s2 d d-s2 s2');
    expect(ids(cy.$(':selected'))).toBe('c');
    expect(batching(cy)).toBe(false);
    expect(await highlightInSlices(cy, null, null, () => false)).toBe(true);
    expect(cy.$('.hl, .faded, :selected').length).toBe(0);
  });

  it('changes nothing when cancelled before it starts', async () => {
    const cy = graph();
    expect(await highlightInSlices(cy, new Set(['s1', 'a']), 'a', () => true)).toBe(false);
    expect(cy.$('.hl, .faded, :selected').length).toBe(0);
    expect(batching(cy)).toBe(false);
  });
});

describe('overlayScene', () => {
  it('places the highlighted nodes and links on screen for the zoom and pan, selected last', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        {
          group: 'nodes',
          data: { id: 'p', label: 'Ada Okafor', size: 20, shape: 'ellipse', color: '#0072b2' },
          position: { x: 10, y: 20 },
        },
        {
          group: 'nodes',
          data: { id: 's', label: 'Podium 2', size: 40, shape: 'round-diamond', color: '#33425a' },
          position: { x: 110, y: 20 },
        },
        { group: 'nodes', data: { id: 'q', label: 'Not lit', size: 20 }, position: { x: 0, y: 0 } },
        {
          group: 'edges',
          data: { id: 'e', source: 'p', target: 's', status: 'declined', label: 'Speaker' },
        },
      ],
    });
    cy.viewport({ zoom: 2, pan: { x: 5, y: -10 } });
    const scene = overlayScene(cy, highlightedElements(cy, new Set(['p', 's'])), 'p');
    expect(scene.nodes.map((n) => [n.label, n.x, n.y, n.r, n.shape, n.selected])).toEqual([
      ['Podium 2', 225, 30, 40, 'round-diamond', false],
      ['Ada Okafor', 25, 30, 20, 'ellipse', true],
    ]);
    expect(scene.edges).toEqual([
      { x1: 25, y1: 30, x2: 225, y2: 30, dashed: true, label: 'Speaker' },
    ]);
  });

  it('names only the selected node of a large highlight, and draws every node visibly', () => {
    const many = Array.from({ length: NAMED_NODES + 1 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `Person ${i}`, size: 10 },
      position: { x: i, y: 0 },
    }));
    const cy = cytoscape({ headless: true, elements: many });
    // At the zoom that shows the whole graph, a 10-pixel node would be half a pixel.
    cy.zoom(0.1);
    const scene = overlayScene(cy, cy.elements(), 'n7');
    expect(scene.nodes.every((n) => n.r === MIN_RADIUS)).toBe(true);
    expect(scene.nodes.filter((n) => n.label !== '').map((n) => n.label)).toEqual(['Person 7']);
  });

  it('shortens long names at a word’s end', () => {
    expect(shortLabel('Regional Consultation for Latin America')).toBe('Regional Consultation…');
    expect(shortLabel('Podium 2')).toBe('Podium 2');
  });
});
