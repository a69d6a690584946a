// The layout worker: a headless Cytoscape runs the layout off the UI thread and posts back the
// positions. fcose runs in one synchronous call, so progress is reported by stage, and cancel
// means terminating the worker.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutMessage, LayoutRequest, Positions } from './layoutModel';
import { DRAFT_QUALITY_ABOVE, spreadToFit } from './layoutModel';
import {
  concentricRings,
  gridPositions,
  packGroups,
  pullHubsIn,
  ringPositions,
} from './arrangements';

cytoscape.use(fcose);

// The DOM lib types `self` as a Window; in a dedicated worker postMessage takes one argument.
const scope = self as unknown as { postMessage: (message: LayoutMessage) => void };
const post = (message: LayoutMessage) => scope.postMessage(message);

function options(request: LayoutRequest): cytoscape.LayoutOptions {
  const count = request.nodes.length;
  switch (request.layout) {
    // 'grid', 'grouped', 'circle' and 'concentric' are arranged without Cytoscape (see onmessage).
    case 'grid':
    case 'concentric':
    case 'circle':
    case 'fcose':
    case 'grouped':
      return {
        name: 'fcose',
        animate: false,
        randomize: true,
        quality: count > DRAFT_QUALITY_ABOVE ? 'draft' : 'default',
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        nodeSeparation: 90,
        packComponents: true,
        tile: true,
        nestingFactor: 0.6,
        gravity: 0.3,
        numIter: count > DRAFT_QUALITY_ABOVE ? 1500 : 2500,
      } as cytoscape.LayoutOptions;
  }
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    post({ type: 'progress', requestId: request.requestId, stage: 'preparing' });
    if (request.layout !== 'fcose') {
      // Arrangements, not simulations: boxes packed on a grid; a ring with its hubs inside;
      // rings of hubs inside rings of people; rows of hubs above rows of people.
      post({
        type: 'done',
        requestId: request.requestId,
        positions:
          request.layout === 'grouped'
            ? packGroups(request.nodes)
            : request.layout === 'concentric'
              ? concentricRings(request.nodes)
              : request.layout === 'grid'
                ? gridPositions(request.nodes)
                : pullHubsIn(ringPositions(request.nodes), request.nodes),
        ms: Math.round(performance.now() - started),
      });
      return;
    }
    const cy = cytoscape({
      headless: true,
      // Style only for node sizes: with styleEnabled false every node is a point and fcose packs
      // them so tightly that labels collide.
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [
        ...request.nodes.map((n) => ({
          group: 'nodes' as const,
          data:
            n.parent === null
              ? { id: n.id, rank: n.rank, size: n.size, order: n.order }
              : { id: n.id, rank: n.rank, size: n.size, order: n.order, parent: n.parent },
        })),
        ...request.edges.map((e) => ({ group: 'edges' as const, data: e })),
      ],
    });
    post({ type: 'progress', requestId: request.requestId, stage: 'running' });
    cy.layout(options(request)).run();
    const laidOut: Positions = {};
    cy.nodes().forEach((n) => {
      if (n.isParent()) return;
      const p = n.position();
      laidOut[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    cy.destroy();
    // Draft (spectral) positions ignore node sizes: give a large force-directed layout room.
    const sizes = new Map(request.nodes.map((n) => [n.id, n.size]));
    const positions =
      request.layout === 'fcose' && request.nodes.length > DRAFT_QUALITY_ABOVE
        ? spreadToFit(laidOut, (id) => sizes.get(id) ?? 0)
        : laidOut;
    post({
      type: 'done',
      requestId: request.requestId,
      positions,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    post({
      type: 'error',
      requestId: request.requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
