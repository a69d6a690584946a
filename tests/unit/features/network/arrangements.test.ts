// The arranged layouts: the circle's order (people beside the node that gathers them, related
// hubs together) and the grouped layout (the largest groups boxed, the rest pooled, boxes packed
// without overlap).
import { describe, expect, it } from 'vitest';
import { nodeId, toGraphElements } from '@shared/graph/elements';
import type { GraphElements } from '@shared/graph/elements';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import {
  NO_GROUP,
  OTHER_GROUP,
  circleOrder,
  concentricRings,
  gridPositions,
  groupId,
  hubRects,
  groupsFor,
  packGroups,
  pullHubsIn,
  ringPositions,
} from '../../../../renderer/src/features/network/arrangements';
import type { PackNode } from '../../../../renderer/src/features/network/arrangements';
import { layoutInput } from '../../../../renderer/src/features/network/layoutModel';
import { generateDemoWorkspace } from '@shared/demo';
import { graphOf, smallWorkspace } from '../../shared/graph/fixture';

const M49 = { key: 'm49-region', custom: [] };

function degreeMap(els: GraphElements): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of els.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

describe('circle order', () => {
  it('puts each session beside its own people and the people without links last', () => {
    const f = smallWorkspace();
    const els = toGraphElements(f.workspace, 'participation', NO_GRAPH_FILTERS, M49);
    const order = circleOrder(els, degreeMap(els));
    expect([...order.values()].sort((a, b) => a - b)).toEqual(els.nodes.map((_, i) => i));
    const at = (id: string) => order.get(id) ?? -1;
    const s1 = at(nodeId.event(f.s1.id));
    const s2 = at(nodeId.event(f.s2.id));
    expect([at(nodeId.person(f.x.id)), at(nodeId.person(f.a1.id))].sort()).toEqual([
      s1 + 1,
      s1 + 2,
    ]);
    expect(at(nodeId.person(f.b1.id))).toBe(s2 + 1);
    expect(at(nodeId.person(f.lone.id))).toBe(els.nodes.length - 1);
  });

  it('places a person at the least busy of their hubs, and hubs linked to each other together', () => {
    // Event E has sessions S (busy) and T (quiet); F is an unrelated event. p0 is in S and T.
    const people = ['p0', 'p1', 'p2', 'p3', 'q1', 'r1', 'r2'];
    const els = graphOf(
      ['E', 'F', 'S', 'T', ...people],
      [
        ['S', 'E'],
        ['T', 'E'],
        ['p0', 'S'],
        ['p1', 'S'],
        ['p2', 'S'],
        ['p3', 'S'],
        ['p0', 'T'],
        ['q1', 'T'],
        ['r1', 'F'],
        ['r2', 'F'],
      ],
      (id) => (id.length === 1 ? { type: 'event' } : {}),
    );
    const order = circleOrder(els, degreeMap(els));
    const at = (id: string) => order.get(id) ?? -1;
    // p0 follows T (3 links), not S (5 links).
    expect([at('p0'), at('q1')].sort()).toEqual([at('T') + 1, at('T') + 2]);
    // S, E and T are one walk: F's people never sit between them.
    const walk = [at('S'), at('E'), at('T')];
    for (const id of ['F', 'r1', 'r2'])
      expect(at(id) < Math.min(...walk) || at(id) > Math.max(...walk)).toBe(true);
  });
});

