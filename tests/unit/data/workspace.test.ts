import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { DataStore } from '../../../renderer/src/data/store';
import {
  countLive,
  ensureWorkspace,
  newEmptyWorkspace,
  readWorkspace,
  replaceWorkspace,
} from '../../../renderer/src/data/repo/workspace';
import { updatePerson } from '../../../renderer/src/data/repo/people';
import { ValidationError } from '../../../renderer/src/data/errors';
import { openDatabase } from '../../../renderer/src/data/db';
import { CURRENT_SCHEMA_VERSION, schemaV1 } from '../../../renderer/src/data/schema';
import { generateDemoWorkspace } from '@shared/demo';
import { TABLE_NAMES } from '@shared/domain/model';
import { freshStore } from './fixtures';

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

describe('workspace lifecycle', () => {
  it('opens the demo on first launch and keeps the user’s edits on the next launch', async () => {
    store = freshStore();
    const info = await ensureWorkspace(store);
    expect(info.origin).toBe('demo');
    const counts = await countLive(store);
    expect(counts.people).toBeGreaterThan(250);
    expect(counts.participations).toBeGreaterThan(700);

    const someone = (await store.db.people.toArray())[0]!;
    await updatePerson(store, someone.id, { familyName: 'Edited' });
    const again = await ensureWorkspace(store);
    expect(again.createdAt).toBe(info.createdAt);
    expect((await store.db.people.get(someone.id))?.familyName).toBe('Edited');
  });

  it('stores the demo exactly as generated: every record of every table', async () => {
    store = freshStore();
    const data = generateDemoWorkspace({ now: '2026-11-28T12:00:00.000Z', deviceLabel: 'demo' });
    await replaceWorkspace(store, data, { name: 'demo', origin: 'demo', createdAt: 'x' });
    const back = await readWorkspace(store);
    for (const table of TABLE_NAMES) {
      const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(back[table] as { id: string }[]), table).toEqual(byId(data[table] as { id: string }[]));
    }
  });

  it('refuses a workspace with one invalid record and leaves the current one untouched', async () => {
    store = freshStore();
    await ensureWorkspace(store);
    const before = await readWorkspace(store);
    const bad = generateDemoWorkspace({ now: '2026-11-28T12:00:00.000Z' });
    bad.people[bad.people.length - 1] = { ...bad.people.at(-1)!, nationalities: ['ZZ'] as never };
    await expect(
      replaceWorkspace(store, bad, { name: 'bad', origin: 'file', createdAt: 'x' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await readWorkspace(store)).toEqual(before);
  });

  it('starts an empty workspace and clears the undo history', async () => {
    store = freshStore();
    await ensureWorkspace(store);
    const someone = (await store.db.people.toArray())[0]!;
    await updatePerson(store, someone.id, { familyName: 'Edited' });
    expect(store.history.getSnapshot().canUndo).toBe(true);
    await newEmptyWorkspace(store, 'Nairobi');
    expect(Object.values(await countLive(store)).every((n) => n === 0)).toBe(true);
    expect(store.history.getSnapshot().canUndo).toBe(false);
    expect((await ensureWorkspace(store)).name).toBe('Nairobi');
  });
});

describe('schema', () => {
  it('opens at the current version with every table of the data model', async () => {
    const db = openDatabase(`schema-test-${Math.random()}`);
    store = { db } as DataStore;
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, 'meta', 'exportLog'].sort());
    expect(db.people.schema.indexes.map((i) => i.name)).toEqual(['familyName', 'updatedAt']);
    expect(db.participations.schema.indexes.map((i) => i.name)).toEqual(['personId', 'eventId', 'updatedAt']);
  });

  it('version 1 is frozen: its table definitions never change', () => {
    // Editing a published schema version corrupts existing databases; add a new version instead.
    expect(schemaV1).toEqual({
      people: 'id, familyName, updatedAt',
      organisations: 'id, name, parentId, updatedAt',
      events: 'id, parentId, updatedAt',
      participations: 'id, personId, eventId, updatedAt',
      relationships: 'id, from.id, to.id, updatedAt',
      targets: 'id, eventId, updatedAt',
      regionSchemes: 'id, updatedAt',
      savedViews: 'id, view, updatedAt',
      meta: 'key',
    });
  });

  it('reopens an existing version-1 database with its rows intact', async () => {
    const name = `reopen-test-${Math.random()}`;
    const first = openDatabase(name);
    await first.meta.put({ key: 'device', value: { label: 'field laptop' } });
    first.close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    raw.close();
    const second = openDatabase(name);
    store = { db: second } as DataStore;
    expect(await second.meta.get('device')).toEqual({ key: 'device', value: { label: 'field laptop' } });
  });
});
