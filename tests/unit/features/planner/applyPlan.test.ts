// Applying a plan writes every invitation in one transaction that one undo reverts.
import { describe, expect, it } from 'vitest';
import { addParticipants } from '../../../../renderer/src/data/repo/participations';
import { createPerson } from '../../../../renderer/src/data/repo/people';
import { applyPlan } from '../../../../renderer/src/features/planner/applyPlan';
import { freshStore, personDraft, seedSmallWorkspace } from '../../data/fixtures';

describe('applyPlan', () => {
  it('invites new people, moves shortlisted ones on, leaves confirmed ones, and undoes in one step', async () => {
    const store = freshStore();
    const { conference, person, other } = await seedSmallWorkspace(store);
    const third = await createPerson(
      store,
      personDraft({ givenName: 'Lena', email: 'lena@example.org' }),
    );
    await addParticipants(store, conference.id, [person.id], 'participant', 'shortlisted');
    await addParticipants(store, conference.id, [other.id], 'speaker', 'confirmed');
    const before = store.history.peekUndo();

    const summary = await applyPlan(
      store,
      conference.id,
      [person.id, other.id, third.id],
      'invited',
    );
    expect(summary).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const rows = await store.db.participations.where('eventId').equals(conference.id).toArray();
    const statusOf = (id: string) =>
      rows.find((r) => r.personId === id && r.deletedAt === null)?.status;
    expect(statusOf(person.id)).toBe('invited');
    expect(statusOf(other.id)).toBe('confirmed');
    expect(statusOf(third.id)).toBe('invited');
    expect(store.history.peekUndo()?.label).toBe('planner.history.apply');

    await store.undo();
    expect(store.history.peekUndo()).toBe(before);
    const after = await store.db.participations.where('eventId').equals(conference.id).toArray();
    const live = after.filter((r) => r.deletedAt === null);
    expect(live.map((r) => [r.personId, r.status]).sort()).toEqual(
      [
        [person.id, 'shortlisted'],
        [other.id, 'confirmed'],
      ].sort(),
    );
  });

  it('writes nothing when one person is missing', async () => {
    const store = freshStore();
    const { conference, person } = await seedSmallWorkspace(store);
    await expect(
      applyPlan(store, conference.id, [person.id, 'per_missing' as typeof person.id], 'invited'),
    ).rejects.toThrow();
    const rows = await store.db.participations.where('eventId').equals(conference.id).toArray();
    expect(rows).toEqual([]);
  });
});
