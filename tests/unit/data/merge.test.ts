// The data layer's side of team merging: the writer keeps the merge bookkeeping on every write.
import { describe, expect, it } from 'vitest';
import { covers } from '@shared/merge/clock';
import { planMerge } from '@shared/merge/merge';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/src/data/repo/people';
import { readWorkspace } from '../../../renderer/src/data/repo/workspace';
import {
  applyMerge,
  buildExchangeFile,
  listMergeHistory,
  listShares,
  previewMerge,
  recordShare,
  undoMerge,
} from '../../../renderer/src/data/repo/merge';
import { createStore } from '../../../renderer/src/data/store';
import type { DataStore } from '../../../renderer/src/data/store';
import { ValidationError } from '../../../renderer/src/data/errors';
import { emptyWorkspaceData } from '@shared/domain/model';
import { snapshot } from '../shared/merge/replica';
import { freshStore, personDraft, seedSmallWorkspace } from './fixtures';

describe('writer bookkeeping for merges', () => {
  it('stamps creation, field edits, deletion and undo as writes of this device', async () => {
    const store = freshStore();
    const person = await createPerson(store, personDraft());
    // Counted under the installation's replica id; people read the device label.
    const me = store.identity().replica;
    expect(me).toMatch(/^rep_[0-9a-f]{16}$/);
    expect(person.updatedBy).toBe('test-device');
    expect(person.sync?.vv).toEqual({ [me]: 1 });
    expect(person.sync?.fields.email).toEqual({ by: me, n: 1, at: person.createdAt });

    const edited = await updatePerson(store, person.id, { phone: '+254 700' });
    expect(edited.sync?.vv).toEqual({ [me]: 2 });
    expect(edited.sync?.fields.phone?.n).toBe(2);
    // Untouched fields keep the write that set them.
    expect(edited.sync?.fields.email?.n).toBe(1);

    await deletePerson(store, person.id);
    const [tomb] = (await readWorkspace(store)).people;
    expect(tomb?.sync?.fields.deletedAt?.n).toBe(3);

    await store.undo();
    const [restored] = (await readWorkspace(store)).people;
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.sync?.vv[me]).toBe(4);
    // The restore has seen the deletion: merging the tombstone back in does not delete it again.
    expect(covers(restored!.sync!, tomb!.sync!.fields.deletedAt!)).toBe(true);
    const plan = planMerge(await readWorkspace(store), {
      ...(await readWorkspace(store)),
      people: [tomb!],
    });
    expect(plan.preview.deleted).toEqual([]);
    expect(plan.preview.conflicts).toEqual([]);
  });
});

function colleague(device: string): DataStore {
  const base = freshStore();
  let tick = 0;
  return createStore(base.db, {
    now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, 0, tick++ * 7)).toISOString(),
    device: () => device,
  });
}

async function people(store: DataStore) {
  return snapshot({ ...(await readWorkspace(store)) });
}

describe('applying merges', () => {
  it('two colleagues exchange files, resolve a conflict and end identical', async () => {
    const amina = colleague('Amina');
    const kofi = colleague('Kofi');
    const { person } = await seedSmallWorkspace(amina);
    const first = await buildExchangeFile(amina, null);
    await applyMerge(kofi, first.file, {}, 'first.json');
    expect(await people(kofi)).toBe(await people(amina));

    await updatePerson(amina, person.id, { phone: '+254 1' });
    await updatePerson(kofi, person.id, { phone: '+254 2', notes: 'Kofi was here' });

    const fromKofi = await buildExchangeFile(kofi, null);
    const plan = await previewMerge(amina, fromKofi.file.data);
    expect(plan.preview.conflicts.map((c) => c.field)).toEqual(['phone']);
    const key = plan.preview.conflicts[0]!.key;
    const entry = await applyMerge(
      amina,
      fromKofi.file,
      { choices: { [key]: 'mine' } },
      'kofi.json',
    );
    expect(entry).toMatchObject({ by: 'Amina', from: 'Kofi', fileName: 'kofi.json' });
    expect(entry.counts).toMatchObject({ updated: 1, conflicts: 1 });

    const fromAmina = await buildExchangeFile(amina, null);
    const back = await previewMerge(kofi, fromAmina.file.data);
    expect(back.preview.conflicts).toEqual([]);
    await applyMerge(kofi, fromAmina.file, {}, 'amina.json');
    expect(await people(kofi)).toBe(await people(amina));
    const final = (await readWorkspace(kofi)).people.find((p) => p.id === person.id);
    expect(final).toMatchObject({ phone: '+254 1', notes: 'Kofi was here' });
    expect(await listMergeHistory(amina)).toHaveLength(1);
  });

  it('writes nothing when a merged record is invalid', async () => {
    const amina = colleague('Amina');
    const { person } = await seedSmallWorkspace(amina);
    const before = await people(amina);
    const bad = { ...person, id: 'per_' + 'f'.repeat(32), familyName: '' } as typeof person;
    const file = { exportedBy: 'Kofi', data: { ...emptyWorkspaceData(), people: [bad] } };
    await expect(applyMerge(amina, file, {}, 'bad.json')).rejects.toBeInstanceOf(ValidationError);
    expect(await people(amina)).toBe(before);
    expect(await listMergeHistory(amina)).toEqual([]);
  });

  it('"undo this merge" restores the pre-merge workspace', async () => {
    const amina = colleague('Amina');
    const kofi = colleague('Kofi');
    const { person } = await seedSmallWorkspace(amina);
    await applyMerge(kofi, (await buildExchangeFile(amina, null)).file, {}, 'a.json');
    await deletePerson(kofi, person.id);
    const before = await people(amina);
    const entry = await applyMerge(amina, (await buildExchangeFile(kofi, null)).file, {}, 'k.json');
    expect(entry.counts.deleted).toBe(1);
    expect(await people(amina)).not.toBe(before);
    const replica = amina.identity().replica;
    await undoMerge(amina, entry.id);
    expect(await people(amina)).toBe(before);
    // Later writes are counted afresh: the old id's later numbers may already be out there.
    expect(amina.identity().replica).not.toBe(replica);
    expect(amina.identity().replica).toMatch(/^rep_[0-9a-f]{16}$/);
    const [undone] = await listMergeHistory(amina);
    expect(undone).toMatchObject({ id: entry.id, restorable: false });
    expect(undone?.undoneAt).not.toBeNull();
    await expect(undoMerge(amina, entry.id)).rejects.toThrow(RangeError);
  });

  it('an exchange file since a date holds local edits and what merges brought in since', async () => {
    const amina = colleague('Amina');
    const kofi = colleague('Kofi');
    const { person, other } = await seedSmallWorkspace(amina);
    await applyMerge(kofi, (await buildExchangeFile(amina, null)).file, {}, 'a.json');
    const since = amina.ctx.now();
    await recordShare(amina, 'Kofi', since);
    expect(await listShares(amina)).toEqual({ Kofi: since });
    await updatePerson(amina, person.id, { notes: 'mine' });
    const delta = await buildExchangeFile(amina, since);
    expect(delta.records).toBe(1);
    expect(delta.file.data.people.map((p) => p.id)).toEqual([person.id]);
    // A record Kofi changed before `since` but that reached Amina by a merge after it.
    await updatePerson(kofi, other.id, { notes: 'kofi' });
    await applyMerge(amina, (await buildExchangeFile(kofi, null)).file, {}, 'k.json');
    const ids = (await buildExchangeFile(amina, since)).file.data.people.map((p) => p.id);
    expect(ids.sort()).toEqual([person.id, other.id].sort());
  });
});
