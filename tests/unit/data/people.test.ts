import { afterEach, describe, expect, it } from 'vitest';
import type { DataStore } from '../../../renderer/src/data/store';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/src/data/repo/people';
import { addParticipants } from '../../../renderer/src/data/repo/participations';
import { ValidationError, IntegrityError } from '../../../renderer/src/data/errors';
import type { OrganisationId } from '@shared/domain/model';
import { freshStore, personDraft, seedSmallWorkspace } from './fixtures';

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

describe('people repository', () => {
  it('creates a person with bookkeeping fields and reads it back', async () => {
    store = freshStore();
    const p = await createPerson(store, personDraft({ nationalities: ['KE', 'DE'] as never }));
    const row = await store.db.people.get(p.id);
    expect(row).toMatchObject({
      givenName: 'Amina',
      familyName: 'Otieno',
      nationalities: ['KE', 'DE'],
      revision: 1,
      updatedBy: 'test-device',
      deletedAt: null,
    });
    expect(p.id).toMatch(/^per_[0-9a-f]{32}$/);
  });

  it('refuses an invalid person and writes nothing', async () => {
    store = freshStore();
    await expect(
      createPerson(store, personDraft({ familyName: '  ', email: 'not-an-email' })),
    ).rejects.toBeInstanceOf(ValidationError);
    const err = await createPerson(store, personDraft({ familyName: '', email: 'x@' })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    const paths = (err as ValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['email', 'familyName']);
    expect(await store.db.people.count()).toBe(0);
  });

  it('refuses an unknown country and an affiliation to a missing organisation', async () => {
    store = freshStore();
    await expect(
      createPerson(store, personDraft({ nationalities: ['XX'] as never })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createPerson(
        store,
        personDraft({
          affiliations: [
            { organisationId: `org_${'a'.repeat(32)}` as OrganisationId, title: '', primary: true },
          ],
        }),
      ),
    ).rejects.toBeInstanceOf(IntegrityError);
    expect(await store.db.people.count()).toBe(0);
  });

  it('keeps Namibia (NA) as a country, not a missing value', async () => {
    store = freshStore();
    const p = await createPerson(store, personDraft({ nationalities: ['NA'] as never }));
    expect((await store.db.people.get(p.id))?.nationalities).toEqual(['NA']);
  });

  it('requires a self-description for the self-described gender and drops it otherwise', async () => {
    store = freshStore();
    await expect(
      createPerson(store, personDraft({ gender: 'self-described', genderSelfDescription: '' })),
    ).rejects.toBeInstanceOf(ValidationError);
    const p = await createPerson(
      store,
      personDraft({ gender: 'self-described', genderSelfDescription: 'genderqueer' }),
    );
    const edited = await updatePerson(store, p.id, { gender: 'woman' });
    expect(edited.genderSelfDescription).toBe('');
  });

  it('edits bump the revision and keep createdAt', async () => {
    store = freshStore();
    const p = await createPerson(store, personDraft());
    const edited = await updatePerson(store, p.id, { familyName: 'Wanjiru' });
    expect(edited.revision).toBe(2);
    expect(edited.createdAt).toBe(p.createdAt);
    expect(edited.updatedAt > p.updatedAt).toBe(true);
  });

  it('deletes a person with their participations and relationships in one transaction', async () => {
    store = freshStore();
    const { person, other, podium, conference } = await seedSmallWorkspace(store);
    await addParticipants(store, podium.id, [person.id, other.id], 'speaker', 'confirmed');
    await addParticipants(store, conference.id, [person.id], 'participant', 'invited');
    await store.mutate('test.relate', (w) =>
      w.create('relationships', {
        from: { type: 'person', id: person.id },
        to: { type: 'person', id: other.id },
        kind: 'colleague',
        label: '',
      }),
    );
    const touched = await deletePerson(store, person.id);
    expect(touched).toBe(4);
    expect((await store.db.people.get(person.id))?.deletedAt).not.toBeNull();
    const liveParts = (await store.db.participations.toArray()).filter((p) => p.deletedAt === null);
    expect(liveParts.map((p) => p.personId)).toEqual([other.id]);
    const liveRels = (await store.db.relationships.toArray()).filter((r) => r.deletedAt === null);
    expect(liveRels).toHaveLength(0);
  });

  it('rolls back every write of a transaction that fails part-way', async () => {
    store = freshStore();
    const { person, podium } = await seedSmallWorkspace(store);
    await addParticipants(store, podium.id, [person.id], 'speaker', 'confirmed');
    const before = await store.db.participations.toArray();
    await expect(
      store.mutate('test.failing', async (w) => {
        await w.remove('people', person.id);
        await w.remove('participations', before[0]!.id);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect((await store.db.people.get(person.id))?.deletedAt).toBeNull();
    expect(await store.db.participations.toArray()).toEqual(before);
    expect(store.history.getSnapshot().undoLabel).toBe('history.addParticipants');
  });
});
