// User-defined region schemes as files: `{"name": "...", "groups": {"Label": ["ISO2", ...]}}`,
// the format the issue fixes and `plenary report --scheme custom:FILE` reads. Parsing says
// exactly what is wrong, so the screen can refuse a bad file with a clear message.
import type { Iso2, RegionGroup, RegionScheme } from '../domain/model';
import { isIso2 } from '../reference/countries';

export type RegionSchemeDraft = { name: string; groups: RegionGroup[] };

export type RegionSchemeFileError =
  | { kind: 'json' }
  | { kind: 'shape' }
  | { kind: 'no-groups' }
  | { kind: 'bad-codes'; group: string; codes: string[] }
  | { kind: 'twice'; code: string; groups: [string, string] }
  | { kind: 'too-long' };

export type RegionSchemeParse =
  { ok: true; value: RegionSchemeDraft } | { ok: false; error: RegionSchemeFileError };

const MAX_TEXT = 200;
const MAX_GROUPS = 300;

/**
 * Reads a scheme file. Codes are upper-cased ("fr" is France); a country may be in one group
 * only, since a scheme is a partition (countries in no group count as unknown); empty groups
 * are kept (a group nobody comes from is a gap worth showing).
 */
export function parseRegionSchemeFile(text: string): RegionSchemeParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { kind: 'json' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: { kind: 'shape' } };
  const { name, groups } = raw as { name?: unknown; groups?: unknown };
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    typeof groups !== 'object' ||
    groups === null ||
    Array.isArray(groups)
  )
    return { ok: false, error: { kind: 'shape' } };
  const entries = Object.entries(groups as Record<string, unknown>);
  if (entries.length === 0) return { ok: false, error: { kind: 'no-groups' } };
  if (
    name.trim().length > MAX_TEXT ||
    entries.length > MAX_GROUPS ||
    entries.some(([label]) => label.trim().length > MAX_TEXT)
  )
    return { ok: false, error: { kind: 'too-long' } };
  const seen = new Map<string, string>();
  const out: RegionGroup[] = [];
  for (const [label, codes] of entries) {
    if (!Array.isArray(codes) || label.trim() === '')
      return { ok: false, error: { kind: 'shape' } };
    const upper = codes.map((c) => (typeof c === 'string' ? c.trim().toUpperCase() : String(c)));
    const bad = upper.filter((c) => !isIso2(c));
    if (bad.length > 0)
      return { ok: false, error: { kind: 'bad-codes', group: label, codes: bad } };
    const countries: Iso2[] = [];
    for (const code of upper as Iso2[]) {
      const other = seen.get(code);
      if (other !== undefined && other !== label)
        return { ok: false, error: { kind: 'twice', code, groups: [other, label] } };
      if (other === undefined) countries.push(code);
      seen.set(code, label);
    }
    out.push({ label: label.trim(), countries });
  }
  return { ok: true, value: { name: name.trim(), groups: out } };
}

/** The scheme as a file, in the same format; groups and codes in their stored order. */
export function regionSchemeToJson(scheme: Pick<RegionScheme, 'name' | 'groups'>): string {
  const groups = Object.fromEntries(scheme.groups.map((g) => [g.label, [...g.countries]]));
  return `${JSON.stringify({ name: scheme.name, groups }, null, 2)}\n`;
}
