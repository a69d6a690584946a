// Country values as registration forms deliver them → ISO alpha-2 codes. Accepts ISO alpha-2 and
// alpha-3, UN M49 codes, names in the six UN languages, common English names and aliases and
// English demonyms, case- and accent-insensitively. `NA` is Namibia: it is never read as "not
// available" (only "N/A" is).
import type { Iso2 } from '../domain/ids';
import { COUNTRIES } from '../reference/countries';
import { DEMONYMS } from './demonyms';
import { fold } from './fold';

const ALIASES: readonly (readonly [string, string])[] = [
  ['USA', 'US'],
  ['U.S.A.', 'US'],
  ['United States of America', 'US'],
  ['America', 'US'],
  ['UK', 'GB'],
  ['U.K.', 'GB'],
  ['Great Britain', 'GB'],
  ['Britain', 'GB'],
  ['England', 'GB'],
  ['Scotland', 'GB'],
  ['Wales', 'GB'],
  ['Northern Ireland', 'GB'],
  ['Turkey', 'TR'],
  ['Turkiye', 'TR'],
  ['Ivory Coast', 'CI'],
  ['Cote d Ivoire', 'CI'],
  ['Vietnam', 'VN'],
  ['Viet Nam', 'VN'],
  ['Russia', 'RU'],
  ['South Korea', 'KR'],
  ['Korea', 'KR'],
  ['Republic of Korea', 'KR'],
  ['North Korea', 'KP'],
  ['DPRK', 'KP'],
  ['Iran', 'IR'],
  ['Syria', 'SY'],
  ['Laos', 'LA'],
  ['Lao PDR', 'LA'],
  ['Bolivia', 'BO'],
  ['Venezuela', 'VE'],
  ['Tanzania', 'TZ'],
  ['Moldova', 'MD'],
  ['Czech Republic', 'CZ'],
  ['Czechia', 'CZ'],
  ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'],
  ['Burma', 'MM'],
  ['Cape Verde', 'CV'],
  ['Holland', 'NL'],
  ['The Netherlands', 'NL'],
  ['DRC', 'CD'],
  ['DR Congo', 'CD'],
  ['Congo Kinshasa', 'CD'],
  ['Democratic Republic of Congo', 'CD'],
  ['Congo Brazzaville', 'CG'],
  ['Republic of Congo', 'CG'],
  ['Palestine', 'PS'],
  ['State of Palestine', 'PS'],
  ['Vatican', 'VA'],
  ['Holy See', 'VA'],
  ['Brunei', 'BN'],
  ['Micronesia', 'FM'],
  ['East Timor', 'TL'],
  ['UAE', 'AE'],
  ['Emirates', 'AE'],
  ['KSA', 'SA'],
  ['PRC', 'CN'],
  ['Taiwan', 'TW'],
  ['Hong Kong', 'HK'],
  ['Macau', 'MO'],
  ['Kosovo', 'XK'],
  ['Eswatini', 'SZ'],
  ['St Lucia', 'LC'],
  ['St Kitts and Nevis', 'KN'],
  ['St Vincent and the Grenadines', 'VC'],
  ['Sao Tome', 'ST'],
  ['Gambia', 'GM'],
  ['Bahamas', 'BS'],
  ['Estados Unidos', 'US'],
  ['EEUU', 'US'],
  ['EE UU', 'US'],
  ['Etats-Unis', 'US'],
  ['Россия', 'RU'],
  ['Russie', 'RU'],
  ['Rusia', 'RU'],
  ['Corée du Sud', 'KR'],
  ['Corea del Sur', 'KR'],
  ['Royaume-Uni', 'GB'],
  ['Reino Unido', 'GB'],
  ['Turquie', 'TR'],
  ['Turquia', 'TR'],
];

/** Values that mean "no answer": empty, dashes, N/A. Not "NA", which is Namibia. */
const MISSING = new Set(['', 'n a', 'none', 'nil', 'unknown', 'not applicable', 'not available']);

type Index = { byKey: Map<string, string>; ambiguous: Set<string> };