describe('circle with hubs inside', () => {
  it('places the ring in the given order, clockwise from the top, without overlaps', () => {
    const nodes = ['d', 'a', 'c', 'b', 'h'].map((id, i) => ({
      id,
      // The order is not the input order (Cytoscape's circle layout placed input order).
      order: { a: 0, b: 1, h: 2, c: 3, d: 4 }[id] ?? i,
      size: 20,
      hub: id === 'h',
    }));
    const ring = ringPositions(nodes);
    const angle = (id: string) => {
      const turn = Math.atan2(ring[id]!.y, ring[id]!.x) + Math.PI / 2;
      return turn < 0 ? turn + 2 * Math.PI : turn;
    };
    const clockwise = ['a', 'b', 'h', 'c', 'd'].map(angle);
    expect([...clockwise].sort((x, y) => x - y)).toEqual(clockwise);
    const people = ['a', 'b', 'c', 'd'];
    for (const p of people)
      for (const q of people)
        if (p < q)
          expect(Math.hypot(ring[p]!.x - ring[q]!.x, ring[p]!.y - ring[q]!.y)).toBeGreaterThan(20);
  });

  it('moves the busiest hub to the middle, quieter hubs part way, and leaves people on the ring', () => {
    // Eight nodes on a ring of radius 100 around the origin.
    const ids = ['big', 'small', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const ring = Object.fromEntries(
      ids.map((id, i) => [
        id,
        { x: 100 * Math.cos((i * Math.PI) / 4), y: 100 * Math.sin((i * Math.PI) / 4) },
      ]),
    );
    const nodes = ids.map((id) => ({
      id,
      rank: id === 'big' ? 100 : id === 'small' ? 25 : 2,
      hub: id === 'big' || id === 'small',
    }));
    const pulled = pullHubsIn(ring, nodes);
    const radius = (id: string) => Math.hypot(pulled[id]!.x, pulled[id]!.y);
    expect(radius('big')).toBeLessThan(20);
    expect(radius('small')).toBeGreaterThan(40);
    expect(radius('small')).toBeLessThan(70);
    for (const id of ids.slice(2)) expect(pulled[id]).toEqual(ring[id]);
  });
});

describe('grouped layout', () => {
  it('boxes the largest groups, pools the rest as "other" and people without a value as "none"', () => {
    // o1 has 4 members, o2 3, o3 2, o4 1; x has no organisation; E is an event.
    const orgOf: Record<string, string> = { a: 'o1', b: 'o1', c: 'o1', d: 'o1', e: 'o2' };
    Object.assign(orgOf, { f: 'o2', g: 'o2', h: 'o3', i: 'o3', j: 'o4' });
    const els = graphOf([...Object.keys(orgOf), 'x', 'E'], [], (id) =>
      id === 'E' ? { type: 'event' } : { organisationId: orgOf[id] ?? null },
    );
    const { parents, parentOf } = groupsFor(els, 'organisation', 2);
    expect(parents.map((p) => p.value)).toEqual(['o1', 'o2', OTHER_GROUP, NO_GROUP]);
    expect(parentOf.get('h')).toBe(groupId('organisation', OTHER_GROUP));
    expect(parentOf.get('j')).toBe(groupId('organisation', OTHER_GROUP));
    expect(parentOf.get('x')).toBe(groupId('organisation', NO_GROUP));
    // The event is not described by an organisation: outside every box.
    expect(parentOf.has('E')).toBe(false);
  });

  it('packs the demo by organisation into boxes that do not overlap, events above them', () => {
    const els = toGraphElements(
      generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' }),
      'participation',
      NO_GRAPH_FILTERS,
      M49,
    );
    const input = layoutInput(els, 'grouped', 'organisation', 1);
    const positions = packGroups(input.nodes);
    const leaves = input.nodes.filter((n) => !n.id.startsWith('group:'));
    expect(Object.keys(positions).sort()).toEqual(leaves.map((n) => n.id).sort());
    const groups = input.nodes.filter((n) => n.id.startsWith('group:'));
    expect(groups.length).toBeLessThanOrEqual(14);
    // Each box: the extent of its members' nodes.
    const boxOf = (members: readonly PackNode[]) => {
      const xs = members.flatMap((m) => [
        positions[m.id]!.x - m.size / 2,
        positions[m.id]!.x + m.size / 2,
      ]);
      const ys = members.flatMap((m) => [
        positions[m.id]!.y - m.size / 2,
        positions[m.id]!.y + m.size / 2,
      ]);
      return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
    };
    const boxes = groups.map((g) => boxOf(leaves.filter((n) => n.parent === g.id)));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        // 40 px apart at least: room for the compound's padding and its name.
        const apart =
          a.x2 + 40 <= b.x1 || b.x2 + 40 <= a.x1 || a.y2 + 40 <= b.y1 || b.y2 + 40 <= a.y1;
        expect(apart).toBe(true);
      }
    const loose = leaves.filter((n) => n.parent === null);
    expect(loose.length).toBeGreaterThan(0);
    const top = Math.min(...boxes.map((b) => b.y1));
    for (const n of loose) expect(positions[n.id]!.y).toBeLessThan(top);
    // Events and sessions on one row of the band are their widest name apart.
    const widest = Math.max(...loose.map((n) => n.labelWidth));
    for (const a of loose)
      for (const b of loose) {
        if (a === b || positions[a.id]!.y !== positions[b.id]!.y) continue;
        expect(Math.abs(positions[a.id]!.x - positions[b.id]!.x)).toBeGreaterThanOrEqual(widest);
      }
  });

  it('gives every node of a box its own cell, wide enough for a name', () => {
    const nodes: PackNode[] = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      parent: 'g',
      rank: i % 4,
      size: 14 + (i % 3) * 6,
    }));
    const positions = packGroups([{ id: 'g', parent: null, rank: 0, size: 0 }, ...nodes]);
    const points = nodes.map((n) => positions[n.id]!);
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i]!, points[j]!];
        // Side by side: a name's width apart; one above the other: a node and its name.
        expect(Math.abs(a.x - b.x) >= 90 || Math.abs(a.y - b.y) >= 40).toBe(true);
      }
  });
});

