// Finished layouts kept in the workspace database, so that reopening the Network view (or the
// app) draws the graph where it was instead of laying it out again. A view cache, not workspace
// data: it lives in the meta table, outside undo and workspace files. Positions are stored as
// coordinates in the order of the sorted node ids that the layout key fingerprints, so the row
// holds no record ids (an erased person leaves nothing behind here).
import type { GraphElements } from '@shared/graph/elements';
import type { PlenaryDB } from '../../data/db';
import type { Positions } from './layoutModel';

const META_KEY = 'network-layouts';
/** How many layouts are kept (a 5,000-node layout is ~80 kB). */
export const STORED_LAYOUTS = 6;

export type StoredLayout = { key: string; xs: number[]; ys: number[] };

const sortedIds = (elements: GraphElements) => elements.nodes.map((n) => n.id).sort();

/** Positions as coordinate lists in sorted-id order; null when a node has no position. */
export function packLayout(
  key: string,
  elements: GraphElements,
  positions: Positions,
): StoredLayout | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const id of sortedIds(elements)) {
    const p = positions[id];
    if (p === undefined) return null;
    xs.push(p.x);
    ys.push(p.y);
  }
  return { key, xs, ys };
}

/** The positions back, or null when the stored layout does not fit these elements. */
export function unpackLayout(stored: StoredLayout, elements: GraphElements): Positions | null {
  const ids = sortedIds(elements);
  if (stored.xs.length !== ids.length || stored.ys.length !== ids.length) return null;
  const positions: Positions = {};
  ids.forEach((id, i) => {
    positions[id] = { x: stored.xs[i] ?? 0, y: stored.ys[i] ?? 0 };
  });
  return positions;
}

/** The newest first, at most STORED_LAYOUTS, one per key. */
export function withLayout(list: readonly StoredLayout[], layout: StoredLayout): StoredLayout[] {
  return [layout, ...list.filter((l) => l.key !== layout.key)].slice(0, STORED_LAYOUTS);
}

function isStored(value: unknown): value is StoredLayout {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.key === 'string' && Array.isArray(v.xs) && Array.isArray(v.ys);
}

// The meta table's typed rows do not list this key; it is read and written as a plain row.
const metaTable = (db: PlenaryDB) => db.table<{ key: string; value: unknown }, string>('meta');

async function readAll(db: PlenaryDB): Promise<StoredLayout[]> {
  const row = await metaTable(db).get(META_KEY);
  return Array.isArray(row?.value) ? row.value.filter(isStored) : [];
}

export async function readStoredLayout(
  db: PlenaryDB,
  key: string,
  elements: GraphElements,
): Promise<Positions | null> {
  const stored = (await readAll(db)).find((l) => l.key === key);
  return stored === undefined ? null : unpackLayout(stored, elements);
}

export async function storeLayout(
  db: PlenaryDB,
  key: string,
  elements: GraphElements,
  positions: Positions,
): Promise<void> {
  const packed = packLayout(key, elements, positions);
  if (packed === null) return;
  await db.transaction('rw', db.meta, async () => {
    await metaTable(db).put({ key: META_KEY, value: withLayout(await readAll(db), packed) });
  });
}
