// The Network view's choices, kept while the user visits other sections. The filters live in the
// store shared with the People table (features/filters/filterStore.ts), so a filter set on either
// screen applies on both; `set` routes them there.
import { create } from 'zustand';
import { useSharedFilters } from '../filters/filterStore';
import type { NetworkViewState } from './networkView';
import { DEFAULT_VIEW } from './networkView';

type Extras = { hops: 1 | 2; webgl: boolean };
export type NetworkViewStore = NetworkViewState &
  Extras & { set: (patch: Partial<NetworkViewState & Extras>) => void };

type OwnState = Omit<NetworkViewStore, 'filters'>;

const useOwnView = create<OwnState>()((set) => ({
  lens: DEFAULT_VIEW.lens,
  hiddenTypes: DEFAULT_VIEW.hiddenTypes,
  schemeKey: DEFAULT_VIEW.schemeKey,
  layout: DEFAULT_VIEW.layout,
  groupBy: DEFAULT_VIEW.groupBy,
  colourBy: DEFAULT_VIEW.colourBy,
  sizeBy: DEFAULT_VIEW.sizeBy,
  hops: 1,
  webgl: false,
  set: ({ filters, ...rest }) => {
    if (filters !== undefined) useSharedFilters.getState().setFilters(filters);
    set(rest);
  },
}));

export function useNetworkView(): NetworkViewStore {
  const own = useOwnView();
  const filters = useSharedFilters((s) => s.filters);
  return { ...own, filters };
}
