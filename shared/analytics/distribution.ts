// Counts and shares of the people in scope by one dimension: the basic representation table.
import type {
  Organisation,
  OrganisationId,
  Participation,
  Person,
  RegionScheme,
  WorkspaceData,
} from '../domain/model';
import type { AnyDimension, ValueContext } from './dimensions';
import {
  allCategories,
  categoryLabel,
  dimensionName,
  dimensionScheme,
  isSingleValued,
  singleValueOf,
  valuesOf,
} from './dimensions';
import type { PopulationIndex } from './populationIndex';
import { indexFits, scopeMask } from './populationIndex';
import type { PopulationFilter } from './scope';
import { isEveryone, matchingParticipations, participationMatcher } from './scope';

export type { PopulationFilter } from './scope';
export { peopleInScope } from './scope';

export type DistributionCategory = { key: string; label: string; count: number; share: number };
export type Distribution = {
  dimension: string;
  scheme: string | null;
  total: number;
  unknown: number;
  categories: DistributionCategory[];
};
export type DistributionOptions = {
  customSchemes?: readonly RegionScheme[];
  includeEmpty?: boolean;
  /**
   * The screen's shared index of these records (buildPopulationIndex): who is in scope then
   * costs a pass over integers instead of a join by id. Ignored when built from other arrays.
   */
  index?: PopulationIndex;
};

/** The lookups valuesOf needs, built once per analysis. */
export function valueContext(
  data: WorkspaceData,
  population: PopulationFilter,
  customSchemes: readonly RegionScheme[] = data.regionSchemes,
): ValueContext {
  const organisations = new Map<OrganisationId, Organisation>(
    data.organisations.map((o) => [o.id, o]),
  );
  const participationsByPerson = new Map<string, Participation[]>();
  for (const p of matchingParticipations(data, population)) {
    const list = participationsByPerson.get(p.personId) ?? [];
    list.push(p);
    participationsByPerson.set(p.personId, list);
  }
  return { organisations, customSchemes, participationsByPerson };
}

const NO_ORGANISATIONS: ReadonlyMap<OrganisationId, Organisation> = new Map();
const NO_PARTICIPATIONS: ReadonlyMap<string, readonly Participation[]> = new Map();

/**
 * Who is in scope and the lookups `dimension` needs, from ONE pass over the participations and
 * no intermediate lists: `inScope` is null when every live person counts, else the ids of the
 * people with a matching participation. At 50,000 people building every lookup (and filtering
 * the participations twice) cost several times the count itself; a dimension reads at most one
 * of the maps, so the others stay empty. With a fitting `index`, `inScope` comes as a mask over
 * data.people (`mask`) instead.
 */
function scopedContext(
  data: WorkspaceData,
  dimension: AnyDimension,
  population: PopulationFilter,
  customSchemes: readonly RegionScheme[],
  index: PopulationIndex | undefined,
): { inScope: ReadonlySet<string> | null; mask: Uint8Array | null; ctx: ValueContext } {
  const byParticipation = dimension.kind === 'role' || dimension.kind === 'status';
  const everyone = isEveryone(population);
  let inScope: Set<string> | null = null;
  let mask: Uint8Array | null = null;
  let participationsByPerson = NO_PARTICIPATIONS;
  if (byParticipation) {
    const map = new Map<string, Participation[]>();
    for (const p of matchingParticipations(data, population)) {
      const list = map.get(p.personId);
      if (list === undefined) map.set(p.personId, [p]);
      else list.push(p);
    }
    participationsByPerson = map;
    if (!everyone) inScope = new Set(map.keys());
  } else if (!everyone && indexFits(index, data)) {
    mask = scopeMask(index, population);
  } else if (!everyone) {
    const matches = participationMatcher(data.events, population);
    inScope = new Set<string>();
    for (const p of data.participations) if (matches(p)) inScope.add(p.personId);
  }
  const organisations =
    dimension.kind === 'organisation-type'
      ? new Map<OrganisationId, Organisation>(data.organisations.map((o) => [o.id, o]))
      : NO_ORGANISATIONS;
  return { inScope, mask, ctx: { organisations, customSchemes, participationsByPerson } };
}

export function byCountThenLabel(a: DistributionCategory, b: DistributionCategory): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en');
}

/**
 * Categories sorted by count desc (then label); total = people in scope; unknown = people with
 * no value; a person with two nationalities counts in both (so counts may add up to more than
 * total); share = count / total (0 for an empty scope). Role and status count the person's
 * matching participations. With `includeEmpty`, every category of the dimension appears even
 * at 0 (so "Melanesia: 0" shows as missing). `customSchemes` defaults to the workspace's own.
 */
export function distribution(
  data: WorkspaceData,
  dimension: AnyDimension,
  population: PopulationFilter,
  options: DistributionOptions = {},
): Distribution {
  const customSchemes = options.customSchemes ?? data.regionSchemes;
  const { inScope, mask, ctx } = scopedContext(
    data,
    dimension,
    population,
    customSchemes,
    options.index,
  );
  const counts = new Map<string, number>();
  if (options.includeEmpty === true) {
    for (const key of allCategories(dimension, customSchemes)) counts.set(key, 0);
  }
  let total = 0;
  let unknown = 0;
  const single = isSingleValued(dimension) ? dimension : null;
  const people = data.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as Person;
    if (person.deletedAt !== null) continue;
    if (mask !== null ? mask[i] !== 1 : inScope !== null && !inScope.has(person.id)) continue;
    total += 1;
    if (single !== null) {
      const value = singleValueOf(person, single, ctx);
      if (value === null) unknown += 1;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
      continue;
    }
    const values = valuesOf(person, dimension, ctx);
    if (values.length === 0) unknown += 1;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const categories = [...counts.entries()]
    .map(([key, count]) => ({
      key,
      label: categoryLabel(dimension, key),
      count,
      share: total === 0 ? 0 : count / total,
    }))
    .sort(byCountThenLabel);
  return {
    dimension: dimensionName(dimension),
    scheme: dimensionScheme(dimension),
    total,
    unknown,
    categories,
  };
}
