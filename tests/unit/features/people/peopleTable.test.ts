// Rows of the People table: labels, search folding and sorting.
import { describe, expect, test } from 'vitest';
import type { Person } from '@shared/domain/model';
import {
  buildPersonRows,
  fullName,
  matchesSearch,
  nextSort,
  searchTokens,
  sortRows,
} from '../../../../renderer/src/features/people/peopleTable';
import type { PersonRow } from '../../../../renderer/src/features/people/peopleTable';
import { aParticipation, aPerson, anEvent, anOrganisation, iso, labels } from './builders';

const habitat = anOrganisation({ name: 'UN-Habitat', acronym: 'UNH' });
const lab = anOrganisation({ name: 'Ciudad Lab', acronym: '' });
const event = anEvent();

const rowsOf = (people: Person[], participations = [] as ReturnType<typeof aParticipation>[]) =>
  buildPersonRows(people, [habitat, lab], participations, labels);
const namesOf = (rows: readonly PersonRow[]) => rows.map((r) => r.name);

describe('buildPersonRows', () => {
  test('labels every column of the table', () => {
    const amina = aPerson({
      honorific: 'Dr',
      nationalities: iso('KE', 'GB'),
      residence: null,
      affiliations: [
        { organisationId: lab.id, title: '', primary: false },
        { organisationId: habitat.id, title: 'Officer', primary: true },
      ],
    });
    const [row] = rowsOf(
      [amina],
      [aParticipation(amina, event), aParticipation(amina, event, { deletedAt: amina.createdAt })],
    );
    expect(row).toMatchObject({
      name: 'Dr Amina Otieno',
      gender: 'gender:woman',
      nationality: 'Kenya, United Kingdom of Great Britain and Northern Ireland',
      residence: '',
      stakeholderGroup: 'group:academia',
      organisation: 'UNH',
      organisationName: 'UN-Habitat',
      participations: 1,
    });
  });

  test('an organisation without an acronym shows its name; no primary means the first one', () => {
    const p = aPerson({ affiliations: [{ organisationId: lab.id, title: '', primary: false }] });
    expect(rowsOf([p])[0]?.organisation).toBe('Ciudad Lab');
  });

  test('the full name skips empty parts', () => {
    expect(fullName({ honorific: ' ', givenName: '', familyName: 'Otieno' })).toBe('Otieno');
  });
});

describe('search', () => {
  const lan = aPerson({ givenName: 'Lan', familyName: 'Nguyễn', email: 'lan@hanoi.example' });
  const jose = aPerson({
    givenName: 'José',
    familyName: 'Álvarez',
    tags: ['Housing'],
    affiliations: [{ organisationId: habitat.id, title: '', primary: true }],
  });
  const rows = rowsOf([lan, jose]);
  const find = (q: string) => namesOf(rows.filter((r) => matchesSearch(r, searchTokens(q))));

  test('ignores accents and case', () => {
    expect(find('nguyen')).toEqual(['Lan Nguyễn']);
    expect(find('NGUYỄN')).toEqual(['Lan Nguyễn']);
    expect(find('jose alvarez')).toEqual(['José Álvarez']);
  });

  test('matches e-mail, organisation name and acronym, and tags', () => {
    expect(find('hanoi.example')).toEqual(['Lan Nguyễn']);
    expect(find('un-habitat')).toEqual(['José Álvarez']);
    expect(find('unh')).toEqual(['José Álvarez']);
    expect(find('housing')).toEqual(['José Álvarez']);
  });

  test('every word must match, in any order; an empty query matches everyone', () => {
    expect(find('alvarez housing')).toEqual(['José Álvarez']);
    expect(find('alvarez hanoi')).toEqual([]);
    expect(find('   ')).toEqual(['Lan Nguyễn', 'José Álvarez']);
  });
});

