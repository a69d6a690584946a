// The CSV the import scenario feeds the import wizard: one row per person of a synthetic
// workspace, with the columns a registration export typically has (names, e-mail, gender,
// nationality and residence as country names, organisation, job title), under headers the
// wizard maps on its own. Pure, unit-tested.
import type { WorkspaceData } from '../shared/domain/model';
import { countryName } from '../shared/reference/countries';

export const IMPORT_HEADERS = [
  'First name',
  'Last name',
  'Email',
  'Gender',
  'Nationality',
  'Country of residence',
  'Organisation',
  'Job title',
] as const;

/** RFC 4180: quote a field that holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The first `rows` people of `data` as CSV text (CRLF line ends, a header row first). */
export function importCsv(data: WorkspaceData, rows: number): string {
  const orgName = new Map(data.organisations.map((o) => [o.id as string, o.name]));
  const lines = [IMPORT_HEADERS.join(',')];
  for (const person of data.people.slice(0, rows)) {
    const primary = person.affiliations.find((a) => a.primary) ?? person.affiliations[0];
    // Registration forms say "Woman"/"Man"; the wizard's gender matcher reads them.
    const gender = person.gender === 'woman' ? 'Woman' : person.gender === 'man' ? 'Man' : '';
    lines.push(
      [
        person.givenName,
        person.familyName,
        person.email,
        gender,
        person.nationalities.map(countryName).join('; '),
        person.residence === null ? '' : countryName(person.residence),
        primary === undefined ? '' : (orgName.get(primary.organisationId) ?? ''),
        primary?.title ?? '',
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
