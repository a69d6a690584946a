// The Cytoscape stylesheet of the Network view. Colours, sizes and shapes come from node data
// (set by the view-model), so restyling is a data update, not a new stylesheet.
import type cytoscape from 'cytoscape';
import { NODE_OUTLINE } from './networkStyle';
import { SELECTED_RING } from './highlightOverlay';

export const NODE_SHAPES = {
  person: 'ellipse',
  organisation: 'round-rectangle',
  event: 'hexagon',
  session: 'round-diamond',
  country: 'round-triangle',
  region: 'star',
} as const;

/**
 * `large`: for large graphs, no names of people on the graph (measuring 5,000 labels costs
 * seconds at every restyle, and they cannot be read at the zoom that shows the whole graph; the
 * highlight overlay names the selected node and its neighbourhood: highlightOverlay.ts), and
 * links out of the pointer's hit test. `fastEdges`: haystack edges (straight lines without
 * per-edge geometry, the cheapest Cytoscape draws), for the canvas renderer.
 */
export function networkStylesheet({
  large = false,
  fastEdges = false,
} = {}): cytoscape.StylesheetJson {
  const quiet: cytoscape.StylesheetJson = large
    ? [
        { selector: 'node[type = "person"]', style: { label: '' } },
        // Links take no pointer events: Cytoscape's hover check on every mouse move then tests
        // 5,000 nodes instead of 20,000 elements (measured: 0.3–0.7 s per move → under 50 ms).
        // Nothing in the view reacts to a link under the pointer.
        { selector: 'edge', style: { events: 'no' } },
      ]
    : [];
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        // One fixed outline for every node (networkStyle NODE_OUTLINE: 3:1 against the white
        // canvas whatever the fill). A constant, not a per-element function: restyling 5,000
        // nodes stays the same cost.
        'border-width': 1,
        'border-color': NODE_OUTLINE,
        label: 'data(label)',
        'font-family': 'Inter, system-ui, sans-serif',
        'font-size': 9,
        color: '#17202c',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        // People's names appear only when zoomed in enough to read them.
        'min-zoomed-font-size': 11,
      },
    },
    {
      selector: 'node[type != "person"]',
      style: {
        'font-size': 11,
        'font-weight': 600,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node[type = "region"]', style: { 'font-size': 16, 'min-zoomed-font-size': 4 } },
    {
      selector: ':parent',
      style: {
        'background-color': '#eef2f7',
        'background-opacity': 0.6,
        'border-color': '#aab3bf',
        'border-width': 1,
        'border-style': 'dashed',
        shape: 'round-rectangle',
        // The group's title is drawn over the graph at one screen size (groupTitles.ts):
        // Cytoscape's label shrank with the zoom to 5–6 px when every group was in view.
        label: '',
        padding: '12px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#b4bcc8',
        'curve-style': fastEdges ? 'haystack' : 'straight',
        'haystack-radius': 0,
        opacity: 0.7,
      },
    },
    {
      selector: 'edge[kind = "session-in-event"], edge[kind = "country-in-region"]',
      style: { width: 2, 'line-color': '#7a8696' },
    },
    { selector: 'edge[kind = "relationship"]', style: { 'line-color': '#8a6fb0' } },
    {
      selector: 'edge[status = "declined"], edge[status = "no-show"]',
      style: { 'line-style': 'dashed', 'line-color': '#d55e00' },
    },
    {
      selector: 'edge[status = "candidate"], edge[status = "shortlisted"]',
      style: { 'line-style': 'dotted' },
    },
    ...quiet,
    { selector: '.faded', style: { opacity: 0.1, 'text-opacity': 0 } },
    { selector: 'node.hl', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
    {
      selector: 'edge.hl',
      style: {
        width: 2,
        opacity: 1,
        'line-color': '#1b5fae',
        label: 'data(label)',
        'font-size': 8,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': SELECTED_RING.width,
        'border-color': SELECTED_RING.colour,
        'min-zoomed-font-size': 0,
        'font-size': 12,
        'z-index': 20,
      },
    },
  ];
}
