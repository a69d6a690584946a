// Stored layouts: a finished layout survives a restart in the workspace database, without record
// ids, and is used only for the same topology.
import { describe, expect, it } from 'vitest';
import { toGraphElements } from '@shared/graph/elements';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import { layoutKey } from '../../../../renderer/src/features/network/layoutModel';
import type { Positions } from '../../../../renderer/src/features/network/layoutModel';
import {
  STORED_LAYOUTS,
  packLayout,
  readStoredLayout,
  storeLayout,
  unpackLayout,
  withLayout,
} from '../../../../renderer/src/features/network/layoutStore';
import { freshStore } from '../../data/fixtures';
import { smallWorkspace } from '../../shared/graph/fixture';

const M49 = { key: 'm49-region', custom: [] };
const f = smallWorkspace();
const all = toGraphElements(f.workspace, 'all', NO_GRAPH_FILTERS, M49);
const people = toGraphElements(f.workspace, 'affiliation', NO_GRAPH_FILTERS, M49);
const placed = (els: typeof all): Positions =>
  Object.fromEntries(els.nodes.map((n, i) => [n.id, { x: i * 10, y: -i }]));

describe('stored network layouts', () => {
  it('packs positions without ids and unpacks them for the same nodes only', () => {
    const positions = placed(all);
    const packed = packLayout('k', all, positions);
    expect(packed).not.toBeNull();
    expect(JSON.stringify(packed)).not.toContain(f.x.id);
    expect(unpackLayout(packed!, all)).toEqual(positions);
    expect(unpackLayout(packed!, people)).toBeNull();
    const partial = { ...positions };
    delete partial[all.nodes[0]!.id];
    expect(packLayout('k', all, partial)).toBeNull();
  });

  it('keeps the newest layouts, one per key', () => {
    let list = [] as ReturnType<typeof withLayout>;
    for (let i = 0; i < STORED_LAYOUTS + 2; i += 1) {
      list = withLayout(list, { key: `k${i % (STORED_LAYOUTS + 1)}`, xs: [i], ys: [i] });
    }
    expect(list).toHaveLength(STORED_LAYOUTS);
    expect(list[0]).toEqual({ key: 'k0', xs: [STORED_LAYOUTS + 1], ys: [STORED_LAYOUTS + 1] });
    expect(new Set(list.map((l) => l.key)).size).toBe(STORED_LAYOUTS);
  });

  it('reads back what a previous session stored, by layout key', async () => {
    const store = freshStore();
    await store.ready;
    const key = layoutKey(all, 'fcose', 'region');
    expect(await readStoredLayout(store.db, key, all)).toBeNull();
    await storeLayout(store.db, key, all, placed(all));
    const otherKey = layoutKey(people, 'circle', 'region');
    await storeLayout(store.db, otherKey, people, placed(people));
    expect(await readStoredLayout(store.db, key, all)).toEqual(placed(all));
    expect(await readStoredLayout(store.db, otherKey, people)).toEqual(placed(people));
    expect(await readStoredLayout(store.db, layoutKey(all, 'grid', 'region'), all)).toBeNull();
    store.db.close();
  });
});
