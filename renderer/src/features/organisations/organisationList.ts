// View-model of the organisations screen: list rows, filtering, sorting, and the hierarchy
// checks the form needs (which parents are allowed, what a delete detaches).
import type {
  Iso2,
  Organisation,
  OrganisationId,
  Person,
  StakeholderGroup,
} from '@shared/domain/model';
import { personDisplayName } from '@shared/domain/model';
import { countryByIso2 } from '@shared/reference/countries';
import { fold } from '../../ui/combobox';

export type OrganisationRow = {
  id: OrganisationId;
  name: string;
  acronym: string;
  type: StakeholderGroup;
  country: Iso2 | null;
  /** Short English name of the country, '' when there is none. */
  countryName: string;
  parentId: OrganisationId | null;
  /** '' for a top-level organisation (or a parent that no longer exists). */
  parentName: string;
  peopleCount: number;
};

export type OrganisationSortKey = 'name' | 'acronym' | 'type' | 'country' | 'parent' | 'people';
export type SortDirection = 'asc' | 'desc';
export type OrganisationSort = { key: OrganisationSortKey; direction: SortDirection };

export type OrganisationFilter = {
  query: string;
  type: StakeholderGroup | null;
  country: Iso2 | null;
};

export const NO_ORGANISATION_FILTER: OrganisationFilter = { query: '', type: null, country: null };

/** How many live people list each organisation among their affiliations. */
export function peopleCountByOrganisation(
  people: readonly Pick<Person, 'affiliations'>[],
): Map<OrganisationId, number> {
  const counts = new Map<OrganisationId, number>();
  for (const p of people) {
    // A person listed twice under one organisation is still one person.
    for (const id of new Set(p.affiliations.map((a) => a.organisationId))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

export function shortCountryName(iso2: string | null): string {
  if (iso2 === null) return '';
  return countryByIso2(iso2)?.commonName ?? iso2;
}

export function buildOrganisationRows(
  organisations: readonly Organisation[],
  people: readonly Pick<Person, 'affiliations'>[],
): OrganisationRow[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const counts = peopleCountByOrganisation(people);
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    type: o.type,
    country: o.country,
    countryName: shortCountryName(o.country),
    parentId: o.parentId,
    parentName: o.parentId === null ? '' : (byId.get(o.parentId)?.name ?? ''),
    peopleCount: counts.get(o.id) ?? 0,
  }));
}

/** Free text matches the name, acronym, parent or country; type and country match exactly. */
export function filterOrganisationRows(
  rows: readonly OrganisationRow[],
  filter: OrganisationFilter,
): OrganisationRow[] {
  const q = fold(filter.query);
  return rows.filter((r) => {
    if (filter.type !== null && r.type !== filter.type) return false;
    if (filter.country !== null && r.country !== filter.country) return false;
    if (q === '') return true;
    return [r.name, r.acronym, r.parentName, r.countryName].some((s) => fold(s).includes(q));
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Sorts by the chosen column; empty values always go last, whatever the direction, and ties
 * fall back to the name so the order is stable. `typeLabel` gives the translated type name.
 */
export function sortOrganisationRows(
  rows: readonly OrganisationRow[],
  sort: OrganisationSort,
  typeLabel: (type: StakeholderGroup) => string,
): OrganisationRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const text = (r: OrganisationRow): string => {
    switch (sort.key) {
      case 'name':
        return r.name;
      case 'acronym':
        return r.acronym;
      case 'type':
        return typeLabel(r.type);
      case 'country':
        return r.countryName;
      case 'parent':
        return r.parentName;
      case 'people':
        return '';
    }
  };
  return [...rows].sort((a, b) => {
    if (sort.key === 'people') {
      const diff = a.peopleCount - b.peopleCount;
      if (diff !== 0) return sign * diff;
    } else {
      const ta = text(a).trim();
      const tb = text(b).trim();
      if (ta === '' && tb !== '') return 1;
      if (tb === '' && ta !== '') return -1;
      const diff = collator.compare(ta, tb);
      if (diff !== 0) return sign * diff;
    }
    return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Countries that occur in the list, with how many organisations each has, by name. */
export function countryFacets(
  rows: readonly OrganisationRow[],
): { iso2: Iso2; name: string; count: number }[] {
  const counts = new Map<Iso2, number>();
  for (const r of rows)
    if (r.country !== null) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
  return [...counts.entries()]
    .map(([iso2, count]) => ({ iso2, name: shortCountryName(iso2), count }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Every organisation below `id` (children, their children…); cycles in bad data are tolerated. */
export function organisationDescendants(
  organisations: readonly Pick<Organisation, 'id' | 'parentId'>[],
  id: OrganisationId,
): Set<OrganisationId> {
  const children = new Map<OrganisationId, OrganisationId[]>();
  for (const o of organisations) {
    if (o.parentId === null) continue;
    const list = children.get(o.parentId) ?? [];
    list.push(o.id);
    children.set(o.parentId, list);
  }
  const found = new Set<OrganisationId>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as OrganisationId;
    if (next === id || found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/** Organisations that can be the parent of `id` (null: a new one): not itself, not below it. */
export function parentCandidates(
  organisations: readonly Organisation[],
  id: OrganisationId | null,
): Organisation[] {
  const excluded =
    id === null ? new Set<OrganisationId>() : organisationDescendants(organisations, id);
  if (id !== null) excluded.add(id);
  return organisations
    .filter((o) => !excluded.has(o.id))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export type AffiliatedPerson = { person: Person; name: string; title: string; primary: boolean };

/** People affiliated with the organisation, by family then given name. */
export function affiliatedPeople(
  people: readonly Person[],
  id: OrganisationId,
): AffiliatedPerson[] {
  const out: AffiliatedPerson[] = [];
  for (const person of people) {
    const a = person.affiliations.find((x) => x.organisationId === id);
    if (a)
      out.push({ person, name: personDisplayName(person), title: a.title, primary: a.primary });
  }
  return out.sort(
    (x, y) =>
      collator.compare(x.person.familyName, y.person.familyName) ||
      collator.compare(x.person.givenName, y.person.givenName),
  );
}

export function childOrganisations(
  organisations: readonly Organisation[],
  id: OrganisationId,
): Organisation[] {
  return organisations
    .filter((o) => o.parentId === id)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What deleting the organisation changes, for the confirmation. */
export function organisationDeleteImpact(
  organisations: readonly Organisation[],
  people: readonly Person[],
  id: OrganisationId,
): { people: number; children: number } {
  return {
    people: people.filter((p) => p.affiliations.some((a) => a.organisationId === id)).length,
    children: organisations.filter((o) => o.parentId === id).length,
  };
}