describe('concentric rings', () => {
  const dist = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

  it('puts the busiest hub in the middle, hubs inside, people outside on several rings', () => {
    const demo = generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' });
    const els = toGraphElements(demo, 'participation', NO_GRAPH_FILTERS, M49);
    const input = layoutInput(els, 'concentric', 'region', 1).nodes;
    const positions = concentricRings(input);
    expect(Object.keys(positions).sort()).toEqual(input.map((n) => n.id).sort());
    const hubs = input.filter((n) => n.hub);
    const people = input.filter((n) => !n.hub);
    const busiest = [...hubs].sort((a, b) => b.rank - a.rank)[0]!;
    expect(positions[busiest.id]).toEqual({ x: 0, y: 0 });
    const hubOuter = Math.max(...hubs.map((n) => dist(positions[n.id]!)));
    const personInner = Math.min(...people.map((n) => dist(positions[n.id]!)));
    expect(personInner).toBeGreaterThan(hubOuter);
    // The people fill more than one ring (the old layout drew them as one huge ring).
    const radii = new Set(people.map((n) => Math.round(dist(positions[n.id]!))));
    expect(radii.size).toBeGreaterThan(2);
    // The most connected people are nearer the middle than the least connected.
    const byRank = [...people].sort((a, b) => b.rank - a.rank);
    expect(dist(positions[byRank[0]!.id]!)).toBeLessThanOrEqual(
      dist(positions[byRank[byRank.length - 1]!.id]!),
    );
  });

  it('leaves room for every node along its ring: no two nodes overlap', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({
      id: `n${i}`,
      rank: i < 5 ? 100 - i : i % 7,
      size: i < 5 ? 40 : 18,
      order: i,
      hub: i < 5,
    }));
    const positions = concentricRings(nodes);
    let worst = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = positions[nodes[i]!.id]!;
        const b = positions[nodes[j]!.id]!;
        const room = Math.hypot(a.x - b.x, a.y - b.y) - (nodes[i]!.size + nodes[j]!.size) / 2;
        worst = Math.min(worst, room);
      }
    }
    expect(worst).toBeGreaterThanOrEqual(0);
  });

  it('keeps every hub name on the demo clear of every other hub and name, people outside them', () => {
    const demo = generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' });
    for (const lens of ['participation', 'all'] as const) {
      const els = toGraphElements(demo, lens, NO_GRAPH_FILTERS, M49);
      const input = layoutInput(els, 'concentric', 'region', 1).nodes;
      const positions = concentricRings(input);
      const hubs = input.filter((n) => n.hub);
      expect(hubs.every((n) => n.labelWidth > 0)).toBe(true);
      const rects = hubs.map((n) => hubRects(n, positions[n.id]!.x, positions[n.id]!.y));
      const clashes: string[] = [];
      rects.forEach((own, i) =>
        rects.forEach((other, j) => {
          if (j <= i) return;
          const touch = own.some((a) =>
            other.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
          );
          if (touch) clashes.push(`${hubs[i]!.id} × ${hubs[j]!.id}`);
        }),
      );
      expect(clashes).toEqual([]);
      // The people's rings start beyond the hubs' names.
      const hubReach = Math.max(
        ...rects
          .flat()
          .flatMap((r) => [
            Math.hypot(r.x1, r.y1),
            Math.hypot(r.x2, r.y1),
            Math.hypot(r.x1, r.y2),
            Math.hypot(r.x2, r.y2),
          ]),
      );
      const people = input.filter((n) => !n.hub && n.rank > 0);
      const personInner = Math.min(...people.map((n) => dist(positions[n.id]!) - n.size / 2));
      expect(personInner).toBeGreaterThan(hubReach);
    }
  });
});

describe('grid', () => {
  it('puts the hubs in rows above the people, people in the circle order, names with room', () => {
    const demo = generateDemoWorkspace({ now: '2026-03-01T00:00:00.000Z' });
    const els = toGraphElements(demo, 'participation', NO_GRAPH_FILTERS, M49);
    const input = layoutInput(els, 'grid', 'region', 1).nodes;
    const positions = gridPositions(input);
    expect(Object.keys(positions).sort()).toEqual(input.map((n) => n.id).sort());
    const hubs = input.filter((n) => n.hub);
    const people = input.filter((n) => !n.hub);
    const lowestHub = Math.max(...hubs.map((n) => positions[n.id]!.y));
    const highestPerson = Math.min(...people.map((n) => positions[n.id]!.y));
    expect(highestPerson).toBeGreaterThan(lowestHub);
    // Reading order (row, then column) follows the circle's order.
    const reading = [...people].sort(
      (a, b) => positions[a.id]!.y - positions[b.id]!.y || positions[a.id]!.x - positions[b.id]!.x,
    );
    expect(reading.map((n) => n.id)).toEqual(
      [...people].sort((a, b) => a.order - b.order).map((n) => n.id),
    );
    // Hubs on one row are at least their widest name apart.
    const widest = Math.max(...hubs.map((n) => n.labelWidth));
    for (const a of hubs)
      for (const b of hubs) {
        if (a === b || positions[a.id]!.y !== positions[b.id]!.y) continue;
        expect(Math.abs(positions[a.id]!.x - positions[b.id]!.x)).toBeGreaterThanOrEqual(widest);
      }
    // The busiest hub comes first.
    const busiest = [...hubs].sort((a, b) => b.rank - a.rank)[0]!;
    const first = [...hubs].sort(
      (a, b) => positions[a.id]!.y - positions[b.id]!.y || positions[a.id]!.x - positions[b.id]!.x,
    )[0]!;
    expect(first.rank).toBe(busiest.rank);
  });
});
