// Erasure ("right to be forgotten"): removes a person and every trace of them from this
// workspace — not a tombstone but a hard delete — in one transaction, and drops every undo/redo
// entry that mentions them. Backups and exported files made earlier keep the data until they
// rotate out or are deleted; the UI says so.
//
// So that a colleague's older exchange file cannot bring the person back, the erased ids (the
// person's and those of their participations and relationships) are kept in the meta table and
// travel in every exchange file, where a merge treats them as hard-deleted (shared/merge). They
// are bare random ids (`per_…`), not personal data: on their own they say nothing about anyone,
// and without them erasure could not hold in a team that merges. The pre-merge snapshots kept for
// "undo this merge" are scrubbed in the same transaction.
import type { PersonId, SavedView, TableName, WorkspaceData } from '@shared/domain/model';
import { TABLE_NAMES } from '@shared/domain/model';
import { stampUpdate } from '@shared/merge/clock';
import { isErased } from '@shared/merge/merge';
import type { DataStore } from '../store';
import { recordTables } from '../db';
import { NotFoundError } from '../errors';
import { ERASED_AT_KEY, ERASED_KEY, SNAPSHOT_PREFIX, metaTable } from './merge';

export type ErasureReport = {
  participations: number;
  relationships: number;
  savedViews: number;
  historyEntries: number;
};

export async function erasePerson(store: DataStore, id: PersonId): Promise<ErasureReport> {
  const { db } = store;
  await store.ready;
  const meta = metaTable(store);
  const report = await db.transaction('rw', [...recordTables(db), db.meta], async () => {
    // Tombstoned people are erased too: a tombstone still holds every field.
    const person = await db.people.get(id);
    if (!person) throw new NotFoundError('people', id);
    const participations = await db.participations.where('personId').equals(id).primaryKeys();
    const relationships = await db.relationships
      .where('from.id')
      .equals(id)
      .or('to.id')
      .equals(id)
      .primaryKeys();
    await db.participations.bulkDelete(participations);
    await db.relationships.bulkDelete(relationships);
    await db.people.delete(id);

    const erased = new Set(((await meta.get(ERASED_KEY))?.value as string[] | undefined) ?? []);
    for (const gone of [id, ...participations, ...relationships]) erased.add(gone);
    await meta.put({ key: ERASED_KEY, value: [...erased].sort() });
    await meta.put({ key: ERASED_AT_KEY, value: store.ctx.now() });
    const snapshots = await meta.where('key').startsWith(SNAPSHOT_PREFIX).toArray();
    for (const row of snapshots) {
      const data = row.value as WorkspaceData;
      const scrubbed: Partial<Record<TableName, unknown[]>> = {};
      for (const table of TABLE_NAMES) {
        scrubbed[table] = (data[table] as unknown as Record<string, unknown>[]).filter(
          (r) => !isErased(table, r, erased),
        );
      }
      await meta.put({ key: row.key, value: scrubbed });
    }

    // Saved views keep filter and selection state as free-form JSON: strip the id wherever it is.
    let savedViews = 0;
    const now = store.ctx.now();
    const views = await db.savedViews.toArray();
    for (const view of views) {
      if (!JSON.stringify(view.state).includes(id)) continue;
      const state = stripValue(view.state, id) as SavedView['state'];
      const next = {
        ...view,
        state,
        revision: view.revision + 1,
        updatedAt: now,
        updatedBy: store.ctx.device(),
      };
      // A write like any other, so a colleague's merge takes the stripped state.
      const replica = store.ctx.replica?.() ?? store.ctx.device();
      await db.savedViews.put({ ...next, sync: stampUpdate(view, next, replica, now).sync });
      savedViews += 1;
    }
    return {
      participations: participations.length,
      relationships: relationships.length,
      savedViews,
    };
  });
  // Participation and relationship ids also identify the person's past changes.
  const historyEntries = store.history.purge((changeSet) => JSON.stringify(changeSet).includes(id));
  return { ...report, historyEntries };
}

/** A copy of a JSON value with every string equal to `needle` removed (from arrays) or nulled. */
export function stripValue(value: unknown, needle: string): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== needle).map((item) => stripValue(item, needle));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === needle) continue;
      out[key] = item === needle ? null : stripValue(item, needle);
    }
    return out;
  }
  return value;
}
