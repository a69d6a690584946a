import { afterEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../renderer/src/data/store';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/src/data/repo/people';
import { addParticipants } from '../../../renderer/src/data/repo/participations';
import { freshStore, personDraft, seedSmallWorkspace } from './fixtures';

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

const live = async (s: DataStore) =>
  (await s.db.participations.toArray()).filter((p) => p.deletedAt === null).length;

describe('undo and redo', () => {
  it('undoes an edit, then redoes it', async () => {
    store = freshStore();
    const p = await createPerson(store, personDraft());
    await updatePerson(store, p.id, { familyName: 'Wanjiru' });
    expect(store.history.getSnapshot()).toMatchObject({ canUndo: true, undoLabel: 'history.editPerson' });
    await store.undo();
    expect((await store.db.people.get(p.id))?.familyName).toBe('Otieno');
    expect(store.history.getSnapshot()).toMatchObject({ canRedo: true, redoLabel: 'history.editPerson' });
    await store.redo();
    const row = await store.db.people.get(p.id);
    expect(row?.familyName).toBe('Wanjiru');
    // Restores are new revisions, so a later merge sees them as the newest edit.
    expect(row?.revision).toBe(4);
  });

  it('undoes a cascading delete, restoring the person and every participation', async () => {
    store = freshStore();
    const { person, other, podium } = await seedSmallWorkspace(store);
    await addParticipants(store, podium.id, [person.id, other.id], 'panelist', 'confirmed');
    await deletePerson(store, person.id);
    expect(await live(store)).toBe(1);
    await store.undo();
    expect((await store.db.people.get(person.id))?.deletedAt).toBeNull();
    expect(await live(store)).toBe(2);
    await store.redo();
    expect((await store.db.people.get(person.id))?.deletedAt).not.toBeNull();
    expect(await live(store)).toBe(1);
  });

  it('undoing a creation removes the record; a new edit clears the redo stack', async () => {
    store = freshStore();
    const p = await createPerson(store, personDraft());
    await store.undo();
    expect(await store.db.people.get(p.id)).toBeUndefined();
    expect(store.history.getSnapshot().canRedo).toBe(true);
    await createPerson(store, personDraft({ familyName: 'Mensah' }));
    expect(store.history.getSnapshot().canRedo).toBe(false);
  });

  it('does nothing when there is nothing to undo', async () => {
    store = freshStore();
    expect(await store.undo()).toBeUndefined();
    expect(await store.redo()).toBeUndefined();
  });
});
