// Writer.createMany on a real (fake-indexeddb) database: many records in validated chunks inside
// the one transaction — every record stamped and captured for undo, a refused record in any chunk
// leaves nothing behind, and undo/redo (also chunked) take the whole batch back and forth.
import { afterEach, describe, expect, it } from 'vitest';
import type { RandomBytes } from '@shared/domain/ids';
import { openDatabase } from '../../../renderer/src/data/db';
import type { DataStore } from '../../../renderer/src/data/store';
import { createStore } from '../../../renderer/src/data/store';
import { WRITE_CHUNK, write } from '../../../renderer/src/data/writer';
import { ValidationError } from '../../../renderer/src/data/errors';
import { createPerson } from '../../../renderer/src/data/repo/people';
import { freshStore, personDraft } from './fixtures';

let store: DataStore;
let named = 0;

/** A store like freshStore's, with its random bytes from `randomBytes`. */
function ownStore(randomBytes: RandomBytes): DataStore {
  named += 1;
  return createStore(openDatabase(`plenary-writer-bulk-${named}-${Math.random()}`), {
    now: () => '2026-11-28T12:00:00.000Z',
    device: () => 'test-device',
    randomBytes,
  });
}
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
    // Held by id only: no second copy of every new record in memory.
    expect(entry?.changes.every((c) => c.before === undefined && c.after === undefined)).toBe(true);
    expect(entry?.changes.map((c) => c.id)).toEqual(created.map((p) => p.id));
  });

  it("takes chunks of the context's size (the import worker's larger ones), same records", async () => {
    store = freshStore();
    const chunk = 100;
    const count = chunk * 3 + 5;
    const seen: number[] = [];
    const ctx = { ...store.ctx, chunk };
    const { result, changeSet } = await write(store.db, ctx, 'test.bulk', (w) =>
      w.createMany('people', drafts(count), (n) => seen.push(n)),
    );
    expect(seen).toEqual([chunk, chunk * 2, chunk * 3, count]);
    expect(result).toHaveLength(count);
    expect(changeSet.changes).toHaveLength(count);
    expect(await store.db.people.count()).toBe(count);
    // Validated like any other write: a refused record in the last chunk leaves nothing.
    const bad = drafts(count);
    bad[count - 1] = personDraft({ email: 'not an e-mail' });
    await expect(
      write(store.db, ctx, 'test.bulk', (w) => w.createMany('people', bad)),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await store.db.people.count()).toBe(count);
  });

  it("stores one shared write dot per record, not the schema's copy per field", async () => {
    store = freshStore();
    const [created] = await store.mutate('test.bulk', (w) => w.createMany('people', drafts(1)));
    if (created === undefined) throw new Error('createMany returned the record');
    const stored = await store.db.people.get(created.id);
    const dots = Object.values(stored?.sync?.fields ?? {});
    expect(dots.length).toBeGreaterThan(5);
    // IndexedDB's structured clone keeps shared references: one object read back for all.
    expect(dots.every((dot) => dot === dots[0])).toBe(true);
    expect(dots[0]).toEqual({ by: store.identity().replica, n: 1, at: stored?.createdAt });
  });

  it("draws the ids' random bytes from the store's source, one call per chunk, in order", async () => {
    const drawn: Uint8Array[] = [];
    store = ownStore((n) => {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(Math.random() * 256));
      drawn.push(bytes);
      return bytes;
    });
    await store.ready;
    drawn.length = 0;
    const created = await store.mutate('test.bulk', (w) => w.createMany('people', drafts(COUNT)));
    expect(drawn).toHaveLength(3);
    const hex = drawn
      .flatMap((bytes) => [...bytes])
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect(created.map((p) => p.id)).toEqual(
      created.map((_, i) => `per_${hex.slice(i * 32, i * 32 + 32)}`),
    );
  });

  it('refuses a new record whose id is already stored, and writes none of the batch', async () => {
    // A source that always gives the same bytes: every id comes out the same.
    store = ownStore((n) => new Uint8Array(n));
    await store.ready;
    const existing = await createPerson(store, personDraft({ givenName: 'Kept' }));
    await expect(
      store.mutate('test.bulk', (w) => w.createMany('people', drafts(2))),
    ).rejects.toThrow();
    expect((await store.db.people.toArray()).map((p) => [p.id, p.givenName])).toEqual([
      [existing.id, 'Kept'],
    ]);
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
    const bulkAdd = table.bulkAdd.bind(table);
    let calls = 0;
    // The second chunk's request fails after the database took it, as a full disk would.
    table.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
      calls += 1;
      const request = bulkAdd(...args);
      return calls === 2
        ? request.then(() => {
            throw new Error('disk full');
          })
        : request;
    }) as typeof table.bulkAdd;
    await expect(
      store.mutate('test.bulk', (w) => w.createMany('people', drafts(COUNT))),
    ).rejects.toThrow('disk full');
    table.bulkAdd = bulkAdd;
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
