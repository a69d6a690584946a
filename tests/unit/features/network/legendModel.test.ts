// The legend's explanations besides the colours: which link styles can be on screen, which node
// types the colouring leaves grey, and communities numbered by size.
import { describe, expect, it } from 'vitest';
import { blankNode, type GraphNode } from '@shared/graph/elements';
import type { GraphMetrics } from '@shared/graph/metrics';
import {
  communityNumbers,
  legendRows,
  linkStyles,
  undescribedTypes,
} from '../../../../renderer/src/features/network/legendModel';
import { OTHER_COLOUR, buildPalette } from '../../../../renderer/src/features/network/networkStyle';

describe('undescribedTypes', () => {
  it('names the drawn types a person-only colouring leaves grey', () => {
    expect(undescribedTypes('gender', ['person', 'event', 'session'])).toEqual([
      'event',
      'session',
    ]);
    expect(undescribedTypes('status', ['person', 'organisation', 'country'])).toEqual([
      'organisation',
      'country',
    ]);
  });

  it('counts organisations as described by stakeholder group, and nothing as grey by region or community', () => {
    expect(undescribedTypes('stakeholderGroup', ['person', 'organisation', 'region'])).toEqual([
      'region',
    ]);
    expect(undescribedTypes('region', ['person', 'event', 'country'])).toEqual([]);
    expect(undescribedTypes('community', ['person', 'event'])).toEqual([]);
  });
});

describe('linkStyles', () => {
  it('participation: plain, structure (session in event) and the two status styles', () => {
    expect(linkStyles('participation', ['person', 'event', 'session'], true)).toEqual([
      'plain',
      'structure',
      'declined',
      'tentative',
    ]);
  });

  it('affiliation: plain and relationship, no status styles', () => {
    expect(linkStyles('affiliation', ['person', 'organisation'], false)).toEqual([
      'plain',
      'relationship',
    ]);
  });

  it('geography: plain and country in region; no structure when regions are switched off', () => {
    expect(linkStyles('geography', ['person', 'country', 'region'], false)).toEqual([
      'plain',
      'structure',
    ]);
    expect(linkStyles('geography', ['person', 'country'], false)).toEqual(['plain']);
  });

  it('events alone (people switched off): only the session-in-event links', () => {
    expect(linkStyles('participation', ['event', 'session'], false)).toEqual(['structure']);
  });
});

describe('communityNumbers', () => {
  it('numbers communities from the largest, ties by Louvain id', () => {
    const numbers = communityNumbers({ a: 7, b: 7, c: 7, d: 2, e: 2, f: 0, g: 5, h: 5 });
    expect(numbers.get('7')).toBe(1);
    expect(numbers.get('2')).toBe(2);
    expect(numbers.get('5')).toBe(3);
    expect(numbers.get('0')).toBe(4);
    expect(numbers.size).toBe(4);
  });
});

describe('legendRows', () => {
  const node = (id: string): GraphNode => blankNode(id, 'person', id, id);

  it('gives 12 communities ten colours of their own and one grey line for the two smallest', () => {
    // Community c has 20 - c members: community 0 is the largest.
    const community: Record<string, number> = {};
    const nodes: GraphNode[] = [];
    for (let c = 0; c < 12; c += 1)
      for (let i = 0; i < 20 - c; i += 1) {
        const id = `p${c}-${i}`;
        community[id] = c;
        nodes.push(node(id));
      }
    const metrics = { community } as unknown as GraphMetrics;
    const palette = buildPalette({ nodes, edges: [] }, 'community', metrics);
    const colours = palette.entries.map((e) => e.colour);
    expect(new Set(colours.slice(0, 10)).size).toBe(10);
    expect(colours.slice(10)).toEqual([OTHER_COLOUR, OTHER_COLOUR]);
    const rows = legendRows(palette);
    expect(rows.listed.map((e) => e.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    // Communities 10 and 11: 10 + 9 people.
    expect(rows.others).toEqual({ values: 2, count: 19 });
  });

  it('has no extra line when every value has a colour', () => {
    expect(
      legendRows({ entries: [{ value: 'woman', colour: '#E69F00', count: 3 }] }).others,
    ).toBeNull();
  });
});
