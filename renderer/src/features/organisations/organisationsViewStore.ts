// The Organisations view's search, filters and sort, kept while the user visits other sections.
import { create } from 'zustand';
import type { OrganisationFilter, OrganisationSort, OrganisationSortKey } from './organisationList';
import { NO_ORGANISATION_FILTER } from './organisationList';

export type OrganisationsViewState = {
  filter: OrganisationFilter;
  sort: OrganisationSort;
  setFilter: (patch: Partial<OrganisationFilter>) => void;
  clearFilter: () => void;
  /** A click on a column header: sort by it, or flip the direction if it already sorts. */
  toggleSort: (key: OrganisationSortKey) => void;
};

export const useOrganisationsView = create<OrganisationsViewState>()((set) => ({
  filter: NO_ORGANISATION_FILTER,
  sort: { key: 'name', direction: 'asc' },
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: NO_ORGANISATION_FILTER }),
  toggleSort: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' }
          : // Counts read best biggest first; text reads best A to Z.
            { key, direction: key === 'people' ? 'desc' : 'asc' },
    })),
}));
