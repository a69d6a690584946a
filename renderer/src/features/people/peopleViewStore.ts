// The People view's search, sort and filters, kept while the user visits other sections.
import { create } from 'zustand';
import { EMPTY_FILTERS } from './peopleFilters';
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

export const usePeopleView = create<PeopleViewState>()((set) => ({
  query: '',
  sort: DEFAULT_SORT,
  filters: EMPTY_FILTERS,
  filtersOpen: false,
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
  setFilters: (filters) => set({ filters }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
}));
