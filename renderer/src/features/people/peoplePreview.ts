// The first screens of the People table on a large workspace, read before everyone is: the
// people whose family names sort first (from the family-name index), with their organisations
// and participations. Reading and building 50,000 people takes seconds on this machine class;
// these few dozen rows take tens of milliseconds, and they are exactly the top of the list
// the full load ends with, so nothing moves when it completes.
import type { Organisation, OrganisationId, Participation, Person } from '@shared/domain/model';
import type { PlenaryDB } from '../../data/db';
import { leadingFamilyNames } from './peopleRowModel';
import { buildPersonRows, sortRows } from './peopleTable';
import type { PersonRow, RowLabels, SortState } from './peopleTable';

/** Below this many people the whole table loads quickly enough: no preview. */
export const PREVIEW_FROM = 4_000;
/** The preview's rows (a few screens): family names are read until there are this many. */
export const PREVIEW_ROWS = 60;
/** Never more family-name groups than this (a workspace of 4,000 distinct one-person names). */
const MAX_GROUPS = 512;

/**
 * The top of the People table sorted by name, or null when no preview applies (another sort
 * column, or too few people to need one). Read-only.
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

async function readTop(
  db: PlenaryDB,
  sort: SortState,
  labels: RowLabels,
  locale: string,
  from: number,
  enough: number,
): Promise<PersonRow[] | null> {
  const total = await db.people.count();
  if (total < from) return null;
  // One family name is often enough (about 120 people each at 50,000): each read is a round
  // trip to the database, so the preview asks for as little as it needs and doubles from there.
  let groups = 1;
  // Ascending, only the family names before an uppercase letter (and those past 'Z' in code
  // order: lowercase, accented, other scripts) are walked: the walk of the index's distinct
  // names is a round trip per name, a second for the 419 names of the L bench workspace.
  let bound = sort.direction === 'asc' ? 1 : BOUNDS.length - 1;
  for (;;) {
    const distinct = await distinctFamilyNames(db, bound);
    const names = leadingFamilyNames(distinct, sort.direction, locale, groups);
    const whole = bound === BOUNDS.length - 1;
    if (!whole && !safelyBefore(names, BOUNDS[bound] ?? '', locale)) {
      bound = Math.min(bound * 2, BOUNDS.length - 1);
      continue;
    }
    const people = await readPeopleNamed(db, names);
    const exhausted = (whole && names.length === distinct.length) || groups >= MAX_GROUPS;
    if (people.length >= enough || exhausted) {
      return previewRows(db, people, sort, labels, locale, enough);
    }
    // More names: beyond those walked when all of them are taken, else more of them.
    if (!whole && names.length === distinct.length) bound = Math.min(bound * 2, BOUNDS.length - 1);
    else groups *= 2;
  }
}

/** 'A'…'Z' then '[' (the code point after 'Z'): the last bound leaves nothing out. */
const BOUNDS = Array.from({ length: 27 }, (_, i) => String.fromCharCode(65 + i));

/**
 * Distinct family names except those starting with an uppercase ASCII letter from
 * BOUNDS[bound] to 'Z' (with the last bound, all of them).
 */
async function distinctFamilyNames(db: PlenaryDB, bound: number): Promise<string[]> {
  const strings = (keys: unknown[]) => keys.filter((k): k is string => typeof k === 'string');
  if (bound >= BOUNDS.length - 1) {
    return strings(await db.people.orderBy('familyName').uniqueKeys());
  }
  const [before, after] = await Promise.all([
    db.people
      .where('familyName')
      .below(BOUNDS[bound] ?? '')
      .uniqueKeys(),
    db.people.where('familyName').aboveOrEqual('[').uniqueKeys(),
  ]);
  return [...strings(before), ...strings(after)];
}

/**
 * Whether every name left out (each starts with `bound` or a later capital letter, so the
 * collator puts it at or after `bound`) sorts after the last of the chosen names: then the
 * chosen ones are the true leading names. Ascending order only.
 */
function safelyBefore(chosen: readonly string[], bound: string, locale: string): boolean {
  const last = chosen[chosen.length - 1];
  if (last === undefined) return false;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return collator.compare(last.trim(), bound) < 0;
}

/**
 * Live people of these family names, in key order (the order the full load reads them in). One
 * index read per name, all issued at once: Dexie's anyOf walks a cursor, a round trip to the
 * database per record, and each waits behind whatever else the database is doing.
 */
async function readPeopleNamed(db: PlenaryDB, names: readonly string[]): Promise<Person[]> {
  const found = await Promise.all(
    names.map((name) => db.people.where('familyName').equals(name).toArray()),
  );
  return found
    .flat()
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
