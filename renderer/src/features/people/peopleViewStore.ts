// The People view's search and sort, kept while the user visits other sections; its filters live
// in the store it shares with the Network view (features/filters/filterStore.ts).
import { create } from 'zustand';
import { useSharedFilters } from '../filters/filterStore';
import type { PeopleFilters } from './peopleFilters';
import { DEFAULT_SORT } from './peopleTable';
import type { SortState } from './peopleTable';

export type PeopleViewState = {
  query: string;
  sort: SortState;
  filters: PeopleFilters;
  filtersOpen: boolean;
  setQuery: (query: string) => void;
  setSort: (sort: SortState) => void;
  setFilters: (filters: PeopleFilters) => void;
  setFiltersOpen: (open: boolean) => void;
  clearFilters: () => void;
};

type PeopleOwnState = Omit<PeopleViewState, 'filters' | 'setFilters' | 'clearFilters'>;

const usePeopleOwnView = create<PeopleOwnState>()((set) => ({
  query: '',
  sort: DEFAULT_SORT,
  filtersOpen: false,
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
}));

export function usePeopleView(): PeopleViewState {
  const own = usePeopleOwnView();
  const shared = useSharedFilters();
  return {
    ...own,
    filters: shared.filters,
    setFilters: shared.setFilters,
    clearFilters: shared.clearFilters,
  };
}
