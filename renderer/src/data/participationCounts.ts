// How many live participations each person has, for the People table, counted off the window's
// thread. Reading 150,000 participation records in the window to count them was most of what
// it allocated while People loaded at L, and the garbage collection of those pages made the
// longest tasks of the load (bench profile): a worker reads and counts them, and the window
// receives one number per person. The window asks again whenever the participations change
// (Dexie's storagemutated event, which also carries writes made in workers and other windows).
import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { PlenaryDB } from './db';
import { eachLivePage } from './livePages';

export type ParticipationCounts = ReadonlyMap<string, number>;

export type CountRequest = { id: number; dbName: string };
/** Counts as two parallel arrays: the numbers travel as a transferred buffer. */
export type CountReply =
  | { id: number; ok: true; personIds: string[]; counts: Uint32Array }
  | { id: number; ok: false; message: string };

/** Live participations per person id (people without any are absent). */
export async function countLiveParticipations(db: PlenaryDB): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await eachLivePage(db.participations, (live) => {
    for (const p of live) counts.set(p.personId, (counts.get(p.personId) ?? 0) + 1);
  });
  return counts;
}

export function packCounts(counts: ParticipationCounts): {
  personIds: string[];
  counts: Uint32Array;
} {
  const personIds = [...counts.keys()];
  const numbers = new Uint32Array(personIds.length);
  personIds.forEach((id, i) => (numbers[i] = counts.get(id) ?? 0));
  return { personIds, counts: numbers };
}

export function unpackCounts(
  personIds: readonly string[],
  counts: Uint32Array,
): Map<string, number> {
  if (personIds.length !== counts.length) throw new Error('participation counts: lengths differ');
  const out = new Map<string, number>();
  personIds.forEach((id, i) => out.set(id, counts[i] ?? 0));
  return out;
}

/** Whether a storagemutated notice concerns `table` of database `dbName`. */
export function touchesTable(parts: ObservabilitySet, dbName: string, table: string): boolean {
  const prefix = `idb://${dbName}/${table}/`;
  // 'all' is what Dexie announces when every database may have changed (a page back from bfcache).
  return Object.keys(parts).some((key) => key === 'all' || key.startsWith(prefix));
}

export type CountSource = (db: PlenaryDB) => Promise<Map<string, number>>;

/**
 * Calls `onCounts` with the counts now and after every write to the participations, until the
 * returned function is called. A write during a count makes one more count after it (never two
 * at once, and a stale result is not reported). A count that fails is reported to `onError`.
 */
export function watchParticipationCounts(
  db: PlenaryDB,
  count: CountSource,
  onCounts: (counts: ParticipationCounts) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        try {
          const counts = await count(db);
          if (!stopped && !again) onCounts(counts);
        } catch (error) {
          if (!stopped) onError(error);
        }
      } while (again && !stopped);
    } finally {
      running = false;
    }
  };
  const listener = (parts: ObservabilitySet) => {
    if (!stopped && touchesTable(parts, db.name, 'participations')) void run();
  };
  Dexie.on.storagemutated.subscribe(listener);
  void run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}

/**
 * A CountSource backed by a worker of its own (null where workers are unavailable); `close`
 * ends the worker. Replies are matched to requests by id.
 */
export function workerCountSource(): { count: CountSource; close: () => void } | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./participationCounts.worker.ts', import.meta.url), {
    type: 'module',
  });
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (m: Map<string, number>) => void; reject: (e: Error) => void }
  >();
  worker.onmessage = (event: MessageEvent<CountReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (pending === undefined) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(unpackCounts(reply.personIds, reply.counts));
    else pending.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const pending of waiting.values())
      pending.reject(new Error('participation counts: worker failed'));
    waiting.clear();
  };
  return {
    count: (db) =>
      new Promise((resolve, reject) => {
        next += 1;
        waiting.set(next, { resolve, reject });
        worker.postMessage({ id: next, dbName: db.name } satisfies CountRequest);
      }),
    close: () => {
      worker.terminate();
      for (const pending of waiting.values())
        pending.reject(new Error('participation counts: closed'));
      waiting.clear();
    },
  };
}
