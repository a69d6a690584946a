// Property tests: export → import of random workspaces loses nothing; pseudonymised ids differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPerson, anOrganisation, aWorkspace } from '../../../helpers/builders';
import type { Person } from '../../../../shared/domain/model';
import { GENDERS, STAKEHOLDER_GROUPS } from '../../../../shared/domain/model';
import { validateRecord } from '../../../../shared/domain/schemas';
import { COUNTRIES } from '../../../../shared/reference/countries';
import { generateDemoWorkspace } from '../../../../shared/demo';
import { exportSheet, parseWorkspaceFile, pseudonymise, toCsv } from '../../../../shared/export';
import {
  normaliseGender,
  prepareRows,
  proposeMapping,
  readTableFile,
  tidy,
} from '../../../../shared/import';
import { createRandom } from '../../../../shared/random';
import { toWorkspaceFile } from '../../../../shared/workspace-file';

const codes = COUNTRIES.map((c) => c.iso2);
// Text as people type it: any script, quotes, commas, newlines, formula-like starts — tidied
// (the import trims and collapses spaces by design, so untidy input is not a loss).
const word = fc
  .string({
    unit: fc.constantFrom(...'aZéß漢字Жقệ"\',;=+-@ \t'.split(''), 'Nguyễn', "O'Neil"),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => tidy(s))
  .filter((s) => s !== '');
const listItem = word
  .map((s) => s.replace(/[;,|]/g, ''))
  .filter((s) => s.trim() !== '')
  .map(tidy);

const personArb = fc
  .record({
    givenName: fc.option(word, { nil: '' }),
    familyName: word,
    honorific: fc.option(fc.constantFrom('Dr', 'Ms', 'Prof.'), { nil: '' }),
    gender: fc.constantFrom(...GENDERS),
    selfDescription: word,
    nationalities: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 }),
    residence: fc.option(fc.constantFrom(...codes), { nil: null }),
    stakeholderGroup: fc.option(fc.constantFrom(...STAKEHOLDER_GROUPS), { nil: null }),
    email: fc.option(fc.emailAddress(), { nil: '' }),
    phone: fc.option(fc.constantFrom('+254 20 123 4567', '-1', '(0)1 23 45'), { nil: '' }),
    notes: fc.option(
      fc.string({ maxLength: 40 }).map((s) => s.trim()),
      { nil: '' },
    ),
    tags: fc.uniqueArray(listItem, { maxLength: 3 }),
  })
  // A self-description that reads as one of the categories would import as that category.
  .filter(
    (r) =>
      r.gender !== 'self-described' ||
      normaliseGender(r.selfDescription).gender === 'self-described',
  )
  .map((r) =>
    aPerson({
      givenName: r.givenName,
      familyName: r.familyName,
      honorific: r.honorific,
      gender: r.gender,
      genderSelfDescription: r.gender === 'self-described' ? r.selfDescription : '',
      nationalities: r.nationalities,
      residence: r.residence,
      stakeholderGroup: r.stakeholderGroup,
      email: r.email,
      phone: r.phone,
      notes: r.notes,
      tags: r.tags,
    }),
  )
  .filter((p) => validateRecord('people', p).ok);

const FIELDS = [
  'honorific',
  'givenName',
  'familyName',
  'gender',
  'genderSelfDescription',
  'nationalities',
  'residence',
  'stakeholderGroup',
  'email',
  'phone',
  'notes',
  'tags',
] as const;
const pick = (p: Pick<Person, (typeof FIELDS)[number]>) =>
  Object.fromEntries(FIELDS.map((f) => [f, p[f]]));

describe('export → import round trips', () => {
  it('a people CSV imports back to the same values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(personArb, { minLength: 1, maxLength: 8 }), async (people) => {
        const org = anOrganisation({ name: 'Round Trip Institute' });
        const withOrg = people.map((p) => ({
          ...p,
          affiliations: [{ organisationId: org.id, title: '', primary: true }],
        }));
        const data = aWorkspace({ people: withOrg, organisations: [org] });
        const csv = toCsv(exportSheet(data, 'people'));
        const read = await readTableFile(new TextEncoder().encode(csv));
        if (!read.ok) throw new Error(read.error.kind);
        const table = read.value.sheets[0]!.table;
        const rows = prepareRows(table, proposeMapping(table.headers), data);
        expect(rows.map((r) => pick({ ...r.person }))).toEqual(withOrg.map(pick));
        expect(
          rows.every((r) => r.organisation?.kind === 'existing' && r.organisation.id === org.id),
        ).toBe(true);
        expect(rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a workspace file parses back to every record, unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(personArb, { maxLength: 5 }),
        (seed, extra) => {
          const demo = generateDemoWorkspace({ now: '2026-11-28T10:00:00.000Z', seed });
          const data = { ...demo, people: [...demo.people, ...extra] };
          const text = JSON.stringify(
            toWorkspaceFile(
              data,
              { name: 'W', createdAt: '2026-01-01T00:00:00.000Z' },
              '2026-11-28T10:00:00.000Z',
              't',
            ),
          );
          const parsed = parseWorkspaceFile(text);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.error).slice(0, 300));
          expect(parsed.file.data).toEqual(data);
        },
      ),
      { numRuns: 3 },
    );
  });

  it('a pseudonymised copy has no names or e-mails, valid records, and new ids every time', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 6 }),
        fc.integer(),
        (people, seed) => {
          const data = aWorkspace({ people });
          const random = createRandom(seed);
          const a = pseudonymise(data, random.bytes);
          const b = pseudonymise(data, random.bytes);
          for (const p of a.people) expect(validateRecord('people', p).ok).toBe(true);
          const ids = new Set(people.map((p) => p.id));
          expect(a.people.some((p) => ids.has(p.id))).toBe(false);
          expect(a.people.map((p) => p.id)).not.toEqual(b.people.map((p) => p.id));
          expect(
            a.people.every((p) => p.givenName === '' && p.email === '' && p.phone === ''),
          ).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
