// Writer.createMany on a real (fake-indexeddb) database: many records in validated chunks inside
// the one transaction — every record stamped and captured for undo, a refused record in any chunk
// leaves nothing behind, and undo/redo (also chunked) take the whole batch back and forth.
import { afterEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../renderer/src/data/store';
import { WRITE_CHUNK } from '../../../renderer/src/data/writer';
import { ValidationError } from '../../../renderer/src/data/errors';
import { createPerson } from '../../../renderer/src/data/repo/people';
import { freshStore, personDraft } from './fixtures';

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

// Two full chunks and a partial third, so chunk boundaries are crossed.
const COUNT = WRITE_CHUNK * 2 + 37;
const drafts = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    personDraft({ givenName: `Given${i}`, email: `p${i}@example.org` }),
  );

describe('Writer.createMany', () => {
  it('writes every record in chunks, stamped and validated, as one undoable change set', async () => {
    store = freshStore();
    const seen: number[] = [];
    const created = await store.mutate('test.bulk', (w) =>
      w.createMany('people', drafts(COUNT), (n) => seen.push(n)),
    );
    expect(seen).toEqual([WRITE_CHUNK, WRITE_CHUNK * 2, COUNT]);
    expect(created).toHaveLength(COUNT);
    expect(new Set(created.map((p) => p.id)).size).toBe(COUNT);
    const rows = await store.db.people.toArray();
    expect(rows).toHaveLength(COUNT);
    const last = rows.find((p) => p.givenName === `Given${COUNT - 1}`);
    expect(last).toMatchObject({ revision: 1, deletedAt: null, updatedBy: 'test-device' });
    expect(last?.sync).toBeDefined();
    const entry = store.history.peekUndo();
    expect(entry?.label).toBe('test.bulk');
    expect(entry?.changes).toHaveLength(COUNT);
    expect(entry?.changes.every((c) => c.before === undefined && c.after !== undefined)).toBe(true);
  });

  it('writes nothing — not even the chunks before — when a record in a later chunk is refused', async () => {
    store = freshStore();
    const list = drafts(COUNT);
    list[WRITE_CHUNK + 3] = personDraft({ email: 'not an e-mail' });
    const before = await createPerson(store, personDraft({ givenName: 'Kept' }));
    await expect(
      store.mutate('test.bulk', async (w) => {
        await w.create('organisations', {
          name: 'Written first',
          acronym: '',
          type: 'academia',
          country: null,
          parentId: null,
          website: '',
          notes: '',
        });
        return w.createMany('people', list);
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await store.db.people.toArray()).map((p) => p.id)).toEqual([before.id]);
    expect(await store.db.organisations.count()).toBe(0);
    // The failed write left no undo step; the one before it is still the newest.
    expect(store.history.peekUndo()?.changes).toHaveLength(1);
  });

  it('writes nothing when IndexedDB fails a chunk while the next one is being validated', async () => {
    store = freshStore();
    // Opening sets up the tables the writer uses; the fault goes on the one it will call.
    await store.db.open();
    const table = store.db.table('people');
    const bulkPut = table.bulkPut.bind(table);
    let calls = 0;
    // The second chunk's request fails after the database took it, as a full disk would.
    table.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      const request = bulkPut(...args);
      return calls === 2
        ? request.then(() => {
            throw new Error('disk full');
          })
        : request;
    }) as typeof table.bulkPut;
    await expect(
      store.mutate('test.bulk', (w) => w.createMany('people', drafts(COUNT))),
    ).rejects.toThrow('disk full');
    table.bulkPut = bulkPut;
    expect(await store.db.people.count()).toBe(0);
    expect(store.history.peekUndo()).toBeUndefined();
  });

  it('undoes the whole batch in one step and redoes it as new revisions', async () => {
    store = freshStore();
    const kept = await createPerson(store, personDraft({ givenName: 'Kept' }));
    const created = await store.mutate('test.bulk', async (w) => {
      const people = await w.createMany('people', drafts(COUNT));
      // An update in the same transaction is undone with the batch.
      await w.update('people', kept.id, { familyName: 'Changed' });
      return people;
    });
    expect(await store.db.people.count()).toBe(COUNT + 1);
    await store.undo();
    expect((await store.db.people.toArray()).map((p) => p.id)).toEqual([kept.id]);
    expect((await store.db.people.get(kept.id))?.familyName).toBe('Otieno');
    await store.redo();
    expect(await store.db.people.count()).toBe(COUNT + 1);
    expect((await store.db.people.get(kept.id))?.familyName).toBe('Changed');
    const lastId = created[COUNT - 1]?.id;
    if (lastId === undefined) throw new Error('createMany returned every record');
    const again = await store.db.people.get(lastId);
    expect(again?.givenName).toBe(`Given${COUNT - 1}`);
    // Redo writes on top of what is there: a record that did not exist restarts from its own revision.
    expect(again?.revision).toBe(2);
  });

  it('creates nothing and reports nothing for an empty list', async () => {
    store = freshStore();
    const seen: number[] = [];
    const created = await store.mutate('test.bulk', (w) =>
      w.createMany('people', [], (n) => seen.push(n)),
    );
    expect(created).toEqual([]);
    expect(seen).toEqual([]);
    expect(store.history.peekUndo()).toBeUndefined();
  });
});
