import { describe, expect, it } from 'vitest';
import { nodeId, toGraphElements } from '@shared/graph/elements';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import { computeMetrics } from '@shared/graph/metrics';
import { createRandom } from '@shared/random';
import { generateDemoWorkspace } from '@shared/demo';
import {
  coversAll,
  layoutInput,
  layoutKey,
} from '../../../../renderer/src/features/network/layoutModel';
import { groupsFor } from '../../../../renderer/src/features/network/arrangements';
import {
  NO_VALUE_COLOUR,
  OKABE_ITO,
  buildPalette,
  sizeFor,
} from '../../../../renderer/src/features/network/networkStyle';
import {
  DEFAULT_VIEW,
  composition,
  formatBrokerage,
  neighbourhood,
  readSavedState,
  styleMetrics,
  toCyElements,
} from '../../../../renderer/src/features/network/networkView';
import { toSvg } from '../../../../renderer/src/features/network/svgExport';
import { smallWorkspace } from '../../shared/graph/fixture';

const M49 = { key: 'm49-region', custom: [] };

describe('network view-model', () => {
  const f = smallWorkspace();
  const all = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);

  it('colours people by gender with fixed colour-blind-safe colours and counts each category', () => {
    const palette = buildPalette(all, 'gender', null);
    expect(palette.entries).toEqual([
      { value: 'woman', colour: '#E69F00', count: 1 },
      { value: 'man', colour: '#0072B2', count: 2 },
      { value: 'unknown', colour: NO_VALUE_COLOUR, count: 1 },
    ]);
    const org = all.nodes.find((n) => n.type === 'organisation');
    expect(org && palette.colourOf(org)).not.toBe(palette.colourOf(all.nodes[0]!));
  });

  it('colours regions in the scheme order and counts people without a region as missing', () => {
    const palette = buildPalette(all, 'region', null, [
      'Africa',
      'Americas',
      'Asia',
      'Europe',
      'Oceania',
    ]);
    expect(palette.entries.map((e) => e.value)).toEqual(['Africa', 'Europe']);
    expect(palette.entries.map((e) => e.colour)).toEqual([OKABE_ITO[0], OKABE_ITO[1]]);
    expect(palette.missing).toBe(1);
    const lone = all.nodes.find((n) => n.id === nodeId.person(f.lone.id))!;
    expect(palette.colourOf(lone)).toBe(NO_VALUE_COLOUR);
  });

  it('changes the legend when the colouring changes', () => {
    const byStatus = buildPalette(all, 'status', null);
    expect(byStatus.entries.map((e) => e.value)).toEqual(['confirmed', 'declined', 'attended']);
    const byGroup = buildPalette(all, 'stakeholderGroup', null);
    expect(byGroup.entries.map((e) => e.value)).toEqual(['academia', 'civil-society']);
  });

  it('sizes nodes by degree within their type', () => {
    const metrics = computeMetrics(all, createRandom(1).next);
    const size = sizeFor(all, 'degree', metrics);
    const node = (id: string) => all.nodes.find((n) => n.id === id)!;
    expect(size(node(nodeId.person(f.x.id)))).toBeGreaterThan(size(node(nodeId.person(f.a1.id))));
    expect(size(node(nodeId.person(f.lone.id)))).toBe(14);
    expect(sizeFor(all, 'none', metrics)(node(nodeId.person(f.x.id)))).toBe(14);
  });

  it('sizes by degree before the metrics arrive, the same as after (no restyle when they do)', () => {
    const before = sizeFor(all, 'degree', null);
    const after = sizeFor(all, 'degree', computeMetrics(all, createRandom(1).next));
    for (const n of all.nodes) expect(before(n)).toBe(after(n));
    const x = all.nodes.find((n) => n.id === nodeId.person(f.x.id))!;
    expect(before(x)).toBeGreaterThan(14);
    // Betweenness needs the worker: base sizes until it answers.
    expect(sizeFor(all, 'betweenness', null)(x)).toBe(14);
  });

  it('finds the one- and two-step neighbourhood', () => {
    const els = toGraphElements(f.workspace, 'affiliation', NO_GRAPH_FILTERS, M49);
    const a1 = nodeId.person(f.a1.id);
    expect([...neighbourhood(els, a1, 1)].sort()).toEqual(
      [a1, nodeId.organisation(f.orgA.id), nodeId.person(f.b1.id)].sort(),
    );
    expect(neighbourhood(els, a1, 2)).toContain(nodeId.person(f.x.id));
  });

  it("counts a session's composition without declined participants", () => {
    const c = composition(f.workspace, f.s1.id, M49);
    expect(c.total).toBe(1);
    expect(c.genders).toEqual([{ value: 'man', count: 1 }]);
    const forum = composition(f.workspace, f.event.id, M49);
    expect(forum.total).toBe(2);
    expect(forum.regions).toEqual([
      { value: 'Africa', count: 1 },
      { value: 'Europe', count: 1 },
    ]);
  });

  it('groups nodes into compound parents for the grouped layout', () => {
    const { parents, parentOf } = groupsFor(all, 'stakeholderGroup');
    // The person without a stakeholder group gets the "none" box, not a box of their own.
    expect(parents.map((p) => p.id).sort()).toEqual([
      'group:stakeholderGroup:__none',
      'group:stakeholderGroup:academia',
      'group:stakeholderGroup:civil-society',
    ]);
    expect(parentOf.get(nodeId.person(f.x.id))).toBe('group:stakeholderGroup:academia');
    expect(parentOf.get(nodeId.person(f.lone.id))).toBe('group:stakeholderGroup:__none');
    const input = layoutInput(all, 'grouped', 'stakeholderGroup', 1);
    expect(input.nodes.filter((n) => n.parent === null && n.id.startsWith('group:'))).toHaveLength(
      3,
    );
    const palette = buildPalette(all, 'gender', null);
    const cy = toCyElements(
      all,
      palette,
      'none',
      null,
      { layout: 'grouped', groupBy: 'stakeholderGroup', groupLabel: (_b, v) => v.toUpperCase() },
      (r) => r,
    );
    expect(cy.nodes.find((n) => n.id === 'group:stakeholderGroup:academia')?.label).toBe(
      'ACADEMIA',
    );
    expect(cy.edges.find((e) => e.id === `part:${f.px.id}`)?.label).toBe('speaker');
  });

  it('passes the metrics on only to the styles that read them', () => {
    const metrics = computeMetrics(all, createRandom(1).next);
    expect(styleMetrics('gender', 'degree', metrics)).toBeNull();
    expect(styleMetrics('region', 'none', metrics)).toBeNull();
    expect(styleMetrics('community', 'degree', metrics)).toBe(metrics);
    expect(styleMetrics('gender', 'betweenness', metrics)).toBe(metrics);
    expect(styleMetrics('community', 'betweenness', null)).toBeNull();
    // With the metrics left out, the drawn data is what it was before they arrived.
    const grouping = { layout: 'fcose' as const, groupBy: 'region' as const, groupLabel: () => '' };
    const before = toCyElements(
      all,
      buildPalette(all, 'gender', null),
      'degree',
      null,
      grouping,
      (r) => r,
    );
    const shown = styleMetrics('gender', 'degree', metrics);
    const after = toCyElements(
      all,
      buildPalette(all, 'gender', shown),
      'degree',
      shown,
      grouping,
      (r) => r,
    );
    expect(after).toEqual(before);
    const sized = styleMetrics('gender', 'betweenness', metrics);
    const bySize = toCyElements(
      all,
      buildPalette(all, 'gender', sized),
      'betweenness',
      sized,
      grouping,
      (r) => r,
    );
    expect(bySize.nodes.map((n) => n.size)).not.toEqual(before.nodes.map((n) => n.size));
  });

  it('translates each participation role once, however many links carry it', () => {
    const demo = generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' });
    const many = toGraphElements(demo, 'participation', NO_GRAPH_FILTERS, M49);
    const asked: string[] = [];
    const cy = toCyElements(
      many,
      buildPalette(many, 'gender', null),
      'none',
      null,
      { layout: 'fcose', groupBy: 'region', groupLabel: () => '' },
      (role) => {
        asked.push(role);
        return `«${role}»`;
      },
    );
    const roles = many.edges.flatMap((e) => (e.role === null ? [] : [e.role]));
    expect(roles.length).toBeGreaterThan(new Set(roles).size);
    expect(asked.sort()).toEqual([...new Set(roles)].sort());
    for (const e of many.edges) {
      const label = cy.edges.find((c) => c.id === e.id)?.label;
      expect(label).toBe(e.role === null ? '' : `«${e.role}»`);
    }
  });

  it('keys layouts by topology, not by call order or styling', () => {
    const again = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
    const reversed = { nodes: [...again.nodes].reverse(), edges: [...again.edges].reverse() };
    expect(layoutKey(reversed, 'fcose', 'region')).toBe(layoutKey(all, 'fcose', 'region'));
    expect(layoutKey(all, 'circle', 'region')).not.toBe(layoutKey(all, 'fcose', 'region'));
    const women = toGraphElements(
      f.workspace,
      'all',
      { ...NO_GRAPH_FILTERS, genders: ['woman'] },
      M49,
    );
    expect(layoutKey(women, 'fcose', 'region')).not.toBe(layoutKey(all, 'fcose', 'region'));
    expect(coversAll({ [all.nodes[0]!.id]: { x: 0, y: 0 } }, all)).toBe(false);
  });

  it('reads a saved view back, falling back to defaults on unknown values', () => {
    const state = readSavedState({
      lens: 'geography',
      colourBy: 'shoe-size',
      filters: { genders: ['woman', 'robot'], eventId: 5 },
      positions: { a: { x: 1, y: 2 } },
      layoutKey: 'k',
    });
    expect(state.lens).toBe('geography');
    expect(state.colourBy).toBe(DEFAULT_VIEW.colourBy);
    expect(state.filters.genders).toEqual(['woman']);
    expect(state.filters.eventId).toBeNull();
    expect(state.positions).toEqual({ a: { x: 1, y: 2 } });
    expect(readSavedState({}).lens).toBe(DEFAULT_VIEW.lens);
  });

  it('writes an SVG with one shape per node, one line per edge, and escaped labels', () => {
    const svg = toSvg(
      {
        nodes: [
          {
            x: 0,
            y: 0,
            size: 20,
            color: '#E69F00',
            shape: 'ellipse',
            label: 'A & <B>',
            parent: false,
            w: 20,
            h: 20,
          },
          {
            x: 100,
            y: 50,
            size: 30,
            color: '#0072B2',
            shape: 'hexagon',
            label: 'Podium',
            parent: false,
            w: 30,
            h: 30,
          },
        ],
        edges: [{ x1: 0, y1: 0, x2: 100, y2: 50, color: '#b4bcc8', dashed: true, width: 1 }],
      },
      'Network',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('stroke-dasharray');
  });

  it('builds the demo workspace graph with every edge between drawn nodes', () => {
    const demo = generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' });
    const els = toGraphElements(demo, 'participation', NO_GRAPH_FILTERS, M49);
    const ids = new Set(els.nodes.map((n) => n.id));
    expect(els.nodes.length).toBeGreaterThan(300);
    expect(els.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});

describe('formatBrokerage', () => {
  it('shows three decimals, and two significant digits for the small scores of large graphs', () => {
    expect(formatBrokerage(0.5)).toBe('0.500');
    expect(formatBrokerage(0.0123)).toBe('0.012');
    expect(formatBrokerage(0.001)).toBe('0.001');
    expect(formatBrokerage(0.00042)).toBe('0.00042');
    expect(formatBrokerage(0.0000123456)).toBe('0.000012');
    expect(formatBrokerage(0)).toBe('0');
  });
});
