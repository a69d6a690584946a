// Mapped rows → people ready to import, with every normalisation change and every problem listed
// per row, before anything is written. Pure: the workspace is read, never changed.
import type { Iso2 } from '../domain/ids';
import type {
  Gender,
  Organisation,
  ParticipationRole,
  ParticipationStatus,
  StakeholderGroup,
  WorkspaceData,
} from '../domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES, STAKEHOLDER_GROUPS } from '../domain/model';
import type { Table } from './csv';
import { fold, tidy } from './fold';
import type { ColumnMapping, ImportField } from './mapping';
import { parseCountries } from './normalise-country';
import { normaliseGender } from './normalise-gender';
import { matchEnum } from './normalise-enums';
import { isValidEmail } from '../domain/schemas';

/** A problem with one cell; `reason` is an i18n key of the transfer namespace. */
export type RowProblem = {
  /** 1-based line of the file's table: the header is row 1, the first data row is row 2. */
  row: number;
  column: string;
  value: string;
  reason: string;
  params?: Record<string, string>;
  /** 'error': the row cannot be imported as it is; 'warning': the value is left out. */
  severity: 'error' | 'warning';
};

export type Change = { column: string; from: string; to: string };

export type OrganisationRef =
  | { kind: 'existing'; id: Organisation['id']; name: string }
  | { kind: 'new'; name: string; acronym: string; key: string };

export type IncomingPerson = {
  honorific: string;
  givenName: string;
  familyName: string;
  gender: Gender;
  genderSelfDescription: string;
  nationalities: Iso2[];
  residence: Iso2 | null;
  stakeholderGroup: StakeholderGroup | null;
  email: string;
  phone: string;
  expertise: string[];
  languages: string[];
  tags: string[];
  notes: string;
  title: string;
};

export type PreparedRow = {
  row: number;
  person: IncomingPerson;
  organisation: OrganisationRef | null;
  role: ParticipationRole | null;
  status: ParticipationStatus | null;
  changes: Change[];
  problems: RowProblem[];
};

export type PrepareOptions = {
  /** Defaults for the participation in the target event, when the file has no such column. */
  role?: ParticipationRole;
  status?: ParticipationStatus;
  /** Called with the share of rows prepared so far (0–1), every thousand rows. */
  onProgress?: (fraction: number) => void;
};

const list = (v: string) =>
  v
    .split(/[;,|\n]/)
    .map(tidy)
    .filter((s) => s !== '');

/** "Family, Given" or "Given Family"; the given/family order is a guess shown as a change. */
function splitFullName(full: string): { givenName: string; familyName: string } {
  const comma = full.indexOf(',');
  if (comma > 0) {
    return { familyName: tidy(full.slice(0, comma)), givenName: tidy(full.slice(comma + 1)) };
  }
  const parts = full.split(' ');
  if (parts.length === 1) return { givenName: '', familyName: full };
  return { givenName: parts.slice(0, -1).join(' '), familyName: parts[parts.length - 1] ?? '' };
}

