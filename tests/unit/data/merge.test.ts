// The data layer's side of team merging: the writer keeps the merge bookkeeping on every write.
import { describe, expect, it } from 'vitest';
import { covers } from '@shared/merge/clock';
import { planMerge } from '@shared/merge/merge';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/src/data/repo/people';
import { readWorkspace } from '../../../renderer/src/data/repo/workspace';
import { freshStore, personDraft } from './fixtures';

describe('writer bookkeeping for merges', () => {
  it('stamps creation, field edits, deletion and undo as writes of this device', async () => {
    const store = freshStore();
    const person = await createPerson(store, personDraft());
    expect(person.sync?.vv).toEqual({ 'test-device': 1 });
    expect(person.sync?.fields.email).toEqual({ by: 'test-device', n: 1, at: person.createdAt });

    const edited = await updatePerson(store, person.id, { phone: '+254 700' });
    expect(edited.sync?.vv).toEqual({ 'test-device': 2 });
    expect(edited.sync?.fields.phone?.n).toBe(2);
    // Untouched fields keep the write that set them.
    expect(edited.sync?.fields.email?.n).toBe(1);

    await deletePerson(store, person.id);
    const [tomb] = (await readWorkspace(store)).people;
    expect(tomb?.sync?.fields.deletedAt?.n).toBe(3);

    await store.undo();
    const [restored] = (await readWorkspace(store)).people;
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.sync?.vv['test-device']).toBe(4);
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
