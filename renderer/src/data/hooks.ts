// Live queries for components. Each returns null while loading, then the live (non-tombstoned)
// records, and re-renders when the database changes.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  EventId,
  Organisation,
  Participation,
  Person,
  PersonId,
  PlenaryEvent,
  Relationship,
  Target,
  RegionScheme,
} from '@shared/domain/model';
import type { DataStore } from './store';
import type { HistoryState } from './history';
import type { PlenaryDB, WorkspaceInfo } from './db';
import { readLive } from './livePages';
import {
  countLiveParticipations,
  watchParticipationCounts,
  workerCountSource,
} from './participationCounts';
import type { ParticipationCounts } from './participationCounts';

export const StoreContext = createContext<DataStore | null>(null);

export function useStore(): DataStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore() needs a <StoreContext.Provider>');
  return store;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
  rows.filter((r) => r.deletedAt === null);

export { READ_PAGE, readLive } from './livePages';

/**
 * `onPage` (keep it stable: the first one given is used) hears the records read so far. With
 * `enabled` false nothing is read yet (null): the People table reads its first screen first.
 */
export function usePeople(onPage?: (read: number) => void, enabled = true): Person[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () => (enabled ? readLive(db.people, onPage) : null),
    [db, enabled],
    null,
  );
}

/**
 * How many person records the table holds, tombstones included (for progress); with `enabled`
 * false, not yet (null). IndexedDB counts by walking every record (a fifth of a second at
 * 50,000 people), and the database answers in turn, so the People table asks only once its
 * first screen has been read.
 */
export function usePeopleCount(enabled = true): number | null {
  const { db } = useStore();
  return useLiveQuery(async () => (enabled ? db.people.count() : null), [db, enabled], null);
}

export function usePerson(id: PersonId | null): Person | null | undefined {
  const { db } = useStore();
  return useLiveQuery(
    async () => {
      if (id === null) return undefined;
      const p = await db.people.get(id);
      return p && p.deletedAt === null ? p : undefined;
    },
    [db, id],
    null,
  );
}

/** With `enabled` false nothing is read yet (and null returned). */
export function useOrganisations(enabled = true): Organisation[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () => (enabled ? readLive(db.organisations) : null),
    [db, enabled],
    null,
  );
}

export function useEvents(): PlenaryEvent[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.events.toArray()), [db], null);
}

/** With `enabled` false nothing is read yet (and null returned). */
export function useParticipations(enabled = true): Participation[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () => (enabled ? readLive(db.participations) : null),
    [db, enabled],
    null,
  );
}

/**
 * Live participations per person id, counted in a worker (participationCounts.ts) and counted
 * again after every write to the participations; null until the first count (or with `enabled`
 * false). Where workers are unavailable, or the worker fails, the window counts them itself.
 */
export function useParticipationCounts(enabled = true): ParticipationCounts | null {
  const { db } = useStore();
  const [state, setState] = useState<{ db: PlenaryDB; counts: ParticipationCounts } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let worker = workerCountSource();
    let closed = false;
    // A worker that cannot run here (or fails) hands over to counting in the window.
    const count = async (target: PlenaryDB) => {
      if (worker !== null) {
        try {
          return await worker.count(target);
        } catch (error) {
          if (closed) throw error;
          worker.close();
          worker = null;
        }
      }
      return countLiveParticipations(target);
    };
    const stop = watchParticipationCounts(db, count, (counts) => setState({ db, counts }));
    return () => {
      closed = true;
      stop();
      worker?.close();
    };
  }, [db, enabled]);
  return enabled && state?.db === db ? state.counts : null;
}

/** One person's live participations (for the person panel); [] for null. */
export function useParticipationsOfPerson(personId: PersonId | null): Participation[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () =>
      personId === null
        ? []
        : live(await db.participations.where('personId').equals(personId).toArray()),
    [db, personId],
    null,
  );
}

export function useParticipationsOfEvent(eventId: EventId | null): Participation[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () =>
      eventId === null
        ? []
        : live(await db.participations.where('eventId').equals(eventId).toArray()),
    [db, eventId],
    null,
  );
}

/** With `enabled` false nothing is read (and null returned): for screens that need them later. */
export function useRelationships(enabled = true): Relationship[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () => (enabled ? readLive(db.relationships) : null),
    [db, enabled],
    null,
  );
}

export function useTargets(): Target[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.targets.toArray()), [db], null);
}

export function useRegionSchemes(): RegionScheme[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.regionSchemes.toArray()), [db], null);
}

export function useWorkspaceInfo(): WorkspaceInfo | null | undefined {
  const { db } = useStore();
  return useLiveQuery(
    async () => {
      const row = await db.meta.get('workspace');
      return row?.key === 'workspace' ? row.value : undefined;
    },
    [db],
    null,
  );
}

export function useDeviceLabel(): string | null | undefined {
  const { db } = useStore();
  return useLiveQuery(
    async () => {
      const row = await db.meta.get('device');
      return row?.key === 'device' ? row.value.label : undefined;
    },
    [db],
    null,
  );
}

export function useHistory(): HistoryState {
  const { history } = useStore();
  return useSyncExternalStore(history.subscribe, history.getSnapshot);
}
