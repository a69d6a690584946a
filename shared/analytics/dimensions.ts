// What a person counts as under a dimension: the category keys of one person, the English label
// of a category, and every category a dimension has (so that empty ones can be reported).
import type {
  Dimension,
  Organisation,
  OrganisationId,
  Participation,
  Person,
  RegionScheme,
} from '../domain/model';
import {
  GENDERS,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  STAKEHOLDER_GROUPS,
} from '../domain/model';
import { enums } from '../i18n/en/enums';
import { COUNTRIES, countryName } from '../reference/countries';
import { categoriesOf, regionOf } from '../reference/regions';

/** Every dimension an analysis can count by: the stored Dimension, or a participation field. */
export type AnyDimension = Dimension | { kind: 'role' } | { kind: 'status' };

/** The dimension's name in reports: 'gender', 'nationality', 'attribute:<key>'… */
export function dimensionName(dimension: AnyDimension): string {
  return dimension.kind === 'attribute' ? `attribute:${dimension.key}` : dimension.kind;
}

export function dimensionScheme(dimension: AnyDimension): string | null {
  return dimension.kind === 'nationality' || dimension.kind === 'residence'
    ? dimension.scheme
    : null;
}

export type ValueContext = {
  organisations: ReadonlyMap<OrganisationId, Organisation>;
  customSchemes: readonly RegionScheme[];
  /** The matching participations of each person, for the role and status dimensions. */
  participationsByPerson: ReadonlyMap<string, readonly Participation[]>;
};

function placeCountries(
  codes: readonly string[],
  scheme: string,
  customSchemes: readonly RegionScheme[],
): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    // The country scheme keys by ISO code (stable across renamings); the others by label.
    const category =
      scheme === 'country'
        ? regionOf(scheme, code, customSchemes) === null
          ? null
          : code.toUpperCase()
        : regionOf(scheme, code, customSchemes);
    if (category !== null) out.add(category);
  }
  return [...out];
}

/** The dimensions under which a person has at most one value. */
export type SingleValuedDimension = Extract<
  AnyDimension,
  { kind: 'gender' | 'stakeholder-group' | 'organisation-type' | 'attribute' }
>;

export function isSingleValued(dimension: AnyDimension): dimension is SingleValuedDimension {
  return (
    dimension.kind === 'gender' ||
    dimension.kind === 'stakeholder-group' ||
    dimension.kind === 'organisation-type' ||
    dimension.kind === 'attribute'
  );
}

/**
 * The one category key of a person under a single-valued dimension, or null for "no value".
 * Counting 50,000 people by gender without a list per person is what keeps an analysis near the
 * cost of a plain counting loop.
 */
export function singleValueOf(
  person: Person,
  dimension: SingleValuedDimension,
  ctx: ValueContext,
): string | null {
  switch (dimension.kind) {
    case 'gender':
      return person.gender === 'unknown' ? null : person.gender;
    case 'stakeholder-group':
      return person.stakeholderGroup;
    case 'organisation-type': {
      const affiliation = person.affiliations.find((a) => a.primary) ?? person.affiliations[0];
      const org =
        affiliation === undefined ? undefined : ctx.organisations.get(affiliation.organisationId);
      return org === undefined || org.deletedAt !== null ? null : org.type;
    }
    case 'attribute': {
      const value = (person.attributes[dimension.key] ?? '').trim();
      return value === '' ? null : value;
    }
  }
}

/**
 * The category keys a person falls in; an empty list means "no value" (counted as unknown).
 * Gender 'unknown' is no value; 'prefers-not-to-say' is an answer and a category of its own.
 * A person with two nationalities in two regions falls in both.
 */
export function valuesOf(person: Person, dimension: AnyDimension, ctx: ValueContext): string[] {
  if (isSingleValued(dimension)) {
    const value = singleValueOf(person, dimension, ctx);
    return value === null ? [] : [value];
  }
  switch (dimension.kind) {
    case 'nationality':
      return placeCountries(person.nationalities, dimension.scheme, ctx.customSchemes);
    case 'residence':
      return placeCountries(
        person.residence === null ? [] : [person.residence],
        dimension.scheme,
        ctx.customSchemes,
      );
    case 'role':
    case 'status': {
      const field = dimension.kind;
      const parts = ctx.participationsByPerson.get(person.id) ?? [];
      return [...new Set(parts.map((p) => p[field]))];
    }
  }
}

/** English display text of a category key (the CLI prints it; the UI translates enum keys). */
export function categoryLabel(dimension: AnyDimension, key: string): string {
  switch (dimension.kind) {
    case 'gender':
      return (enums.gender as Record<string, string>)[key] ?? key;
    case 'stakeholder-group':
    case 'organisation-type':
      return (enums.stakeholderGroup as Record<string, string>)[key] ?? key;
    case 'role':
      return (enums.role as Record<string, string>)[key] ?? key;
    case 'status':
      return (enums.status as Record<string, string>)[key] ?? key;
    case 'nationality':
    case 'residence':
      return dimension.scheme === 'country' ? countryName(key) : key;
    case 'attribute':
      return key;
  }
}

/** Every category of a dimension, in its natural order; attributes have no fixed list. */
export function allCategories(
  dimension: AnyDimension,
  customSchemes: readonly RegionScheme[],
): readonly string[] {
  switch (dimension.kind) {
    case 'gender':
      return GENDERS.filter((g) => g !== 'unknown');
    case 'stakeholder-group':
    case 'organisation-type':
      return STAKEHOLDER_GROUPS;
    case 'role':
      return PARTICIPATION_ROLES;
    case 'status':
      return PARTICIPATION_STATUSES;
    case 'nationality':
    case 'residence':
      return dimension.scheme === 'country'
        ? COUNTRIES.map((c) => c.iso2)
        : categoriesOf(dimension.scheme, customSchemes);
    case 'attribute':
      return [];
  }
}
