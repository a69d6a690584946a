import { afterEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../renderer/src/data/store';
import { createEvent, deleteEvent, emptyEventDraft, updateEvent } from '../../../renderer/src/data/repo/events';
import { addParticipants, updateParticipation } from '../../../renderer/src/data/repo/participations';
import { deleteOrganisation } from '../../../renderer/src/data/repo/organisations';
import { IntegrityError, ValidationError } from '../../../renderer/src/data/errors';
import { freshStore, seedSmallWorkspace } from './fixtures';

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

describe('events and participations', () => {
  it('refuses a session without an event and a session directly under a process', async () => {
    store = freshStore();
    const { process } = await seedSmallWorkspace(store);
    await expect(
      createEvent(store, { ...emptyEventDraft(), name: 'Room A', kind: 'breakout-room' }),
    ).rejects.toBeInstanceOf(IntegrityError);
    await expect(
      createEvent(store, { ...emptyEventDraft(process), name: 'Room A', kind: 'breakout-room' }),
    ).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses an end date before the start date', async () => {
    store = freshStore();
    await expect(
      createEvent(store, { ...emptyEventDraft(), name: 'P', startDate: '2026-05-02', endDate: '2026-05-01' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses to make an event its own ancestor', async () => {
    store = freshStore();
    const { process } = await seedSmallWorkspace(store);
    await expect(updateEvent(store, process.id, { parentId: process.id })).rejects.toBeInstanceOf(
      IntegrityError,
    );
  });

  it('adds people to an event once, and changes their role and status', async () => {
    store = freshStore();
    const { person, podium } = await seedSmallWorkspace(store);
    const [p] = await addParticipants(store, podium.id, [person.id], 'speaker', 'invited');
    await expect(
      addParticipants(store, podium.id, [person.id], 'moderator', 'invited'),
    ).rejects.toBeInstanceOf(IntegrityError);
    const updated = await updateParticipation(store, p!.id, { role: 'moderator', status: 'confirmed' });
    expect(updated).toMatchObject({ role: 'moderator', status: 'confirmed', revision: 2 });
  });

  it('deleting an event removes its sessions and all their participations', async () => {
    store = freshStore();
    const { person, other, conference, podium, process } = await seedSmallWorkspace(store);
    await addParticipants(store, podium.id, [person.id], 'speaker', 'confirmed');
    await addParticipants(store, conference.id, [other.id], 'participant', 'confirmed');
    await addParticipants(store, process.id, [other.id], 'participant', 'confirmed');
    await deleteEvent(store, conference.id);
    const events = (await store.db.events.toArray()).filter((e) => e.deletedAt === null);
    expect(events.map((e) => e.name)).toEqual(['Guidelines process']);
    const parts = (await store.db.participations.toArray()).filter((p) => p.deletedAt === null);
    expect(parts.map((p) => p.eventId)).toEqual([process.id]);
    await store.undo();
    expect((await store.db.events.toArray()).filter((e) => e.deletedAt === null)).toHaveLength(3);
  });

  it('deleting an organisation removes it from affiliations in the same transaction', async () => {
    store = freshStore();
    const { org, person } = await seedSmallWorkspace(store);
    await deleteOrganisation(store, org.id);
    expect((await store.db.people.get(person.id))?.affiliations).toEqual([]);
    await store.undo();
    expect((await store.db.people.get(person.id))?.affiliations).toHaveLength(1);
  });
});
