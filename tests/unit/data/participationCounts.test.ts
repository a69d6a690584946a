// The People table's participation counts (counted in a worker in the app): the live ones per
// person, packed for the worker's reply and back, and counted again after every write to the
// participations — an add, a removal, an undo — but not after writes to other tables.
import { describe, expect, test } from 'vitest';
import type { ObservabilitySet } from 'dexie';
import {
  countLiveParticipations,
  packCounts,
  touchesTable,
  unpackCounts,
  watchParticipationCounts,
} from '../../../renderer/src/data/participationCounts';
import type { ParticipationCounts } from '../../../renderer/src/data/participationCounts';
import {
  addParticipants,
  removeParticipation,
} from '../../../renderer/src/data/repo/participations';
import { updatePerson } from '../../../renderer/src/data/repo/people';
import { eachLivePage, readLive } from '../../../renderer/src/data/livePages';
import { freshStore, seedSmallWorkspace } from './fixtures';

/** Resolves once `condition` holds, checking after each macrotask (at most 200 of them). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(condition()).toBe(true);
}

describe('countLiveParticipations', () => {
  test('counts each person’s live participations, leaving out removed ones', async () => {
    const store = freshStore();
    const { conference, podium, person, other } = await seedSmallWorkspace(store);
    const [first] = await addParticipants(
      store,
      conference.id,
      [person.id, other.id],
      'participant',
      'invited',
    );
    await addParticipants(store, podium.id, [person.id], 'speaker', 'confirmed');
    expect(Object.fromEntries(await countLiveParticipations(store.db))).toEqual({
      [person.id]: 2,
      [other.id]: 1,
    });
    await removeParticipation(store, first!.id);
    expect(Object.fromEntries(await countLiveParticipations(store.db))).toEqual({
      [person.id]: 1,
      [other.id]: 1,
    });
  });

  test('walks the table a page at a time, to the last record', async () => {
    const store = freshStore();
    const { conference, person, other } = await seedSmallWorkspace(store);
    await addParticipants(store, conference.id, [person.id, other.id], 'participant', 'invited');
    const pages: number[] = [];
    const progress: number[] = [];
    await eachLivePage(store.db.participations, (live) => pages.push(live.length), {
      page: 1,
      onPage: (read) => progress.push(read),
    });
    // Two records, pages of one: a third, empty read finds the end.
    expect(pages).toEqual([1, 1, 0]);
    expect(progress).toEqual([1, 2, 2]);
    expect(await readLive(store.db.participations)).toHaveLength(2);
  });
});

describe('packCounts / unpackCounts', () => {
  test('round-trips the counts through parallel arrays', () => {
    const counts = new Map([
      ['person-a', 3],
      ['person-b', 1],
    ]);
    const packed = packCounts(counts);
    expect(packed.counts).toBeInstanceOf(Uint32Array);
    expect(unpackCounts(packed.personIds, packed.counts)).toEqual(counts);
  });

  test('refuses arrays of different lengths', () => {
    expect(() => unpackCounts(['a', 'b'], new Uint32Array(1))).toThrow(/lengths differ/);
  });
});

describe('touchesTable', () => {
  const parts = (...keys: string[]): ObservabilitySet =>
    Object.fromEntries(keys.map((k) => [k, {}])) as ObservabilitySet;
  test('matches the table’s own parts only, in that database', () => {
    expect(touchesTable(parts('idb://w1/participations/'), 'w1', 'participations')).toBe(true);
    expect(touchesTable(parts('idb://w1/participations/personId'), 'w1', 'participations')).toBe(
      true,
    );
    expect(touchesTable(parts('idb://w1/people/'), 'w1', 'participations')).toBe(false);
    expect(touchesTable(parts('idb://w2/participations/'), 'w1', 'participations')).toBe(false);
    expect(touchesTable(parts('all'), 'w1', 'participations')).toBe(true);
  });
});

describe('watchParticipationCounts', () => {
  test('counts at once, again after a write to participations and after its undo, not after other writes', async () => {
    const store = freshStore();
    const { conference, person, other } = await seedSmallWorkspace(store);
    const seen: ParticipationCounts[] = [];
    let counted = 0;
    const stop = watchParticipationCounts(
      store.db,
      (db) => {
        counted += 1;
        return countLiveParticipations(db);
      },
      (counts) => seen.push(counts),
    );
    await until(() => seen.length === 1);
    expect(seen[0]?.size).toBe(0);

    await addParticipants(store, conference.id, [person.id, other.id], 'participant', 'invited');
    await until(() => seen.length === 2);
    expect(seen[1]?.get(person.id)).toBe(1);

    // A person's edit touches no participation: no count.
    await updatePerson(store, person.id, { givenName: 'Aminata' });
    await store.undo(); // undoes the person's edit
    await store.undo(); // undoes the participations
    await until(() => seen.length === 3);
    expect(seen[2]?.size).toBe(0);
    expect(counted).toBe(3);

    stop();
    await addParticipants(store, conference.id, [person.id], 'participant', 'invited');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(3);
  });

  test('a write during a count makes one more count, and the stale result is not reported', async () => {
    const store = freshStore();
    const { conference, podium, person } = await seedSmallWorkspace(store);
    const seen: ParticipationCounts[] = [];
    const release: (() => void)[] = [];
    let counted = 0;
    const stop = watchParticipationCounts(
      store.db,
      async (db) => {
        counted += 1;
        // The first count waits until the test lets it finish.
        if (counted === 1) await new Promise<void>((r) => release.push(r));
        return countLiveParticipations(db);
      },
      (counts) => seen.push(counts),
    );
    await addParticipants(store, conference.id, [person.id], 'participant', 'invited');
    await addParticipants(store, podium.id, [person.id], 'speaker', 'invited');
    await until(() => release.length === 1);
    release[0]?.();
    await until(() => seen.length === 1);
    expect(counted).toBe(2);
    expect(seen[0]?.get(person.id)).toBe(2);
    stop();
  });

  test('reports a failed count to onError', async () => {
    const store = freshStore();
    const errors: unknown[] = [];
    const stop = watchParticipationCounts(
      store.db,
      () => Promise.reject(new Error('no worker')),
      () => undefined,
      (error) => errors.push(error),
    );
    await until(() => errors.length === 1);
    stop();
  });
});
