// Highlighting a set of nodes on the Cytoscape instance (a selection's neighbourhood, a search
// result, 'Show me the bridges' or 'the isolated groups').
import type cytoscape from 'cytoscape';

/**
 * The highlighted nodes and the links between two of them, found from the highlighted nodes
 * alone: the work grows with the highlight and its links, not with the graph (a scan of every
 * element was 20,000 checks at 5,000 people for a highlight of a handful).
 */
export function highlightedElements(
  cy: cytoscape.Core,
  highlight: ReadonlySet<string>,
): cytoscape.CollectionReturnValue {
  const nodes = cy.collection();
  for (const id of highlight) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode()) nodes.merge(node);
  }
  const edges = nodes
    .connectedEdges()
    .filter((edge) => highlight.has(edge.source().id()) && highlight.has(edge.target().id()));
  return nodes.union(edges);
}

/**
 * Applies a highlight on a small graph: everything else fades (every element gets a class).
 * A large graph's highlight is drawn over it instead (highlightOverlay.ts).
 */
export function applyHighlight(cy: cytoscape.Core, highlight: ReadonlySet<string> | null): void {
  cy.elements('.faded, .hl').removeClass('faded hl');
  if (highlight === null) return;
  const on = highlightedElements(cy, highlight).union(cy.nodes(':parent'));
  on.addClass('hl');
  cy.elements().difference(on).addClass('faded');
}
