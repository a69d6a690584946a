// The fixture corpus (tests/fixtures/import, made by make-fixtures.mjs): each file's expected outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anOrganisation } from '../../../helpers/builders';
import type { PreparedRow, ReadResult } from '../../../../shared/import';
import {
  findDuplicates,
  prepareRows,
  proposeMapping,
  readTableFile,
} from '../../../../shared/import';

const dir = join(import.meta.dirname, '../../../fixtures/import');
const load = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const orgs = [
  anOrganisation({
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
    type: 'un-system',
  }),
];

async function prepared(
  name: string,
  sheet = 0,
): Promise<{ read: ReadResult; rows: PreparedRow[] }> {
  const result = await readTableFile(load(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.kind}`);
  const table = result.value.sheets[sheet]!.table;
  return {
    read: result.value,
    rows: prepareRows(table, proposeMapping(table.headers), { organisations: orgs }),
  };
}
const names = (rows: PreparedRow[]) =>
  rows.map((r) => `${r.person.givenName} ${r.person.familyName}`.trim());
const reasons = (rows: PreparedRow[]) =>
  rows.flatMap((r) => r.problems.map((p) => `${p.row}:${p.reason}:${p.value}`));

const refused: [string, string][] = [
  ['empty.csv', 'empty'],
  ['whitespace-only.csv', 'empty'],
  ['binary.csv', 'binary'],
  ['truncated.xlsx', 'corrupt'],
  ['password-protected.xlsx', 'encrypted'],
  ['zip-bomb.xlsx', 'zip-bomb'],
  ['not-a-workbook.xlsx', 'not-xlsx'],
];

describe('files that are refused with one clear reason', () => {
  it.each(refused)('%s → %s', async (name, kind) => {
    const result = await readTableFile(load(name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });
});

describe('encodings and delimiters', () => {
  it.each([
    ['utf8.csv', 'utf-8', ',', true],
    ['utf8-bom.csv', 'utf-8', ',', true],
    ['utf16le-bom.csv', 'utf-16le', ',', true],
    ['utf16be-bom.csv', 'utf-16be', ',', true],
    ['crlf.csv', 'utf-8', ',', true],
  ] as const)('%s reads as %s with %j', async (name, encoding, delimiter, confident) => {
    const { read, rows } = await prepared(name);
    expect([read.encoding, read.delimiter, read.confident]).toEqual([
      encoding,
      delimiter,
      confident,
    ]);
    expect(read.sheets[0]!.table.headers[0]).toBe('First name');
    expect(names(rows)).toEqual(['Amina Odhiambo', 'Lukas Schneider', 'Chloé Dubois']);
    expect(rows[2]!.person.gender).toBe('woman');
  });

  it('falls back to Windows-1252 and says it is unsure', async () => {
    const { read, rows } = await prepared('windows-1252.csv');
    expect([read.encoding, read.confident, read.delimiter]).toEqual(['windows-1252', false, ';']);
    expect(names(rows)).toEqual(['François Müller', 'José Núñez']);
    expect(rows.map((r) => r.person.nationalities)).toEqual([['CH'], ['ES']]);
  });

  it('reads French headers with semicolons and Spanish headers with tabs', async () => {
    const fr = await prepared('semicolon-fr.csv');
    expect(fr.rows[0]!.person).toMatchObject({
      givenName: 'Aïcha',
      gender: 'woman',
      nationalities: ['SN'],
      email: 'aicha@example.org',
    });
    const es = await prepared('tab.tsv');
    expect(es.read.delimiter).toBe('\t');
    expect(es.rows[0]!.person).toMatchObject({
      givenName: 'Lucía',
      familyName: 'Fernández',
      gender: 'woman',
      nationalities: ['MX'],
    });
    const es2 = await prepared('spanish-headers.csv');
    expect(es2.rows[0]!).toMatchObject({
      role: 'speaker',
      person: { residence: 'PA', nationalities: ['CO'], email: 'maria@example.org' },
    });
  });

  it('keeps a newline inside quotes in one cell', async () => {
    const { rows } = await prepared('quoted-newline.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.organisation).toMatchObject({ kind: 'new', name: 'Trinity College Dublin' });
  });

  it('drops a trailing empty column', async () => {
    const { read, rows } = await prepared('trailing-delimiter.csv');
    expect(read.sheets[0]!.table.headers).toEqual(['First name', 'Last name']);
    expect(names(rows)).toEqual(['Ada Lovelace']);
  });

  it('accepts a header-only file with no rows', async () => {
    const { rows } = await prepared('header-only.csv');
    expect(rows).toEqual([]);
  });
});

describe('countries', () => {
  it('reads NA as Namibia, never as missing; N/A is missing', async () => {
    const { rows } = await prepared('namibia.csv');
    expect(rows.map((r) => [r.person.nationalities, r.person.residence])).toEqual([
      [['NA'], 'NA'],
      [['NA'], 'NA'],
      [[], null],
    ]);
    expect(reasons(rows)).toEqual([]);
  });

  it('reads English demonyms', async () => {
    const { rows } = await prepared('demonyms.csv');
    expect(rows.map((r) => r.person.nationalities[0])).toEqual([
      'KE',
      'IT',
      'BR',
      'VN',
      'TR',
      'CI',
    ]);
  });

  it('splits several nationalities in one cell, keeping names with commas whole', async () => {
    const { rows } = await prepared('multi-nationality.csv');
    expect(rows.map((r) => r.person.nationalities)).toEqual([
      ['KE', 'DE'],
      ['KE', 'DE'],
      ['FR', 'CA'],
      ['KR'],
    ]);
  });

  it('reads aliases, accents and M49 codes', async () => {
    const { rows } = await prepared('aliases.csv');
    expect(rows.map((r) => r.person.residence)).toEqual([
      'US',
      'GB',
      'TR',
      'TR',
      'CI',
      'CI',
      'VN',
      'VN',
      'CI',
      'KE',
    ]);
  });

  it('reports an unknown country per row and keeps the rest of the row', async () => {
    const { rows } = await prepared('unknown-country.csv');
    expect(rows[0]!.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Nationality',
        value: 'Wakanda',
        reason: 'transfer.problem.unknownCountry',
        severity: 'warning',
      }),
    ]);
    expect(rows[0]!.person.nationalities).toEqual([]);
    expect(rows[1]!.person.nationalities).toEqual(['SN']);
  });
});

describe('names, genders and other values', () => {
  it('keeps names in any script, normalised to NFC', async () => {
    const { rows } = await prepared('non-latin.csv');
    expect(names(rows)).toEqual([
      'محمد عبد الله',
      '王小明',
      'Иван Петров',
      'Nguyễn Thị Hương',
      'Zoé Lefèvre',
    ]);
    expect(rows[4]!.person.familyName).toBe('Lefèvre'.normalize('NFC'));
    expect(rows.map((r) => r.person.nationalities[0])).toEqual(['EG', 'CN', 'RU', 'VN', 'FR']);
    // Genders the tables do not know are kept as the person's own words, never dropped.
    expect(rows[1]!.person).toMatchObject({
      gender: 'self-described',
      genderSelfDescription: '男',
    });
  });

  it('maps the usual gender spellings and keeps anything else as self-described', async () => {
    const { rows } = await prepared('gender-variants.csv');
    expect(rows.map((r) => r.person.gender)).toEqual([
      ...Array<string>(5).fill('woman'),
      ...Array<string>(4).fill('man'),
      ...Array<string>(3).fill('non-binary'),
      ...Array<string>(3).fill('prefers-not-to-say'),
      'self-described',
      'unknown',
    ]);
    expect(rows[15]!.person.genderSelfDescription).toBe('Two-spirit');
  });

  it('refuses an invalid e-mail and an empty name as errors for the row', async () => {
    const mail = await prepared('invalid-email.csv');
    expect(reasons(mail.rows)).toEqual(['2:transfer.problem.invalidEmail:not-an-email']);
    const empty = await prepared('empty-name.csv');
    expect(empty.rows[0]!.problems.map((p) => [p.reason, p.severity])).toEqual([
      ['transfer.problem.emptyName', 'error'],
    ]);
    expect(empty.rows[1]!.problems).toEqual([]);
  });

  it('flags formula-like cells without executing them', async () => {
    const { rows } = await prepared('formula.csv');
    expect(rows[0]!.person.givenName).toBe('=HYPERLINK("http://evil.example","x")');
    expect(reasons(rows)).toEqual([
      '2:transfer.problem.formula:=HYPERLINK("http://evil.example","x")',
      '3:transfer.problem.formula:@SUM(A1)',
    ]);
  });

  it('reads roles and statuses in three languages', async () => {
    const { rows } = await prepared('role-status.csv');
    expect(rows.map((r) => [r.role, r.status])).toEqual([
      ['speaker', 'confirmed'],
      ['panelist', 'invited'],
      ['moderator', 'confirmed'],
      [null, null],
    ]);
    expect(rows[3]!.problems.map((p) => p.column)).toEqual(['Role', 'Status']);
  });

  it('matches organisations by name or acronym, or proposes a new one', async () => {
    const { rows } = await prepared('existing-orgs.csv');
    expect(rows.map((r) => r.organisation?.kind)).toEqual(['existing', 'existing', 'new']);
    expect(rows[2]!.organisation).toMatchObject({ name: 'Brand New Org', acronym: 'BNO' });
  });
});

describe('duplicates', () => {
  it('finds same-name (any order, case, accents) and same-e-mail pairs within the file', async () => {
    const { rows } = await prepared('duplicates.csv');
    const pairs = findDuplicates(rows, []).map((d) => [
      d.row,
      d.target.kind === 'row' ? d.target.row : d.target.id,
      d.reasons.join('+'),
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [3, 2, 'same-name-reordered'],
        [4, 2, 'same-name'],
        [4, 3, 'same-name-reordered'],
        [6, 5, 'same-email'],
      ]),
    );
    expect(pairs).toHaveLength(4);
  });
});

describe('XLSX', () => {
  it('reads a workbook and its sheets', async () => {
    const { read, rows } = await prepared('participants.xlsx');
    expect(read.format).toBe('xlsx');
    expect(names(rows)).toEqual(['Amina Odhiambo', 'Lukas Schneider']);
    expect(rows[1]!.person.nationalities).toEqual(['DE']);
    const two = await prepared('two-sheets.xlsx', 1);
    expect(two.read.sheets.map((s) => s.name)).toEqual(['Readme', 'List']);
    expect(two.rows[0]!.person).toMatchObject({
      givenName: 'Awa',
      familyName: 'Traoré',
      nationalities: ['ML'],
    });
  });

  it('takes the cached result of a formula cell, never the formula', async () => {
    const { rows } = await prepared('formula.xlsx');
    expect(names(rows)).toEqual(['Ann Lee', 'Bo Chen']);
  });
});
