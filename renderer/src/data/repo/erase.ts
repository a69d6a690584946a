// Erasure ("right to be forgotten"): removes a person and every trace of them from this
// workspace — not a tombstone but a hard delete — in one transaction, and drops every undo/redo
// entry that mentions them. Backups and exported files made earlier keep the data until they
// rotate out or are deleted; the UI says so.
import type { PersonId, SavedView } from '@shared/domain/model';
import type { DataStore } from '../store';
import { recordTables } from '../db';
import { NotFoundError } from '../errors';

export type ErasureReport = {
  participations: number;
  relationships: number;
  savedViews: number;
  historyEntries: number;
};

export async function erasePerson(store: DataStore, id: PersonId): Promise<ErasureReport> {
  const { db } = store;
  const report = await db.transaction('rw', recordTables(db), async () => {
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

    // Saved views keep filter and selection state as free-form JSON: strip the id wherever it is.
    let savedViews = 0;
    const now = store.ctx.now();
    const views = await db.savedViews.toArray();
    for (const view of views) {
      if (!JSON.stringify(view.state).includes(id)) continue;
      const state = stripValue(view.state, id) as SavedView['state'];
      await db.savedViews.put({
        ...view,
        state,
        revision: view.revision + 1,
        updatedAt: now,
        updatedBy: store.ctx.device(),
      });
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
