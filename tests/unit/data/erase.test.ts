// Erasure leaves no trace of the person anywhere in the database or the undo/redo stacks.
import { describe, expect, it } from 'vitest';
import { freshStore, personDraft, seedSmallWorkspace } from './fixtures';
import { erasePerson, stripValue } from '../../../renderer/src/data/repo/erase';
import {
  addParticipants,
  removeParticipation,
} from '../../../renderer/src/data/repo/participations';
import { deletePerson, updatePerson, createPerson } from '../../../renderer/src/data/repo/people';
import { logExport } from '../../../renderer/src/data/repo/exportLog';
import type { DataStore } from '../../../renderer/src/data/store';
import type { PersonId } from '@shared/domain/model';
import { ERASED_KEY, listErased } from '../../../renderer/src/data/repo/merge';

// The one place an erased id may stay: the dedicated list of erased ids (bare random ids, no
// names or e-mails), which keeps a colleague's older file from bringing the person back.
const isErasedList = (row: unknown) => (row as { key?: unknown }).key === ERASED_KEY;

async function dumpEverything(store: DataStore): Promise<string> {
  const parts: string[] = [];
  // Every table the database has, including meta and the export log: not a hand-kept list.
  for (const table of store.db.tables) {
    parts.push(JSON.stringify((await table.toArray()).filter((row) => !isErasedList(row))));
  }
  parts.push(JSON.stringify(store.history.entries()));
  return parts.join('\n');
}

async function seedWithTraces(store: DataStore) {
  const seed = await seedSmallWorkspace(store);
  const { person, org, podium, conference } = seed;
  // The fixture's second person shares the default e-mail: use someone clearly distinct.
  const other = await createPerson(
    store,
    personDraft({ givenName: 'Kwame', familyName: 'Boateng', email: 'kb@example.org' }),
  );
  await deletePerson(store, seed.other.id);
  await erasePerson(store, seed.other.id);
  // Edits put older values into the undo stack; an undone edit sits in the redo stack.
  await updatePerson(store, person.id, { notes: 'Met at the Nairobi session' });
  await updatePerson(store, person.id, { phone: '+254 700 000000' });
  await store.undo();
  const [p1] = await addParticipants(
    store,
    podium.id,
    [person.id, other.id],
    'panelist',
    'invited',
  );
  await addParticipants(store, conference.id, [person.id], 'keynote', 'confirmed');
  if (p1) await removeParticipation(store, p1.id); // a tombstoned participation
  await store.mutate('test.relationships', async (w) => {
    await w.create('relationships', {
      from: { type: 'person', id: person.id },
      to: { type: 'person', id: other.id },
      kind: 'colleague',
      label: '',
    });
    await w.create('relationships', {
      from: { type: 'organisation', id: org.id },
      to: { type: 'person', id: person.id },
      kind: 'network-member',
      label: '',
    });
    await w.create('savedViews', {
      name: 'Shortlist',
      view: 'planner',
      state: { pinned: [person.id, other.id], focus: person.id, nested: { ids: [person.id] } },
    });
  });
  await logExport(store, { what: 'workspace-file', form: 'full', people: 2 });
  return { ...seed, other };
}

describe('erasePerson', () => {
  it('removes the person, their participations, relationships, saved-view references and undo entries', async () => {
    const store = freshStore();
    const { person, other, org } = await seedWithTraces(store);
    expect(await dumpEverything(store)).toContain(person.id);

    const report = await erasePerson(store, person.id);
    expect(report.participations).toBe(2);
    expect(report.relationships).toBe(2);
    expect(report.savedViews).toBe(1);
    expect(report.historyEntries).toBeGreaterThan(0);

    const everything = await dumpEverything(store);
    for (const trace of [
      person.id,
      'Amina',
      'Otieno',
      'amina.otieno@example.org',
      '+254 700',
      'Nairobi session',
    ]) {
      expect(everything, trace).not.toContain(trace);
    }
    // A hard delete, not a tombstone.
    expect(await store.db.people.get(person.id)).toBeUndefined();
    // Everyone and everything else is intact.
    expect((await store.db.people.get(other.id))?.deletedAt).toBeNull();
    expect(await store.db.organisations.get(org.id)).toBeDefined();
    const view = (await store.db.savedViews.toArray())[0];
    expect(view?.state).toEqual({ pinned: [other.id], focus: null, nested: { ids: [] } });
    expect(await store.db.participations.where('personId').equals(other.id).count()).toBe(1);
    expect(await store.db.exportLog.count()).toBe(1);

    // The erased-ids list holds the person's id and those of their participations and
    // relationships — random ids only, nothing else about them.
    const erased = await listErased(store);
    expect(erased).toContain(person.id);
    expect(erased).toHaveLength(1 + 2 + 2 + 1); // + the earlier erasure of `seed.other`
    for (const id of erased) expect(id).toMatch(/^[a-z]{3}_[0-9a-f]{32}$/);
    // The stripped saved view is a write like any other, so a colleague's merge takes it.
    expect(view?.sync?.fields.state?.at).toBe(view?.updatedAt);
  });

  it('erases a person who had already been deleted (a tombstone still holds their data)', async () => {
    const store = freshStore();
    const { person } = await seedWithTraces(store);
    await deletePerson(store, person.id);
    await erasePerson(store, person.id);
    const everything = await dumpEverything(store);
    expect(everything).not.toContain(person.id);
    expect(everything).not.toContain('amina.otieno@example.org');
  });

  it('changes nothing when the person does not exist', async () => {
    const store = freshStore();
    await seedWithTraces(store);
    const before = await dumpEverything(store);
    await expect(erasePerson(store, 'per_missing' as PersonId)).rejects.toThrow();
    expect(await dumpEverything(store)).toBe(before);
  });

  it('keeps undo history that does not mention the person', async () => {
    const store = freshStore();
    const a = await createPerson(
      store,
      personDraft({ givenName: 'Lena', email: 'lena@example.org' }),
    );
    const b = await createPerson(
      store,
      personDraft({ givenName: 'Tomas', email: 't@example.org' }),
    );
    await erasePerson(store, a.id);
    const entries = store.history.entries();
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).toContain(b.id);
  });
});

describe('stripValue', () => {
  it('drops the id from arrays, nulls it as a value and drops it as a key', () => {
    expect(stripValue({ a: ['x', 'y'], b: 'x', x: 1, c: [{ d: 'x' }] }, 'x')).toEqual({
      a: ['y'],
      b: null,
      c: [{ d: null }],
    });
  });
});
