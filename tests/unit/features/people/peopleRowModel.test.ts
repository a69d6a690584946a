// The large-workspace row model of the People table: rows built in chunks are the rows built at
// once, and the preview read from the family-name index is exactly the top of the full list.
import { describe, expect, test } from 'vitest';
import type { Person } from '@shared/domain/model';
import {
  buildRowsInChunks,
  leadingFamilyNames,
  sortRowsInChunks,
} from '../../../../renderer/src/features/people/peopleRowModel';
import { hasAtLeast, readPreview } from '../../../../renderer/src/features/people/peoplePreview';
import {
  SORT_KEYS,
  buildPersonRows,
  countParticipations,
  sortRows,
} from '../../../../renderer/src/features/people/peopleTable';
import type { SortState } from '../../../../renderer/src/features/people/peopleTable';
import { freshStore } from '../../data/fixtures';
import { aParticipation, aPerson, anEvent, anOrganisation, labels } from './builders';

const asc: SortState = { key: 'name', direction: 'asc' };
const desc: SortState = { key: 'name', direction: 'desc' };

const habitat = anOrganisation({ name: 'UN-Habitat', acronym: 'UNH' });
const gone = anOrganisation({ name: 'Gone Institute', deletedAt: '2026-02-01T00:00:00.000Z' });
const event = anEvent();

/** Family names in an order where the index's binary order and reading order disagree. */
const FAMILIES = [
  'Zhou',
  'de Souza',
  'Ávila',
  'Abara',
  'avila',
  'Otieno',
  ' Abe',
  'Ábalos',
  'Mensah',
];

function crowd(): Person[] {
  const people: Person[] = [];
  const givens = ['Kofi', 'amina', 'Élise', 'Bo'];
  for (let i = 0; i < 36; i++) {
    people.push(
      aPerson({
        givenName: givens[i % givens.length] ?? 'X',
        familyName: FAMILIES[(i * 5) % FAMILIES.length] ?? 'X',
        affiliations:
          i % 3 === 0
            ? [{ organisationId: (i % 2 ? gone : habitat).id, title: '', primary: true }]
            : [],
      }),
    );
  }
  // No name at all: last in either direction, never in a preview.
  people.push(aPerson({ givenName: '', familyName: '' }));
  // Deleted: never a row.
  people.push(aPerson({ familyName: 'Aardvark', deletedAt: '2026-02-01T00:00:00.000Z' }));
  return people;
}

