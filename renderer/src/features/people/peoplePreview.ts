// The first screens of the People table on a large workspace, read before everyone is: the
// people whose family names sort first (from the family-name index), with their organisations
// and participations. Reading and building 50,000 people takes seconds on this machine class;
// these few dozen rows take tens of milliseconds, and they are exactly the top of the list
// the full load ends with, so nothing moves when it completes.
import type { Organisation, OrganisationId, Participation, Person } from '@shared/domain/model';
import type { PlenaryDB } from '../../data/db';
import { leadingFamilyNames } from './peopleRowModel';
import { buildPersonRows, sortRows } from './peopleTable';
import type { PersonRow, RowLabels, SortDirection, SortState } from './peopleTable';

/** Below this many people the whole table loads quickly enough: no preview. */
export const PREVIEW_FROM = 4_000;
/** The preview's rows (a few screens): family names are read until there are this many. */
export const PREVIEW_ROWS = 60;
/** Never more family-name groups than this (a workspace of 4,000 distinct one-person names). */
const MAX_GROUPS = 512;

/**
 * The top of the People table sorted by name, or null when no preview applies (another sort
 * column, or fewer than `from` people). Read-only.
 */
export async function readPreview(
  db: PlenaryDB,
  sort: SortState,
  labels: RowLabels,
  locale: string,
  { from = PREVIEW_FROM, rows: enough = PREVIEW_ROWS }: { from?: number; rows?: number } = {},
): Promise<PersonRow[] | null> {
  if (sort.key !== 'name') return null;
  // One read-only transaction: its requests are queued together, not between other reads.
  return db.transaction('r', [db.people, db.organisations, db.participations], () =>
    readTop(db, sort, labels, locale, from, enough),
  );
}

/**
 * Whether the table holds at least `n` person records (tombstones included, as the full load's
 * progress counts them). Not count(): IndexedDB counts by walking every record, a fifth of a
 * second at 50,000 people on this machine class, and the preview would wait for it; this steps
 * a key cursor over `n` records at most.
 */
export async function hasAtLeast(db: PlenaryDB, n: number): Promise<boolean> {
  if (n <= 0) return true;
  const keys = await db.people
    .toCollection()
    .offset(n - 1)
    .limit(1)
    .primaryKeys();
  return keys.length > 0;
}

async function readTop(
  db: PlenaryDB,
  sort: SortState,
  labels: RowLabels,
  locale: string,
  from: number,
  enough: number,
): Promise<PersonRow[] | null> {
  const direction = sort.direction;
  // The capitals walked: one to start with (A, or Z descending), doubling while needed. Only
  // with a collator that keeps every name in its first capital's block; else all of them.
  let letters = lettersInOrder(locale) ? 1 : LETTERS.length;
  // One family name is often enough (about 120 people each at 50,000), two to be sure; each
  // read is a round trip, so the preview reads as little as it needs and doubles from there.
  let groups = 2;
  // The size check runs beside the first walk: both are short, and most workspaces that get
  // here are large.
  const [large, firstWalk] = await Promise.all([
    hasAtLeast(db, from),
    distinctFamilyNames(db, direction, letters),
  ]);
  if (!large) return null;
  let distinct = firstWalk;
  const read = new Map<string, Person[]>();
  for (;;) {
    const names = leadingFamilyNames(distinct, direction, locale, groups);
    const whole = letters >= LETTERS.length;
    if (!whole && !provablyFirst(names, direction, letters, locale)) {
      letters = Math.min(letters * 2, LETTERS.length);
      distinct = await distinctFamilyNames(db, direction, letters);
      continue;
    }
    const people = await readPeopleNamed(db, names, read);
    const exhausted = (whole && names.length === distinct.length) || groups >= MAX_GROUPS;
    if (people.length >= enough || exhausted) {
      return previewRows(db, people, sort, labels, locale, enough);
    }
    // More names: beyond those walked when all of them are taken, else more of them.
    if (!whole && names.length === distinct.length) {
      letters = Math.min(letters * 2, LETTERS.length);
      distinct = await distinctFamilyNames(db, direction, letters);
    } else groups *= 2;
  }
}

/** The capitals 'A'…'Z'. */
const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
/** The code point after 'Z': names from here on (lowercase, accented, other scripts) are always walked. */
const PAST_Z = '[';

/**
 * Languages whose collation orders every name by its first letter's block, A to Z, with no
 * letter moved or joined with the next (Danish puts "Aa" after "Z", Czech "Ch" after "H",
 * Estonian "Z" after "S"): only with these can a walk of a few capitals prove which names come
 * first. Others walk every name: slower, never wrong.
 */
