// The filters the People table and the Network view share: one store, so that a filter set on
// either screen applies on the other, and both keep it while the user visits other sections.
import { create } from 'zustand';
import { NO_FILTERS } from '@shared/graph/filters';
import type { PersonFilters } from '@shared/graph/filters';

export type SharedFiltersState = {
  filters: PersonFilters;
  setFilters: (filters: PersonFilters) => void;
  clearFilters: () => void;
};

export const useSharedFilters = create<SharedFiltersState>()((set) => ({
  filters: NO_FILTERS,
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: NO_FILTERS }),
}));
