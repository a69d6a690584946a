// Erasure against merging: a person erased here must not come back from a colleague's older file,
// and a colleague's erasure reaches this workspace through their exchange file — including the
// pre-merge snapshot kept for "undo this merge".
import { describe, expect, it } from 'vitest';
import { addParticipants } from '../../../renderer/src/data/repo/participations';
import { updatePerson } from '../../../renderer/src/data/repo/people';
import { erasePerson } from '../../../renderer/src/data/repo/erase';
import { readWorkspace } from '../../../renderer/src/data/repo/workspace';
import {
  applyMerge,
  buildExchangeFile,
  listErased,
  previewMerge,
  undoMerge,
} from '../../../renderer/src/data/repo/merge';
import { createStore } from '../../../renderer/src/data/store';
import type { DataStore } from '../../../renderer/src/data/store';
import { parseExchangeFile } from '@shared/merge/exchange';
import { freshStore, seedSmallWorkspace } from './fixtures';

function colleague(device: string): DataStore {
  const base = freshStore();
  let tick = 0;
  return createStore(base.db, {
    now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, 0, tick++ * 7)).toISOString(),
    device: () => device,
  });
}

async function dump(store: DataStore): Promise<string> {
  const parts: string[] = [];
  for (const table of store.db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

/** Amina and Kofi share a workspace where Amina Otieno is on a panel. */
async function pair() {
  const amina = colleague('Amina');
  const kofi = colleague('Kofi');
  const seed = await seedSmallWorkspace(amina);
  // The fixture's second person shares the default e-mail: give this one her own.
  await updatePerson(amina, seed.person.id, {
    email: 'erase.me@example.org',
    familyName: 'Wanjiru',
  });
  await addParticipants(amina, seed.podium.id, [seed.person.id], 'panelist', 'invited');
  await applyMerge(kofi, (await buildExchangeFile(amina, null)).file, {}, 'a.json');
  return { amina, kofi, ...seed };
}

describe('erasure and merging', () => {
  it("a person erased here does not come back from a colleague's older file", async () => {
    const { amina, kofi, person } = await pair();
    // Kofi edits the person (and adds a participation) before he hears of the erasure.
    await updatePerson(kofi, person.id, { notes: 'Kofi met her again' });
    const older = (await buildExchangeFile(kofi, null)).file;
    await erasePerson(amina, person.id);

    const plan = await previewMerge(amina, older.data, older.team?.erased);
    expect(plan.preview.added).toEqual([]);
    expect(plan.preview.conflicts).toEqual([]);
    await applyMerge(amina, older, {}, 'k.json');
    const after = await dump(amina);
    for (const trace of ['erase.me@example.org', 'Wanjiru', 'Kofi met her again']) {
      expect(after, trace).not.toContain(trace);
    }
    expect(await amina.db.people.get(person.id)).toBeUndefined();
    expect(await amina.db.participations.where('personId').equals(person.id).count()).toBe(0);
  });

  it("a colleague's erasure reaches this workspace through their file, and undo does not undo it", async () => {
    const { amina, kofi, person, other } = await pair();
    await erasePerson(kofi, person.id);
    const text = JSON.stringify((await buildExchangeFile(kofi, null)).file);
    // The file carries the ids alone.
    expect(text).toContain(person.id);
    expect(text).not.toContain('erase.me@example.org');
    const parsed = parseExchangeFile(text);
    if (!parsed.ok) throw new Error(parsed.error.kind);
    expect(parsed.file.team?.erased).toContain(person.id);

    const plan = await previewMerge(amina, parsed.file.data, parsed.file.team?.erased);
    expect(plan.preview.erased).toContainEqual({ table: 'people', id: person.id });
    const entry = await applyMerge(amina, parsed.file, {}, 'k.json');
    expect(entry.counts.deleted).toBe(2); // the person and her participation
    expect(await amina.db.people.get(person.id)).toBeUndefined();
    expect(await listErased(amina)).toContain(person.id);
    // Neither the workspace nor the snapshot kept for "undo this merge" holds her data.
    expect(await dump(amina)).not.toContain('erase.me@example.org');

    await undoMerge(amina, entry.id);
    expect(await amina.db.people.get(person.id)).toBeUndefined();
    expect((await readWorkspace(amina)).people.map((p) => p.id)).toContain(other.id);

    // And when Amina's (pre-erasure) copy travels back to Kofi, she stays erased there too.
    await applyMerge(kofi, (await buildExchangeFile(amina, null)).file, {}, 'a.json');
    expect(await kofi.db.people.get(person.id)).toBeUndefined();
  });

  it('an erasure alone is news for the next exchange file since the last share', async () => {
    const { amina, person } = await pair();
    const since = amina.ctx.now();
    expect(await buildExchangeFile(amina, since)).toMatchObject({ records: 0, erasures: false });
    await erasePerson(amina, person.id);
    const delta = await buildExchangeFile(amina, since);
    expect(delta).toMatchObject({ records: 0, erasures: true });
    expect(delta.file.team?.erased).toContain(person.id);
  });

  it('erasing a person scrubs the pre-merge snapshots kept for "undo this merge"', async () => {
    const { amina, kofi, person, other } = await pair();
    await updatePerson(kofi, other.id, { notes: 'from Kofi' });
    // Amina's snapshot before this merge holds the person.
    const entry = await applyMerge(amina, (await buildExchangeFile(kofi, null)).file, {}, 'k.json');
    await erasePerson(amina, person.id);
    expect(await dump(amina)).not.toContain('erase.me@example.org');
    await undoMerge(amina, entry.id);
    expect(await amina.db.people.get(person.id)).toBeUndefined();
    expect((await amina.db.people.get(other.id))?.notes).not.toBe('from Kofi');
  });
});
