// Live queries for components. Each returns null while loading, then the live (non-tombstoned)
// records, and re-renders when the database changes.
import { createContext, useContext, useSyncExternalStore } from 'react';
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
import type { WorkspaceInfo } from './db';

export const StoreContext = createContext<DataStore | null>(null);

export function useStore(): DataStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore() needs a <StoreContext.Provider>');
  return store;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
  rows.filter((r) => r.deletedAt === null);

export function usePeople(): Person[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.people.toArray()), [db], null);
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

export function useOrganisations(): Organisation[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.organisations.toArray()), [db], null);
}

export function useEvents(): PlenaryEvent[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.events.toArray()), [db], null);
}

export function useParticipations(): Participation[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.participations.toArray()), [db], null);
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

export function useRelationships(): Relationship[] | null {
  const { db } = useStore();
  return useLiveQuery(async () => live(await db.relationships.toArray()), [db], null);
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