describe('sortRows', () => {
  test('sorts names by family name, then given name, locale-aware', () => {
    const rows = rowsOf([
      aPerson({ givenName: 'Zoe', familyName: 'Ørsted' }),
      aPerson({ givenName: 'Ana', familyName: 'Ávila' }),
      aPerson({ givenName: 'Bo', familyName: 'avila' }),
      aPerson({ givenName: 'Li', familyName: 'Li' }),
      aPerson({ givenName: 'Ann', familyName: 'Lim' }),
      aPerson({ honorific: 'Prof', givenName: 'Carl', familyName: 'Berg' }),
    ]);
    expect(namesOf(sortRows(rows, { key: 'name', direction: 'asc' }))).toEqual([
      'Ana Ávila',
      'Bo avila',
      'Prof Carl Berg',
      'Li Li',
      'Ann Lim',
      'Zoe Ørsted',
    ]);
    expect(namesOf(sortRows(rows, { key: 'name', direction: 'desc' }))[0]).toBe('Zoe Ørsted');
  });

  test('numbers sort numerically', () => {
    const a = aPerson({ givenName: 'A' });
    const b = aPerson({ givenName: 'B' });
    const c = aPerson({ givenName: 'C' });
    const parts = [
      ...Array.from({ length: 10 }, () => aParticipation(a, event)),
      ...Array.from({ length: 2 }, () => aParticipation(b, event)),
    ];
    const rows = rowsOf([a, b, c], parts);
    const by = (direction: 'asc' | 'desc') =>
      sortRows(rows, { key: 'participations', direction }).map((r) => r.participations);
    expect(by('asc')).toEqual([0, 2, 10]);
    expect(by('desc')).toEqual([10, 2, 0]);
  });

  test('empty values go last in both directions', () => {
    const rows = rowsOf([
      aPerson({ givenName: 'NoHome', residence: null }),
      aPerson({ givenName: 'Kenyan', residence: 'KE' as Person['residence'] }),
      aPerson({ givenName: 'Brazilian', residence: 'BR' as Person['residence'] }),
    ]);
    const order = (direction: 'asc' | 'desc') =>
      sortRows(rows, { key: 'residence', direction }).map((r) => r.person.givenName);
    expect(order('asc')).toEqual(['Brazilian', 'Kenyan', 'NoHome']);
    expect(order('desc')).toEqual(['Kenyan', 'Brazilian', 'NoHome']);
  });

  test('ties keep name order, and rows equal in both keep their input order (stable)', () => {
    const twins = [1, 2, 3].map((n) =>
      aPerson({ givenName: 'Sam', familyName: 'Lee', notes: `twin ${n}` }),
    );
    const rows = rowsOf([aPerson({ givenName: 'Zed', familyName: 'Adams' }), ...twins]);
    const sorted = sortRows(rows, { key: 'gender', direction: 'desc' });
    expect(sorted.map((r) => r.person.notes || r.name)).toEqual([
      'Zed Adams',
      'twin 1',
      'twin 2',
      'twin 3',
    ]);
    const reversedInput = sortRows([...rows].reverse(), { key: 'gender', direction: 'asc' });
    expect(reversedInput.map((r) => r.person.notes || r.name)).toEqual([
      'Zed Adams',
      'twin 3',
      'twin 2',
      'twin 1',
    ]);
  });

  test('does not modify its input', () => {
    const rows = rowsOf([aPerson({ familyName: 'B' }), aPerson({ familyName: 'A' })]);
    const before = [...rows];
    sortRows(rows, { key: 'name', direction: 'asc' });
    expect(rows).toEqual(before);
  });
});

describe('nextSort', () => {
  test('a new column sorts ascending; the same column flips', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'gender')).toEqual({
      key: 'gender',
      direction: 'asc',
    });
    expect(nextSort({ key: 'gender', direction: 'asc' }, 'gender').direction).toBe('desc');
    expect(nextSort({ key: 'gender', direction: 'desc' }, 'gender').direction).toBe('asc');
  });
});