function buildIndex(): Index {
  const byKey = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (raw: string, iso2: string) => {
    const key = fold(raw);
    if (key === '') return;
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, iso2);
    else if (existing !== iso2) ambiguous.add(key);
  };
  // Order sets priority: official names, then aliases, then demonyms (a later, conflicting entry
  // does not override an earlier one, and marks the key ambiguous only among equals).
  for (const c of COUNTRIES) {
    add(c.name, c.iso2);
    add(c.commonName, c.iso2);
    add(c.untermShort.replace(/\s*\(the\)\s*$/i, ''), c.iso2);
    add(c.untermFormal.replace(/^the\s+/i, ''), c.iso2);
    for (const n of Object.values(c.names)) add(n, c.iso2);
  }
  for (const [alias, iso2] of ALIASES) if (!byKey.has(fold(alias))) add(alias, iso2);
  for (const [demonym, iso2] of DEMONYMS) if (!byKey.has(fold(demonym))) add(demonym, iso2);
  for (const key of ambiguous) byKey.delete(key);
  // Also without spaces, for "cote divoire", "guineabissau", "newzealand".
  for (const [key, iso2] of [...byKey]) {
    const compact = key.replace(/ /g, '');
    if (!byKey.has(compact)) byKey.set(compact, iso2);
  }
  return { byKey, ambiguous };
}

let index: Index | null = null;
const iso3 = new Map(COUNTRIES.map((c) => [c.iso3, c.iso2]));
const m49 = new Map(COUNTRIES.map((c) => [c.m49, c.iso2]));
const iso2Set = new Set(COUNTRIES.map((c) => c.iso2 as string));

/** One country value → its code, or null when it is not recognised. */
export function matchCountry(value: string): Iso2 | null {
  const trimmed = value.normalize('NFC').trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && iso2Set.has(trimmed.toUpperCase())) {
    return trimmed.toUpperCase() as Iso2;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const hit = iso3.get(trimmed.toUpperCase());
    if (hit) return hit;
  }
  if (/^\d{1,3}$/.test(trimmed)) {
    const hit = m49.get(trimmed.padStart(3, '0'));
    if (hit) return hit;
  }
  index ??= buildIndex();
  const key = fold(trimmed);
  const hit = index.byKey.get(key) ?? index.byKey.get(key.replace(/ /g, ''));
  if (hit) return hit as Iso2;
  // "Korea, Republic of" → "Republic of Korea".
  const comma = trimmed.lastIndexOf(',');
  if (comma > 0) {
    const reordered = fold(`${trimmed.slice(comma + 1)} ${trimmed.slice(0, comma)}`);
    const again = index.byKey.get(reordered);
    if (again) return again as Iso2;
  }
  return null;
}

export type CountryList = { codes: Iso2[]; unknown: string[] };

export function isMissingValue(value: string): boolean {
  const t = value.trim();
  return /^[-–—?.]*$/.test(t) || MISSING.has(fold(t));
}

/**
 * A cell that may hold several countries ("Kenya; Germany", "Kenyan/German", "France and
 * Canada"). The whole cell is tried first, so names with commas ("Korea, Republic of") survive.
 */
export function parseCountries(value: string): CountryList {
  if (isMissingValue(value)) return { codes: [], unknown: [] };
  const whole = matchCountry(value);
  if (whole) return { codes: [whole], unknown: [] };
  const codes: Iso2[] = [];
  const unknown: string[] = [];
  const push = (code: Iso2) => {
    if (!codes.includes(code)) codes.push(code);
  };
  // Separators first, then each part whole, and only then "and"/"et"/"y"/"&" inside a part:
  // "Ghana; United Kingdom of Great Britain and Northern Ireland" is two countries, not three
  // pieces of which one is unknown (the app's own country names were refused that way).
  for (const part of value.split(/\s*[;/|+\n]\s*/)) {
    if (part.trim() === '') continue;
    const hit = matchCountry(part);
    if (hit) {
      push(hit);
      continue;
    }
    for (const piece of part.split(/\s*(?:&| and | et | y )\s*/i)) {
      if (piece.trim() === '') continue;
      const found = matchCountry(piece);
      if (found) {
        push(found);
        continue;
      }
      // Commas last: "Kenya, Germany" — but only when every piece is a country.
      const names = piece
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const hits = names.map(matchCountry);
      if (names.length > 1 && hits.every((h) => h !== null)) hits.forEach((h) => h && push(h));
      else unknown.push(piece.trim());
    }
  }
  return { codes, unknown };
}