/** Undoes the export's formula neutralisation ('=… → =…), so export → import loses nothing. */
export function unneutralise(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function organisationKey(name: string): string {
  return fold(name)
    .replace(/^the /, '')
    .replace(/\b(inc|ltd|llc|gmbh|sa|ag|plc)\b/g, '')
    .trim();
}

/** `fn` computed once per distinct argument (for the lifetime of the returned function). */
function memo<R>(fn: (value: string) => R): (value: string) => R {
  const cache = new Map<string, R>();
  return (value) => {
    if (cache.has(value)) return cache.get(value) as R;
    const result = fn(value);
    cache.set(value, result);
    return result;
  };
}

export function prepareRows(
  table: Table,
  mapping: ColumnMapping,
  workspace: Pick<WorkspaceData, 'organisations'>,
  options: PrepareOptions = {},
): PreparedRow[] {
  const orgByKey = new Map<string, Organisation>();
  for (const o of workspace.organisations) {
    if (o.deletedAt !== null) continue;
    orgByKey.set(organisationKey(o.name), o);
    if (o.acronym.trim() !== '') orgByKey.set(`acronym:${fold(o.acronym)}`, o);
  }
  // Country cells and organisation names repeat across a file (a few hundred distinct values in
  // 50,000 rows): each distinct one is folded and matched once per check, not once per row
  // (folding was most of the check's time). The results are only read.
  const countriesOf = memo(parseCountries);
  const orgKeyOf = memo(organisationKey);
  const acronymKeyOf = memo((name) => `acronym:${fold(name)}`);
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((f, i) => {
    if (f !== null && !columnOf.has(f)) columnOf.set(f, i);
  });

  const total = table.rows.length;
  return table.rows.map((cells, index) => {
    if (options.onProgress && index % 1000 === 999) options.onProgress((index + 1) / total);
    const row = index + 2;
    const problems: RowProblem[] = [];
    const changes: Change[] = [];
    const header = (f: ImportField) => table.headers[columnOf.get(f) ?? -1] ?? f;
    const raw = (f: ImportField) => {
      const i = columnOf.get(f);
      return unneutralise(i === undefined ? '' : (cells[i] ?? ''));
    };
    const value = (f: ImportField) => tidy(raw(f));
    const problem = (
      f: ImportField,
      reason: string,
      severity: RowProblem['severity'],
      params?: Record<string, string>,
    ) =>
      problems.push({
        row,
        column: header(f),
        value: raw(f),
        reason,
        severity,
        ...(params ? { params } : {}),
      });
    const change = (f: ImportField, to: string) => {
      if (raw(f) !== to) changes.push({ column: header(f), from: raw(f), to });
    };

    let givenName = value('givenName');
    let familyName = value('familyName');
    if (givenName === '' && familyName === '' && value('fullName') !== '') {
      ({ givenName, familyName } = splitFullName(value('fullName')));
      change('fullName', `${givenName} | ${familyName}`);
    }
    // The model requires a family name: a lone given name is kept there rather than lost.
    if (familyName === '' && givenName !== '') {
      familyName = givenName;
      givenName = '';
    }
    if (givenName === '' && familyName === '') {
      problems.push({
        row,
        column: header(columnOf.has('fullName') ? 'fullName' : 'familyName'),
        value: '',
        reason: 'transfer.problem.emptyName',
        severity: 'error',
      });
    }

    const g = normaliseGender(raw('gender'));
    if (raw('gender').trim() !== '')
      change(
        'gender',
        g.gender === 'self-described' ? `self-described: ${g.selfDescription}` : g.gender,
      );

    const nat = countriesOf(raw('nationality'));
    for (const u of nat.unknown)
      problem('nationality', 'transfer.problem.unknownCountry', 'warning', { value: u });
    if (raw('nationality').trim() !== '') change('nationality', nat.codes.join('; '));

    const res = countriesOf(raw('residence'));
    for (const u of res.unknown)
      problem('residence', 'transfer.problem.unknownCountry', 'warning', { value: u });
    if (res.codes.length > 1) problem('residence', 'transfer.problem.severalResidences', 'warning');
    if (raw('residence').trim() !== '') change('residence', res.codes[0] ?? '');

    const email = value('email');
    if (email !== '' && !isValidEmail(email))
      problem('email', 'transfer.problem.invalidEmail', 'error');

    let stakeholderGroup: StakeholderGroup | null = null;
    if (value('stakeholderGroup') !== '') {
      stakeholderGroup = matchEnum(
        'stakeholderGroup',
        value('stakeholderGroup'),
        STAKEHOLDER_GROUPS,
      );
      if (stakeholderGroup) change('stakeholderGroup', stakeholderGroup);
      else problem('stakeholderGroup', 'transfer.problem.unknownChoice', 'warning');
    }

    let role: ParticipationRole | null = options.role ?? null;
    if (value('role') !== '') {
      const r = matchEnum('role', value('role'), PARTICIPATION_ROLES);
      if (r) {
        role = r;
        change('role', r);
      } else problem('role', 'transfer.problem.unknownChoice', 'warning');
    }
    let status: ParticipationStatus | null = options.status ?? null;
    if (value('status') !== '') {
      const s = matchEnum('status', value('status'), PARTICIPATION_STATUSES);
      if (s) {
        status = s;
        change('status', s);
      } else problem('status', 'transfer.problem.unknownChoice', 'warning');
    }

    let organisation: OrganisationRef | null = null;
    const orgName = value('organisation');
    const acronym = value('organisationAcronym');
    if (orgName !== '' || acronym !== '') {
      const hit =
        (orgName !== ''
          ? (orgByKey.get(orgKeyOf(orgName)) ?? orgByKey.get(acronymKeyOf(orgName)))
          : undefined) ?? (acronym !== '' ? orgByKey.get(acronymKeyOf(acronym)) : undefined);
      if (hit) {
        organisation = { kind: 'existing', id: hit.id, name: hit.name };
        if (hit.name !== orgName) change('organisation', hit.name);
      } else {
        const name = orgName !== '' ? orgName : acronym;
        organisation = { kind: 'new', name, acronym, key: orgKeyOf(name) };
      }
    }

    for (const f of ['givenName', 'familyName', 'email', 'notes', 'title'] as const) {
      if (raw(f) !== '' && /^[=+\-@]/.test(raw(f).trim()))
        problem(f, 'transfer.problem.formula', 'warning');
    }

    return {
      row,
      person: {
        honorific: value('honorific'),
        givenName,
        familyName,
        gender: g.gender,
        genderSelfDescription: g.selfDescription,
        nationalities: nat.codes,
        residence: res.codes[0] ?? null,
        stakeholderGroup,
        email,
        phone: value('phone'),
        expertise: list(raw('expertise')),
        languages: list(raw('languages')),
        tags: list(raw('tags')),
        notes: raw('notes').normalize('NFC').trim(),
        title: value('title'),
      },
      organisation,
      role,
      status,
      changes,
      problems,
    };
  });
}
