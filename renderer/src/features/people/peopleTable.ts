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

/**
 * A function that turns one person into their row: the organisation lookup and the
 * participation counts are built once, so the rows of a large workspace can be made a chunk at
 * a time (peopleRowModel.ts) without redoing them.
 */
export function personRowBuilder(
  organisations: readonly Organisation[],
  participations: readonly Participation[] | ReadonlyMap<string, number>,
  labels: RowLabels,
): (person: Person) => PersonRow {
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const counts: ReadonlyMap<string, number> =
    'length' in participations ? countParticipations(participations) : participations;
  return (person) => {
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
  };
}

/**
 * Adds each live participation of `participations[from..to)` to its person's count (all of them
 * by default): a large workspace counts its 150,000 participations a slice per task.
 */
export function countParticipations(
  participations: readonly Participation[],
  counts = new Map<string, number>(),
  from = 0,
  to = participations.length,
): Map<string, number> {
  for (let i = from; i < to; i++) {
    const part = participations[i] as Participation;
    if (part.deletedAt !== null) continue;
    counts.set(part.personId, (counts.get(part.personId) ?? 0) + 1);
  }
  return counts;
}

export function buildPersonRows(
  people: readonly Person[],
  organisations: readonly Organisation[],
  participations: readonly Participation[],
  labels: RowLabels,
): PersonRow[] {
  return people.map(personRowBuilder(organisations, participations, labels));
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
function ranksOf(
  distinctValues: ReadonlySet<string>,
  collator: Intl.Collator,
): Map<string, number> {
  const distinct = [...distinctValues].sort(collator.compare);
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

/**
 * The order of the rows sorted by the column, as a comparison of row indexes: empty values last
 * in either direction, ties broken by name (ascending, the nameless last) and then by the index (so it is a total
 * order: any correct sort, whole or in merged pieces, gives the same result). Every key is
 * reduced to one number first (NaN when empty), so the 800,000-odd comparisons of 50,000 rows
 * compare numbers.
 */
export function rowOrder(
  rows: readonly PersonRow[],
  sort: SortState,
  locale = 'en',
): (a: number, b: number) => number {
  const steps = rowOrderSteps(rows, sort, locale, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * rowOrder's work, stopping (yield) after every `chunk` rows of each pass over the rows and
 * after each sort of the distinct keys, so a caller can give the main thread back in between
 * (peopleRowModel.ts); the comparison it returns is rowOrder's.
 */
export function* rowOrderSteps(
  rows: readonly PersonRow[],
  sort: SortState,
  locale: string,
  chunk: number,
): Generator<void, (a: number, b: number) => number> {
  const collator = collatorFor(locale);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const names: (NameKey | null)[] = [];
  const values: SortValue[] = [];
  const distinctNames = new Set<string>();
  const distinctValues = new Set<string>();
  for (let start = 0; start < rows.length; start += chunk) {
    const end = Math.min(rows.length, start + chunk);
    for (let i = start; i < end; i++) {
      const row = rows[i] as PersonRow;
      const name = nameKey(row);
      const value = sortValue(row, sort.key);
      names.push(name);
      values.push(value);
      if (name !== null) {
        distinctNames.add(name[0]);
        distinctNames.add(name[1]);
      }
      if (typeof value === 'string') distinctValues.add(value);
    }
    if (end < rows.length) yield;
  }
  yield;
  const nameRanks = ranksOf(distinctNames, collator);
  yield;
  const valueRanks = ranksOf(distinctValues, collator);
  yield;
  // A name as one number that orders like the (family rank, given rank) pair.
  const base = nameRanks.size + 1;
  const nameNumber = (n: NameKey | null): number =>
    n === null ? Number.NaN : (nameRanks.get(n[0]) ?? 0) * base + (nameRanks.get(n[1]) ?? 0);
  const byName = new Float64Array(rows.length);
  const primary = new Float64Array(rows.length);
  for (let start = 0; start < rows.length; start += chunk) {
    const end = Math.min(rows.length, start + chunk);
    for (let i = start; i < end; i++) {
      const name = nameNumber(names[i] ?? null);
      const value = values[i] ?? null;
      byName[i] = name;
      primary[i] =
        value === null
          ? Number.NaN
          : typeof value === 'number'
            ? value
            : typeof value === 'string'
              ? (valueRanks.get(value) ?? 0)
              : name;
    }
    if (end < rows.length) yield;
  }
  const tieByName = sort.key !== 'name';
  return (a, b) => {
    const pa = primary[a] ?? Number.NaN;
    const pb = primary[b] ?? Number.NaN;
    const emptyA = Number.isNaN(pa);
    const emptyB = Number.isNaN(pb);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    if (!emptyA && pa !== pb) return sign * (pa - pb);
    if (tieByName) {
      // Someone with no name comes after the named in a tie too, which keeps the order total.
      const na = byName[a] ?? Number.NaN;
      const nb = byName[b] ?? Number.NaN;
      const namelessA = Number.isNaN(na);
      if (namelessA !== Number.isNaN(nb)) return namelessA ? 1 : -1;
      if (!namelessA && na !== nb) return na - nb;
    }
    return a - b;
  };
}

/**
 * A new array sorted by the column: empty values last in either direction, ties broken by name
 * (ascending) and then by the input order (the sort is stable).
 */
export function sortRows(rows: readonly PersonRow[], sort: SortState, locale = 'en'): PersonRow[] {
  const order = Array.from(rows, (_, i) => i).sort(rowOrder(rows, sort, locale));
  return order.map((i) => rows[i] as PersonRow);
}
