// Highlighting a set of nodes on the Cytoscape instance (a selection's neighbourhood, a search
// result, 'Show me the bridges' or 'the isolated groups').
import type cytoscape from 'cytoscape';
import { yieldToMain } from '../../data/tasks';
import { SLICE_MS, flushCalculations } from './stagedMount';

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
 * Applies a highlight on a small graph: everything else fades (classes 'hl' and 'faded'). Only
 * the elements whose classes change are touched — moving the selection to a neighbour restyles
 * the two neighbourhoods, not the graph. Returns the elements it changed. A large graph's
 * highlight is drawn over it instead (highlightOverlay.ts).
 */
export function applyHighlight(
  cy: cytoscape.Core,
  highlight: ReadonlySet<string> | null,
): cytoscape.CollectionReturnValue {
  const wasOn = cy.elements('.hl');
  const wasFaded = cy.elements('.faded');
  if (highlight === null) {
    const changed = wasOn.union(wasFaded);
    changed.removeClass('faded hl');
    return changed;
  }
  const on = highlightedElements(cy, highlight).union(cy.nodes(':parent'));
  const off = cy.elements().difference(on);
  const lit = on.difference(wasOn);
  const unlit = wasOn.difference(on);
  const unfaded = wasFaded.intersection(on);
  const faded = off.difference(wasFaded);
  lit.addClass('hl');
  unlit.removeClass('hl');
  unfaded.removeClass('faded');
  faded.addClass('faded');
  return lit.union(unlit).union(unfaded).union(faded);
}

/**
 * Applies a small graph's highlight and selection without one long task: the classes change in
 * one batch, then the style of the changed elements is computed a slice at a time while a batch
 * holds Cytoscape's render loop, and the renderer's calculations for them in a task of their own,
 * so its next frame only draws. Left to that frame, the restyle
 * and the drawing of 2,000 elements (500 people) were one task of 0.35–0.9 s. Waits for a
 * running viewport animation (the zoom to a selected node) first: until the restyle, its frames
 * are drawn from the cached layers. Resolves false if cancelled on the way.
 */
export async function highlightInSlices(
  cy: cytoscape.Core,
  highlight: ReadonlySet<string> | null,
  selectedId: string | null,
  cancelled: () => boolean,
): Promise<boolean> {
  // Out of the task that rendered the page (the panel for the selected node).
  await yieldToMain();
  while (!cancelled() && !cy.destroyed() && cy.animated()) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (cancelled() || cy.destroyed()) return false;
  let changed = cy.collection();
  cy.batch(() => {
    changed = applyHighlight(cy, highlight);
    const was = cy.nodes(':selected');
    const now = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    was.difference(now).unselect();
    now.difference(was).select();
    changed = changed.union(was).union(now);
  });
  cy.startBatch();
  try {
    let started = performance.now();
    for (let i = 0; i < changed.length; i += 100) {
      // Reading a style property computes the element's style if its classes changed.
      for (const ele of changed.slice(i, i + 100)) {
        (ele as unknown as { pstyle: (name: string) => unknown }).pstyle('opacity');
      }
      if (performance.now() - started >= SLICE_MS) {
        await yieldToMain();
        if (cancelled() || cy.destroyed()) return false;
        started = performance.now();
      }
    }
    // The renderer's own per-element work for the changes (its caches' invalidation, rendered
    // style) in a task of its own, not in the frame that draws them.
    flushCalculations(cy);
    await yieldToMain();
    if (cancelled() || cy.destroyed()) return false;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  return true;
}