const PLAIN_LATIN = new Set(['en', 'fr', 'de', 'it', 'pt', 'es']);

function lettersInOrder(locale: string): boolean {
  const resolved = new Intl.Collator(locale).resolvedOptions().locale;
  return PLAIN_LATIN.has(resolved.split('-')[0] ?? '');
}

/**
 * Distinct family names, except those starting with a capital the walk leaves out: ascending,
 * the `letters` first capitals are walked (A, A–B, A–D…), descending the last ones (Z, Y–Z…);
 * names before 'A' or past 'Z' in code order are always walked. With all 26, every name.
 * Each distinct name is a round trip to the database (a key cursor), so the walk stays short.
 */
async function distinctFamilyNames(
  db: PlenaryDB,
  direction: SortDirection,
  letters: number,
): Promise<string[]> {
  const strings = (keys: unknown[]) => keys.filter((k): k is string => typeof k === 'string');
  const index = () => db.people.where('familyName');
  if (letters >= LETTERS.length) return strings(await db.people.orderBy('familyName').uniqueKeys());
  const parts =
    direction === 'asc'
      ? [index().below(LETTERS[letters] ?? PAST_Z), index().aboveOrEqual(PAST_Z)]
      : [index().below('A'), index().aboveOrEqual(LETTERS[LETTERS.length - letters] ?? 'A')];
  const found = await Promise.all(parts.map((c) => c.uniqueKeys()));
  return found.flatMap(strings);
}

/**
 * Whether the chosen names (in the view's order, as leadingFamilyNames gives them) are provably
 * the first: every name left out starts with a capital that was not walked, so (with a collator
 * in A–Z order) it sorts at or after the first capital left out ascending, before the lowest
 * capital walked descending. The last chosen name must sort strictly before that bound, resp.
 * at or after it.
 */
function provablyFirst(
  chosen: readonly string[],
  direction: SortDirection,
  letters: number,
  locale: string,
): boolean {
  const last = chosen[chosen.length - 1]?.trim();
  if (last === undefined) return false;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return direction === 'asc'
    ? collator.compare(last, LETTERS[letters] ?? PAST_Z) < 0
    : collator.compare(last, LETTERS[LETTERS.length - letters] ?? 'A') >= 0;
}

/**
 * Live people of these family names, in key order (the order the full load reads them in). One
 * index read per name not read yet (`read` keeps what earlier rounds found), all issued at
 * once: Dexie's anyOf walks a cursor, a round trip to the database per record, and each waits
 * behind whatever else the database is doing.
 */
async function readPeopleNamed(
  db: PlenaryDB,
  names: readonly string[],
  read: Map<string, Person[]>,
): Promise<Person[]> {
  const missing = names.filter((name) => !read.has(name));
  const found = await Promise.all(
    missing.map((name) => db.people.where('familyName').equals(name).toArray()),
  );
  missing.forEach((name, i) => read.set(name, found[i] ?? []));
  return names
    .flatMap((name) => read.get(name) ?? [])
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The first `enough` rows of these people in the view's sort. The name order depends on the
 * person records alone (ties by key order), so the top is chosen before anything else is read;
 * organisations and participations are then read for those few people only: one request per
 * person, and a family name's hundred-odd people cost a second of round trips on a busy machine.
 */
async function previewRows(
  db: PlenaryDB,
  people: readonly Person[],
  sort: SortState,
  labels: RowLabels,
  locale: string,
  enough: number,
): Promise<PersonRow[]> {
  // Someone with no name at all sorts at the very end of the full list, not here.
  const top = new Set(
    sortRows(buildPersonRows(people, [], [], labels), sort, locale)
      .filter((r) => r.person.familyName.trim() !== '' || r.person.givenName.trim() !== '')
      .slice(0, enough)
      .map((r) => r.person.id),
  );
  // Still in key order, so that ties fall as they do in the full list.
  const chosen = people.filter((p) => top.has(p.id));
  const orgIds = [
    ...new Set(chosen.flatMap((p) => p.affiliations.map((a) => a.organisationId))),
  ] as OrganisationId[];
  const [organisations, participations] = await Promise.all([
    db.organisations.bulkGet(orgIds),
    Promise.all(chosen.map((p) => db.participations.where('personId').equals(p.id).toArray())).then(
      (lists) => lists.flat(),
    ),
  ]);
  const rows = buildPersonRows(
    chosen,
    organisations.filter((o): o is Organisation => o !== undefined && o.deletedAt === null),
    participations.filter((p: Participation) => p.deletedAt === null),
    labels,
  );
  return sortRows(rows, sort, locale);
}
