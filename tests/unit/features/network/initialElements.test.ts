// The elements a new Cytoscape instance is created with: every node with its final position
// (the layout's, or a grid beside the placed ones), compound parents before their children.
import { describe, expect, it } from 'vitest';
import { initialElements } from '../../../../renderer/src/features/network/CytoscapeGraph';
import type {
  CyEdgeData,
  CyNodeData,
} from '../../../../renderer/src/features/network/CytoscapeGraph';

const node = (id: string, parent?: string): CyNodeData => ({
  id,
  label: id,
  type: 'person',
  color: '#000000',
  size: 20,
  shape: 'ellipse',
  ...(parent === undefined ? {} : { parent }),
});
const edge = (id: string, source: string, target: string): CyEdgeData => ({
  id,
  source,
  target,
  kind: 'participation',
  status: 'confirmed',
  label: '',
});

describe('initial elements', () => {
  it('puts parents first, places laid-out nodes where the layout put them, the rest beside', () => {
    const nodes = [node('a', 'group:x'), node('b'), node('c'), node('group:x')];
    const edges = [edge('e1', 'a', 'b')];
    const defs = initialElements(nodes, edges, { a: { x: 0, y: 0 }, b: { x: 100, y: 50 } });
    expect(defs.map((d) => d.data.id)).toEqual(['b', 'c', 'group:x', 'a', 'e1']);
    const at = (id: string) => defs.find((d) => d.data.id === id)?.position;
    expect(at('a')).toEqual({ x: 0, y: 0 });
    expect(at('b')).toEqual({ x: 100, y: 50 });
    // The unplaced node goes to the right of every placed one; a group box has no position.
    expect(at('c')?.x).toBeGreaterThan(100);
    expect(at('group:x')).toBeUndefined();
    expect(defs.find((d) => d.data.id === 'e1')?.group).toBe('edges');
  });
});
