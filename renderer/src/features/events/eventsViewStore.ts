// The Events view's state that outlives a visit to another section: which rows are open, the
// search, the tab of the event panel, whether sessions' participants show, and where "Add
// session" adds.
import { create } from 'zustand';
import type { EventId, PlenaryEvent } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';

export type EventTab = 'participants' | 'details';

export type EventsViewState = {
  /** Explicit open/closed choices; rows without one follow `isExpanded`'s default. */
  expanded: Record<string, boolean>;
  query: string;
  tab: EventTab;
  includeSessions: boolean;
  /** The parent a new event is created under (set by "Add session" / "Add event"). */
  newParentId: EventId | null;
  setExpanded: (ids: readonly EventId[], open: boolean) => void;
  setQuery: (query: string) => void;
  setTab: (tab: EventTab) => void;
  setIncludeSessions: (include: boolean) => void;
  setNewParentId: (id: EventId | null) => void;
};

export const useEventsView = create<EventsViewState>()((set) => ({
  expanded: {},
  query: '',
  tab: 'participants',
  includeSessions: false,
  newParentId: null,
  setExpanded: (ids, open) =>
    set((s) => ({
      expanded: { ...s.expanded, ...Object.fromEntries(ids.map((id) => [id, open])) },
    })),
  setQuery: (query) => set({ query }),
  setTab: (tab) => set({ tab }),
  setIncludeSessions: (includeSessions) => set({ includeSessions }),
  setNewParentId: (newParentId) => set({ newParentId }),
}));

/** Processes start open (so their events show); everything else starts closed. */
export function isExpanded(expanded: Record<string, boolean>, event: PlenaryEvent): boolean {
  return expanded[event.id] ?? eventLevel(event.kind) === 0;
}
