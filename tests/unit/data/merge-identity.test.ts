// Who writes: a name and device label people read, and a random per-installation replica id the
// merge bookkeeping counts by — so two colleagues who both call their machine "Laptop" still merge
// correctly.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/data/db';
import { DEFAULT_DEVICE_LABEL, createStore, identityStamp } from '../../../renderer/src/data/store';
import type { DataStore } from '../../../renderer/src/data/store';
import { createPerson, updatePerson } from '../../../renderer/src/data/repo/people';
import { readWorkspace } from '../../../renderer/src/data/repo/workspace';
import {
  applyMerge,
  buildExchangeFile,
  listWriters,
  previewMerge,
} from '../../../renderer/src/data/repo/merge';
import { snapshot } from '../shared/merge/replica';
import { personDraft, seedSmallWorkspace } from './fixtures';

let counter = 0;
function installation(): { store: DataStore; name: string } {
  counter += 1;
  const name = `plenary-identity-${counter}-${Math.random().toString(36).slice(2)}`;
  let tick = 0;
  const store = createStore(openDatabase(name), {
    now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, 0, tick++ * 7 + counter)).toISOString(),
  });
  return { store, name };
}

describe('identity', () => {
  it('creates the replica id once, keeps it across restarts, and stamps name and label', async () => {
    const { store, name } = installation();
    await store.ready;
    const first = store.identity();
    expect(first).toMatchObject({ name: '', label: DEFAULT_DEVICE_LABEL, confirmedAt: null });
    expect(first.replica).toMatch(/^rep_[0-9a-f]{16}$/);

    await store.setIdentity({ name: '  Amina Otieno ', label: 'Nairobi laptop' });
    expect(store.identity()).toMatchObject({ name: 'Amina Otieno', label: 'Nairobi laptop' });
    expect(store.identity().confirmedAt).not.toBeNull();
    const person = await createPerson(store, personDraft());
    expect(person.updatedBy).toBe('Amina Otieno (Nairobi laptop)');
    expect(Object.keys(person.sync!.vv)).toEqual([first.replica]);

    store.db.close();
    const again = createStore(openDatabase(name));
    await again.ready;
    expect(again.identity()).toMatchObject({
      replica: first.replica,
      name: 'Amina Otieno',
      label: 'Nairobi laptop',
    });
    // The Settings label field changes the label only.
    await again.setDeviceLabel('Office desktop');
    expect(again.ctx.device()).toBe('Amina Otieno (Office desktop)');
    again.db.close();
  });

  it('a skipped prompt leaves a label per installation, never an empty one', async () => {
    const { store } = installation();
    await store.ready;
    await store.setIdentity({ name: '', label: '   ' });
    const { label, replica, confirmedAt } = store.identity();
    expect(label).toBe(`Device ${replica.slice(-4).toUpperCase()}`);
    expect(confirmedAt).not.toBeNull();
    expect(identityStamp({ name: '', label })).toBe(label);
  });

  it('an installation from before the split keeps its label and gets a replica id', async () => {
    const name = `plenary-identity-legacy-${Math.random().toString(36).slice(2)}`;
    const db = openDatabase(name);
    await db.meta.put({ key: 'device', value: { label: 'Field laptop' } });
    const store = createStore(db);
    await store.ready;
    expect(store.identity()).toMatchObject({ name: '', label: 'Field laptop', confirmedAt: null });
    expect(store.ctx.device()).toBe('Field laptop');
    expect(store.identity().replica).toMatch(/^rep_/);
    db.close();
  });
});

describe('two colleagues with the same device label', () => {
  it('are two writers: their edits merge field by field and conflict where they should', async () => {
    const a = installation().store;
    const b = installation().store;
    await a.setIdentity({ name: 'Amina', label: 'Laptop' });
    await b.setIdentity({ name: 'Kofi', label: 'Laptop' });
    expect(a.identity().replica).not.toBe(b.identity().replica);

    const { person, other } = await seedSmallWorkspace(a);
    await applyMerge(b, (await buildExchangeFile(a, null)).file, {}, 'a.json');
    // With the label as the writer id, Kofi's one edit ("Laptop's 2nd write") would look already
    // seen by Amina's workspace (which has "Laptop's" 3rd) and be lost without a question.
    await updatePerson(a, person.id, { phone: '+254 0' });
    await updatePerson(a, person.id, { phone: '+254 1' });
    await updatePerson(b, person.id, { phone: '+254 2' });
    await updatePerson(b, other.id, { notes: 'Kofi only' });

    const fromB = (await buildExchangeFile(b, null)).file;
    expect(fromB.team?.writers[b.identity().replica]).toBe('Kofi (Laptop)');
    const plan = await previewMerge(a, fromB.data);
    expect(plan.preview.conflicts).toHaveLength(1);
    expect(plan.preview.conflicts[0]).toMatchObject({
      field: 'phone',
      mine: '+254 1',
      theirs: '+254 2',
      mineBy: a.identity().replica,
      theirsBy: b.identity().replica,
    });
    await applyMerge(a, fromB, { choices: { [plan.preview.conflicts[0]!.key]: 'mine' } }, 'b.json');
    // Amina now knows Kofi's name for his replica id (shown in later conflicts).
    expect((await listWriters(a))[b.identity().replica]).toBe('Kofi (Laptop)');

    await applyMerge(b, (await buildExchangeFile(a, null)).file, {}, 'a2.json');
    const final = snapshot(await readWorkspace(a));
    expect(snapshot(await readWorkspace(b))).toBe(final);
    const merged = (await readWorkspace(b)).people.find((p) => p.id === person.id);
    expect(merged?.phone).toBe('+254 1');
    expect((await readWorkspace(b)).people.find((p) => p.id === other.id)?.notes).toBe('Kofi only');
  });
});
