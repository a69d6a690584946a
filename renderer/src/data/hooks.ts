// Live queries for components. Each returns null while loading, then the live (non-tombstoned)
// records, and re-renders when the database changes.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Collection, EntityTable, IDType, InsertType } from 'dexie';
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
import type { WorkspaceInfo } from './db';

export const StoreContext = createContext<DataStore | null>(null);

export function useStore(): DataStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore() needs a <StoreContext.Provider>');
  return store;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
  rows.filter((r) => r.deletedAt === null);

/**
 * Records per read of the large tables: ten to twenty milliseconds of deserialising each (a
 * busy machine stretched pages of 2,000 past the 200 ms a task may take).
 */
export const READ_PAGE = 1_000;

/**
 * Every live record of a table, read in pages of READ_PAGE in key order. One getAll of 50,000
 * people or 150,000 participations is deserialised in a single main-thread task of several
 * seconds (the bench's profile of opening People at L); pages split that into short tasks, so
 * the window keeps answering while a large workspace loads. The live query re-runs on any
 * write to the table, so pages read around a write still end in a consistent result.
 * `onPage` hears how many records (tombstones included) have been read so far, for progress.
 */
export async function readLive<T extends { id: string; deletedAt: string | null }>(
  table: EntityTable<T, 'id'>,
  onPage?: (read: number) => void,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  let read = 0;
  for (;;) {
    const query: Collection<T, IDType<T, 'id'>, InsertType<T, 'id'>> = after === null
      ? table.orderBy(':id')
      : table.where(':id').above(after);
    const page: T[] = await query.limit(READ_PAGE).toArray();
    for (const record of page) if (record.deletedAt === null) out.push(record);
    read += page.length;
    onPage?.(read);
    const last: T | undefined = page[page.length - 1];
    if (page.length < READ_PAGE || last === undefined) return out;
    after = last.id;
  }
}

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
