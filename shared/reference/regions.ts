// Region schemes: how countries group for analytics, filters and the network view. The built-in
// schemes read the M49 and UN reference data; user-defined ones are RegionScheme records.
// Category labels are the English labels of the reference data: they are data (stable keys that
// targets and saved views store), not UI text. Only scheme names are i18n keys.
import type { RegionScheme } from '../domain/model';
import { COUNTRIES, countryByIso2 } from './countries';
import type { Country } from './countries';

export const BUILT_IN_SCHEME_KEYS = [
  'country',
  'm49-region',
  'm49-subregion',
  'm49-intermediate',
  'un-regional-group',
  'ldc',
  'lldc',
  'sids',
] as const;
export type BuiltInSchemeKey = (typeof BUILT_IN_SCHEME_KEYS)[number];

export type BuiltInScheme = {
  key: BuiltInSchemeKey;
  /** i18n key of the scheme's name. */
  labelKey: string;
  /** The category of a country (ISO alpha-2), or null when the scheme does not place it. */
  categoryOf: (iso2: string) => string | null;
  /** Every category, in reference order, including those no country in a workspace falls in. */
  categories: readonly string[];
};

export const LDC_LABELS = { yes: 'LDC', no: 'Not LDC' } as const;
export const LLDC_LABELS = { yes: 'LLDC', no: 'Not LLDC' } as const;
export const SIDS_LABELS = { yes: 'SIDS', no: 'Not SIDS' } as const;

// M49 lists regions alphabetically and, within each, sub-regions alphabetically; sorting the
// names the same way reproduces the UN Statistics Division's own order.
function m49Ordered(key: (c: Country) => string | null): string[] {
  const seen = new Map<string, string>();
  for (const c of COUNTRIES) {
    const category = key(c);
    if (category === null || seen.has(category)) continue;
    seen.set(category, [c.region ?? '', c.subregion ?? '', category].join('\u0000'));
  }
  return [...seen.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([category]) => category);
}

function flagScheme(
  key: 'ldc' | 'lldc' | 'sids',
  labelKey: string,
  labels: { yes: string; no: string },
): BuiltInScheme {
  return {
    key,
    labelKey,
    categoryOf: (iso2) => {
      const c = countryByIso2(iso2);
      if (c === undefined) return null;
      return c[key] ? labels.yes : labels.no;
    },
    categories: [labels.yes, labels.no],
  };
}

function fieldScheme(
  key: BuiltInSchemeKey,
  labelKey: string,
  field: (c: Country) => string | null,
  categories: readonly string[],
): BuiltInScheme {
  return {
    key,
    labelKey,
    categoryOf: (iso2) => {
      const c = countryByIso2(iso2);
      return c === undefined ? null : field(c);
    },
    categories,
  };
}

const intermediateOrSub = (c: Country) => c.intermediateRegion ?? c.subregion;

export const BUILT_IN_SCHEMES: readonly BuiltInScheme[] = [
  fieldScheme(
    'country',
    'regions.schemes.country',
    (c) => c.name,
    COUNTRIES.map((c) => c.name).sort((a, b) => a.localeCompare(b, 'en')),
  ),
  fieldScheme(
    'm49-region',
    'regions.schemes.m49Region',
    (c) => c.region,
    m49Ordered((c) => c.region),
  ),
  fieldScheme(
    'm49-subregion',
    'regions.schemes.m49Subregion',
    (c) => c.subregion,
    m49Ordered((c) => c.subregion),
  ),
  fieldScheme(
    'm49-intermediate',
    'regions.schemes.m49Intermediate',
    intermediateOrSub,
    m49Ordered(intermediateOrSub),
  ),
  fieldScheme(
    'un-regional-group',
    'regions.schemes.unRegionalGroup',
    (c) => c.unRegionalGroup,
    [
      ...new Set(COUNTRIES.flatMap((c) => (c.unRegionalGroup === null ? [] : [c.unRegionalGroup]))),
    ].sort(),
  ),
  flagScheme('ldc', 'regions.schemes.ldc', LDC_LABELS),
  flagScheme('lldc', 'regions.schemes.lldc', LLDC_LABELS),
  flagScheme('sids', 'regions.schemes.sids', SIDS_LABELS),
];

const builtInByKey = new Map<string, BuiltInScheme>(BUILT_IN_SCHEMES.map((s) => [s.key, s]));

export function isBuiltInSchemeKey(key: string): key is BuiltInSchemeKey {
  return builtInByKey.has(key);
}

export function builtInScheme(key: BuiltInSchemeKey): BuiltInScheme {
  const scheme = builtInByKey.get(key);
  if (scheme === undefined) throw new Error(`Unknown built-in region scheme ${key}`);
  return scheme;
}

// Region look-ups run once per person per chart; index each custom scheme once. Keyed by the
// record object, so an edited scheme (a new object) gets a fresh index.
const customIndexes = new WeakMap<RegionScheme, Map<string, string>>();

function customIndex(scheme: RegionScheme): Map<string, string> {
  let index = customIndexes.get(scheme);
  if (index === undefined) {
    index = new Map();
    for (const group of scheme.groups) {
      for (const iso2 of group.countries) {
        // A country listed in two groups belongs to the first, as the user sees them in order.
        if (!index.has(iso2)) index.set(iso2, group.label);
      }
    }
    customIndexes.set(scheme, index);
  }
  return index;
}

/** The label of the first group of a user-defined scheme that lists the country, or null. */
export function customSchemeCategory(scheme: RegionScheme, iso2: string | null): string | null {
  if (iso2 === null) return null;
  return customIndex(scheme).get(iso2.toUpperCase()) ?? null;
}

function findCustom(
  schemeKey: string,
  customSchemes: readonly RegionScheme[],
): RegionScheme | undefined {
  return customSchemes.find((s) => s.id === schemeKey && s.deletedAt === null);
}

/**
 * The category of a country under a scheme: a built-in key, or the id of a user-defined scheme
 * among `customSchemes`. Null for no country, an unknown country, a country the scheme does
 * not place (Antarctica has no M49 region; non-members have no UN regional group), or an
 * unknown or deleted scheme.
 */
export function regionOf(
  schemeKey: string,
  iso2: string | null,
  customSchemes: readonly RegionScheme[] = [],
): string | null {
  if (iso2 === null) return null;
  const builtIn = builtInByKey.get(schemeKey);
  if (builtIn !== undefined) return builtIn.categoryOf(iso2);
  const custom = findCustom(schemeKey, customSchemes);
  return custom === undefined ? null : customSchemeCategory(custom, iso2);
}

/** Every category of a scheme in its own order, so that an empty category can be reported. */
export function categoriesOf(
  schemeKey: string,
  customSchemes: readonly RegionScheme[] = [],
): readonly string[] {
  const builtIn = builtInByKey.get(schemeKey);
  if (builtIn !== undefined) return builtIn.categories;
  const custom = findCustom(schemeKey, customSchemes);
  if (custom === undefined) return [];
  return [...new Set(custom.groups.map((g) => g.label))];
}
