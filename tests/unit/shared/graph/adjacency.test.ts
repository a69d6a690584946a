// adjacencyOf: both directions of every edge, parallel edges kept, edgeless nodes absent.
import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '@shared/graph/elements';

describe('adjacencyOf', () => {
  it('lists each neighbour from both ends of every edge', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'a', target: 'b' },
    ];
    const adjacent = adjacencyOf({ edges } as never);
    expect(adjacent.get('a')).toEqual(['b', 'b']);
    expect(adjacent.get('b')).toEqual(['a', 'c', 'a']);
    expect(adjacent.get('c')).toEqual(['b']);
    expect(adjacent.has('d')).toBe(false);
  });
});