describe('buildRowsInChunks', () => {
  test('makes the same rows as the one-pass build, yielding between chunks', async () => {
    const people = crowd().filter((p) => p.deletedAt === null);
    const parts = [
      aParticipation(people[0] as Person, event),
      aParticipation(people[0] as Person, event),
    ];
    let pauses = 0;
    const rows = await buildRowsInChunks(people, [habitat], countParticipations(parts), labels, {
      chunk: 5,
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(rows).toEqual(buildPersonRows(people, [habitat], parts, labels));
    expect(rows?.[0]?.participations).toBe(2);
    // One pause before the first chunk, then one between each of the 8 chunks.
    expect(pauses).toBe(Math.ceil(people.length / 5));
  });

  test('takes the counts it is given (live participations only, as the worker counts them)', async () => {
    const people = crowd().filter((p) => p.deletedAt === null);
    const parts = Array.from({ length: 100 }, () => aParticipation(people[0] as Person, event));
    parts.push({
      ...aParticipation(people[1] as Person, event),
      deletedAt: '2026-02-01T00:00:00.000Z',
    });
    const counts = countParticipations(parts);
    const rows = await buildRowsInChunks(people, [habitat], counts, labels, {
      chunk: 1,
      pause: () => Promise.resolve(),
    });
    expect(rows?.[0]?.participations).toBe(100);
    expect(rows?.[1]?.participations).toBe(0);
    expect(rows).toEqual(buildPersonRows(people, [habitat], parts, labels));
  });

  test('stops before the first chunk once cancelled', async () => {
    const people = crowd();
    let checks = 0;
    const rows = await buildRowsInChunks(people, [], new Map(), labels, {
      chunk: 1,
      pause: () => Promise.resolve(),
      cancelled: () => ++checks > 0,
    });
    expect(rows).toBeNull();
    expect(checks).toBe(1);
  });

  test('stops and answers null once cancelled', async () => {
    const people = crowd();
    let chunks = 0;
    const rows = await buildRowsInChunks(people, [], new Map(), labels, {
      chunk: 4,
      pause: () => Promise.resolve(),
      cancelled: () => ++chunks > 3,
    });
    expect(rows).toBeNull();
  });
});

describe('sortRowsInChunks', () => {
  test('sorts in merged blocks exactly as the whole sort does, for every column and direction', async () => {
    // Many ties (repeated names, counts, genders) so the tie-breaks are exercised across blocks.
    const people = crowd().map((p, i) => ({
      ...p,
      gender: (['woman', 'man', 'unknown'] as const)[i % 3] ?? 'woman',
      updatedAt: `2026-0${(i % 9) + 1}-01T00:00:00.000Z`,
    }));
    const parts = people.flatMap((p, i) =>
      Array.from({ length: i % 4 }, () => aParticipation(p, event)),
    );
    const rows = buildPersonRows(people, [habitat], parts, labels);
    for (const key of SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { key, direction };
        let pauses = 0;
        const chunked = await sortRowsInChunks(rows, sort, 'en', {
          chunk: 7,
          pause: () => {
            pauses += 1;
            return Promise.resolve();
          },
        });
        expect(
          chunked?.map((r) => r.id),
          `${key} ${direction}`,
        ).toEqual(sortRows(rows, sort, 'en').map((r) => r.id));
        // The ranks in 14 tasks (two passes over 6 blocks of 7 of the 38 rows, with the
        // sorts of the distinct names and values between them), 6 blocks, then 3 merge passes.
        expect(pauses).toBe(14 + 6 + 3);
      }
    }
  });

  test('stops and answers null once cancelled', async () => {
    const rows = buildPersonRows(crowd(), [], [], labels);
    const sorted = await sortRowsInChunks(rows, asc, 'en', {
      chunk: 5,
      pause: () => Promise.resolve(),
      cancelled: () => true,
    });
    expect(sorted).toBeNull();
  });
});

describe('leadingFamilyNames', () => {
  test('takes the first names in reading order, not the index order, collator-equal ones together', () => {
    const distinct = [...new Set(FAMILIES)].sort();
    // ' Abe' sorts as 'Abe'; 'Ábalos' before 'Abara'; 'Ávila' and 'avila' are one group.
    expect(leadingFamilyNames(distinct, 'asc', 'en', 2)).toEqual(['Ábalos', 'Abara']);
    expect(leadingFamilyNames(distinct, 'asc', 'en', 4).sort()).toEqual(
      [' Abe', 'Ábalos', 'Abara', 'Ávila', 'avila'].sort(),
    );
    expect(leadingFamilyNames(distinct, 'desc', 'en', 2)).toEqual(['Zhou', 'Otieno']);
    expect(leadingFamilyNames(distinct, 'asc', 'en', 100)).toHaveLength(distinct.length);
  });
});

describe('readPreview', () => {
  async function seeded() {
    const store = freshStore();
    const people = crowd();
    const parts = people.slice(0, 10).map((p) => aParticipation(p, event));
    await store.db.organisations.bulkAdd([habitat, gone]);
    await store.db.events.bulkAdd([event]);
    await store.db.people.bulkAdd(people);
    await store.db.participations.bulkAdd(parts);
    const live = people.filter((p) => p.deletedAt === null);
    // What the full load shows: live records in key order, live organisations.
    const full = (sort: SortState) =>
      sortRows(buildPersonRows(live, [habitat], parts, labels), sort, 'en');
    return { store, full };
  }

  test('is exactly the top of the full sorted list, in either direction', async () => {
    const { store, full } = await seeded();
    for (const sort of [asc, desc]) {
      const preview = await readPreview(store.db, sort, labels, 'en', { from: 10, rows: 12 });
      expect(preview).not.toBeNull();
      const rows = preview ?? [];
      // Exactly the rows asked for, though whole family names were read to find them.
      expect(rows).toHaveLength(12);
      expect(rows).toEqual(full(sort).slice(0, 12));
    }
  });

  test('grows until it has enough rows, and covers everyone named when asked for more', async () => {
    const { store, full } = await seeded();
    const rows = await readPreview(store.db, asc, labels, 'en', { from: 10, rows: 1_000 });
    // Everyone but the nameless person (who sorts last) and the deleted one.
    expect(rows).toEqual(full(asc).slice(0, 36));
  });

  test('finds the leading names past the first letters, and lowercase or accented ones among them', async () => {
    // No name starts with A–L, so the walk of the first letters' names must widen; 'de Souza'
    // and 'Ōta' sit after 'Z' in code order but among the D and O names to the collator.
    const store = freshStore();
    const families = ['Zhou', 'Mensah', 'de Souza', 'Ōta', 'Otieno', 'Nakamura', 'Dlamini'];
    const people = Array.from({ length: 21 }, (_, i) =>
      aPerson({ givenName: `G${i}`, familyName: families[i % families.length] ?? 'X' }),
    );
    await store.db.people.bulkAdd(people);
    const full = sortRows(buildPersonRows(people, [], [], labels), asc, 'en');
    expect(full[0]?.person.familyName).toBe('de Souza');
    const rows = await readPreview(store.db, asc, labels, 'en', { from: 10, rows: 5 });
    expect(rows).toEqual(full.slice(0, 5));
    const all = await readPreview(store.db, asc, labels, 'en', { from: 10, rows: 100 });
    expect(all).toEqual(full);
  });

  test('descending, widens from Z until the chosen names provably come first, lowercase and accented ones included', async () => {
    // No name starts with Z, so the walk of the last capitals must widen to W; 'zu Guttenberg'
    // (past 'Z' in code order) sorts last of all to the collator, 'van der Merwe' among the V.
    const store = freshStore();
    const families = ['Abe', 'Mensah', 'van der Merwe', 'Ōta', 'Otieno', 'Yılmaz', 'Wang'];
    const people = Array.from({ length: 21 }, (_, i) =>
      aPerson({ givenName: `G${i}`, familyName: families[i % families.length] ?? 'X' }),
    );
    people.push(aPerson({ givenName: 'Karl', familyName: 'zu Guttenberg' }));
    await store.db.people.bulkAdd(people);
    const full = sortRows(buildPersonRows(people, [], [], labels), desc, 'en');
    expect(full.slice(0, 2).map((r) => r.person.familyName)).toEqual(['zu Guttenberg', 'Yılmaz']);
    for (const rows of [1, 5, 7, 12, 100]) {
      const preview = await readPreview(store.db, desc, labels, 'en', { from: 10, rows });
      expect(preview, `${rows} rows`).toEqual(full.slice(0, rows));
    }
  });

  test('walks every name where the collator moves letters (Danish "Aa" after "Z")', async () => {
    const store = freshStore();
    const families = ['Aagaard', 'Zhou', 'Berg', 'Åse', 'Nielsen'];
    const people = Array.from({ length: 20 }, (_, i) =>
      aPerson({ givenName: `G${i}`, familyName: families[i % families.length] ?? 'X' }),
    );
    await store.db.people.bulkAdd(people);
    for (const sort of [asc, desc]) {
      const full = sortRows(buildPersonRows(people, [], [], labels), sort, 'da');
      const preview = await readPreview(store.db, sort, labels, 'da', { from: 10, rows: 6 });
      expect(preview).toEqual(full.slice(0, 6));
    }
    // Descending in Danish, 'Åse' and 'Aagaard' come before 'Zhou'.
    const first = await readPreview(store.db, desc, labels, 'da', { from: 10, rows: 8 });
    expect(new Set(first?.map((r) => r.person.familyName))).toEqual(new Set(['Åse', 'Aagaard']));
  });

  test('applies only to a large workspace sorted by name', async () => {
    const { store } = await seeded();
    expect(await readPreview(store.db, asc, labels, 'en')).toBeNull();
    expect(
      await readPreview(store.db, { key: 'gender', direction: 'asc' }, labels, 'en', { from: 10 }),
    ).toBeNull();
  });
});

describe('hasAtLeast', () => {
  test('tells whether the table holds at least n person records, tombstones included', async () => {
    const store = freshStore();
    expect(await hasAtLeast(store.db, 1)).toBe(false);
    expect(await hasAtLeast(store.db, 0)).toBe(true);
    await store.db.people.bulkAdd(crowd());
    // 36 named, 1 nameless, 1 deleted.
    expect(await hasAtLeast(store.db, 38)).toBe(true);
    expect(await hasAtLeast(store.db, 39)).toBe(false);
  });
});
