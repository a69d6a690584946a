// The rows of the People table: labels and sort keys computed once per data change, accent- and
// case-insensitive search over a pre-folded text, and a stable, locale-aware sort.
import type {
  Gender,
  Organisation,
  Participation,
  Person,
  PersonId,
  StakeholderGroup,
} from '@shared/domain/model';
import { fold } from '../../ui/combobox';

export type PersonRow = {
  id: PersonId;
  person: Person;
  /** "Dr Amina Otieno": honorific, given name, family name. */
  name: string;
  gender: string;
  /** Country names of every nationality, joined. */
  nationality: string;
  residence: string;
  stakeholderGroup: string;
  /** The primary organisation's acronym, or its name when it has none. */
  organisation: string;
  /** The primary organisation's full name (for a tooltip). */
  organisationName: string;
  participations: number;
  updatedAt: string;
  /** Folded text the search box matches: names, e-mail, organisations, tags. */
  search: string;
};

export type RowLabels = {
  gender: (g: Gender) => string;
  stakeholderGroup: (s: StakeholderGroup) => string;
  country: (iso2: string) => string;
};

export function fullName(p: Pick<Person, 'honorific' | 'givenName' | 'familyName'>): string {
  return [p.honorific, p.givenName, p.familyName]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' ');
}

/** The primary affiliation, or the first one when none is marked primary. */
export function primaryAffiliation(p: Pick<Person, 'affiliations'>) {
  return p.affiliations.find((a) => a.primary) ?? p.affiliations[0] ?? null;
}

export function buildPersonRows(
  people: readonly Person[],
  organisations: readonly Organisation[],
  participations: readonly Participation[],
  labels: RowLabels,
): PersonRow[] {
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const counts = new Map<string, number>();
  for (const part of participations) {
    if (part.deletedAt !== null) continue;
    counts.set(part.personId, (counts.get(part.personId) ?? 0) + 1);
  }
  return people.map((person) => {
    const primary = primaryAffiliation(person);
    const org = primary ? orgById.get(primary.organisationId) : undefined;
    const orgTexts = person.affiliations.flatMap((a) => {
      const o = orgById.get(a.organisationId);
      return o ? [o.name, o.acronym] : [];
    });
    const name = fullName(person);
    return {
      id: person.id,
      person,
      name,
      gender: labels.gender(person.gender),
      nationality: person.nationalities.map(labels.country).join(', '),
      residence: person.residence === null ? '' : labels.country(person.residence),
      stakeholderGroup:
        person.stakeholderGroup === null ? '' : labels.stakeholderGroup(person.stakeholderGroup),
      organisation: org ? org.acronym.trim() || org.name : '',
      organisationName: org?.name ?? '',
      participations: counts.get(person.id) ?? 0,
      updatedAt: person.updatedAt,
      search: fold(
        [name, person.email, ...orgTexts, ...person.tags, ...person.expertise].join('\u0001'),
      ),
    };
  });
}

/** The search query as folded words; a row matches when it contains every word. */
export function searchTokens(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((w) => w !== '');
}

export function matchesSearch(row: Pick<PersonRow, 'search'>, tokens: readonly string[]): boolean {
  return tokens.every((token) => row.search.includes(token));
}

export const SORT_KEYS = [
  'name',
  'gender',
  'nationality',
  'residence',
  'stakeholderGroup',
  'organisation',
  'participations',
  'updated',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export type SortState = { key: SortKey; direction: SortDirection };

export const DEFAULT_SORT: SortState = { key: 'name', direction: 'asc' };

/** Clicking the sorted column flips its direction; clicking another sorts it ascending. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

type NameKey = readonly [family: string, given: string];
type SortValue = string | number | NameKey | null;

function nameKey(row: PersonRow): NameKey | null {
  const family = row.person.familyName.trim();
  const given = row.person.givenName.trim();
  return family === '' && given === '' ? null : [family, given];
}

function sortValue(row: PersonRow, key: SortKey): SortValue {
  const text = (s: string) => (s.trim() === '' ? null : s);
  switch (key) {
    case 'name':
      // People lists are read by family name; the honorific does not count.
      return nameKey(row);
    case 'gender':
      return text(row.gender);
    case 'nationality':
      return text(row.nationality);
    case 'residence':
      return text(row.residence);
    case 'stakeholderGroup':
      return text(row.stakeholderGroup);
    case 'organisation':
      return text(row.organisation);
    case 'participations':
      return row.participations;
    case 'updated':
      return text(row.updatedAt);
  }
}

/**
 * Each distinct string's place in the collator's order (strings the collator deems equal share
 * one). Sorting 50,000 rows compares keys about 800,000 times; with ranks those comparisons are
 * of integers, and the collator only orders the few thousand distinct names once.
 */
function ranksOf(values: Iterable<string>, collator: Intl.Collator): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = -1;
  let previous: string | null = null;
  for (const value of distinct) {
    if (previous === null || collator.compare(previous, value) !== 0) rank += 1;
    ranks.set(value, rank);
    previous = value;
  }
  return ranks;
}

type RankedName = readonly [family: number, given: number];

/**
 * A new array sorted by the column: empty values last in either direction, ties broken by name
 * (ascending) and then by the input order (the sort is stable).
 */
export function sortRows(rows: readonly PersonRow[], sort: SortState, locale = 'en'): PersonRow[] {
  const collator = collatorFor(locale);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const names = rows.map(nameKey);
  const values = rows.map((row) => sortValue(row, sort.key));
  const nameRanks = ranksOf(
    (function* () {
      for (const n of names) if (n !== null) yield* n;
    })(),
    collator,
  );
  const valueRanks = ranksOf(
    (function* () {
      for (const v of values) if (typeof v === 'string') yield v;
    })(),
    collator,
  );
  const rankName = (n: NameKey | null): RankedName | null =>
    n === null ? null : [nameRanks.get(n[0]) ?? 0, nameRanks.get(n[1]) ?? 0];
  const compareNames = (a: RankedName, b: RankedName) => a[0] - b[0] || a[1] - b[1];
  const keyed = rows.map((row, i) => {
    const value = values[i] ?? null;
    const name = rankName(names[i] ?? null);
    return {
      row,
      // Names compare as a pair of ranks; other text as its rank; counts as themselves.
      value:
        value === null
          ? null
          : typeof value === 'number'
            ? value
            : typeof value === 'string'
              ? (valueRanks.get(value) ?? 0)
              : name,
      name: sort.key === 'name' ? null : name,
    };
  });
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const primary =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : typeof a.value === 'object' && typeof b.value === 'object'
            ? compareNames(a.value, b.value)
            : 0;
      if (primary !== 0) return sign * primary;
    }
    if (a.name === null || b.name === null) return 0;
    return compareNames(a.name, b.name);
  });
  return keyed.map((k) => k.row);
}
