// The SVG export's legend: beside the graph (the picture widens for it), every colour with its
// label and count, escaped, in a group of its own apart from the graph's shapes; and the legend
// the page hands over says what the view's colours and sizes mean.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '@shared/graph/elements';
import { toSvg } from '../../../../renderer/src/features/network/svgExport';
import type { GraphSnapshot } from '../../../../renderer/src/features/network/svgExport';
import { exportLegend } from '../../../../renderer/src/features/network/Legend';
import {
  NO_VALUE_COLOUR,
  buildPalette,
} from '../../../../renderer/src/features/network/networkStyle';

const snapshot: GraphSnapshot = {
  nodes: [
    {
      x: 0,
      y: 0,
      size: 20,
      color: '#E69F00',
      shape: 'ellipse',
      label: 'A',
      parent: false,
      w: 20,
      h: 20,
    },
    {
      x: 100,
      y: 0,
      size: 20,
      color: '#0072B2',
      shape: 'ellipse',
      label: 'B',
      parent: false,
      w: 20,
      h: 20,
    },
  ],
  edges: [],
};

const widthOf = (svg: string) => Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);

describe('toSvg with a legend', () => {
  it('draws the legend to the right of the graph, in its own group, and widens the picture', () => {
    const plain = toSvg(snapshot, 'Network');
    const svg = toSvg(snapshot, 'Network', {
      title: 'Colours: Gender',
      rows: [
        { colour: '#E69F00', label: 'Woman', count: 1 },
        { colour: '#0072B2', label: 'Man & <other>', count: 1 },
      ],
      note: 'Size: Number of links',
    });
    expect(widthOf(svg)).toBeGreaterThan(widthOf(plain) + 200);
    const legend = /<g class="legend"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(legend).toContain('>Colours: Gender<');
    expect(legend).toContain('>Woman<');
    expect(legend).toContain('>Man &amp; &lt;other&gt;<');
    expect(legend).toContain('>Size: Number of links<');
    expect(legend.match(/<rect /g)).toHaveLength(3);
    // The graph's own shapes are unchanged: two circles, none inside the legend.
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(legend).not.toContain('<circle');
    // The legend starts right of every node.
    const legendX = Number(/<g class="legend"[^>]*>\s*<rect x="([-\d.]+)"/.exec(svg)?.[1]);
    expect(legendX).toBeGreaterThan(110);
  });

  it('without a legend, the picture is framed to the graph alone', () => {
    expect(toSvg(snapshot, 'Network')).not.toContain('class="legend"');
  });
});

describe('toSvg labels', () => {
  it('ends long names with an ellipsis like the canvas, the full name as the tooltip', () => {
    const long = 'Regional Consultation for Latin America and the Caribbean';
    const svg = toSvg(
      { nodes: [{ ...snapshot.nodes[0]!, label: long }, snapshot.nodes[1]!], edges: [] },
      'Network',
    );
    expect(svg).toContain(`<title>${long}</title>Regional Consultation…</text>`);
    // A name without a space near the cut is cut at the letter.
    const svg2 = toSvg(
      {
        nodes: [{ ...snapshot.nodes[0]!, label: 'Supercalifragilisticexpialidocious' }],
        edges: [],
      },
      'Network',
    );
    expect(svg2).toContain('>Supercalifragilisticexp…</text>');
    expect(svg).toContain('>B</text>');
  });
});

describe('exportLegend', () => {
  const person = (id: string, gender: GraphNode['gender']): GraphNode => ({
    id,
    type: 'person',
    label: id,
    recordId: id,
    gender,
    region: null,
    stakeholderGroup: null,
    status: null,
    organisationId: null,
    level: null,
  });
  const t = (key: string, o?: Record<string, unknown>) =>
    o === undefined ? key : `${key}${JSON.stringify(o)}`;

  it('lists each colour with its count, the people without a value, and the size', () => {
    const palette = buildPalette(
      { nodes: [person('a', 'woman'), person('b', 'woman'), person('c', 'man')], edges: [] },
      'gender',
      null,
    );
    const legend = exportLegend(t, palette, 'degree');
    expect(legend.rows.map((r) => [r.label, r.count])).toEqual([
      ['enums.gender.woman', 2],
      ['enums.gender.man', 1],
    ]);
    expect(legend.title).toContain('network.legend.colours');
    expect(legend.note).toBe('network.legendPanel.size{"by":"network.sizeBy.degree"}');
  });

  it('adds the "not known" line when people have no value, and says when sizes are all the same', () => {
    const palette = buildPalette(
      { nodes: [person('a', 'woman'), { ...person('b', null), gender: null }], edges: [] },
      'status',
      null,
    );
    const legend = exportLegend(t, palette, 'none');
    expect(legend.rows.at(-1)).toEqual({
      colour: NO_VALUE_COLOUR,
      label: 'network.legend.noValue',
      count: 2,
    });
    expect(legend.note).toBe('network.legendPanel.sameSize');
  });
});
