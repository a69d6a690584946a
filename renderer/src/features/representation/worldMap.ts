// The world map's geometry: Natural Earth 1:110m countries from world-atlas (bundled, no
// network), keyed by ISO alpha-2 through the M49 code, which equals the ISO numeric id.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import atlas from 'world-atlas/countries-110m.json';
import { COUNTRIES } from '@shared/reference/countries';

export type CountryFeature = Feature<Geometry, { name: string; iso2: string | null }>;

const iso2ByM49 = new Map(COUNTRIES.map((c) => [c.m49, c.iso2 as string]));

/** ISO alpha-2 of a world-atlas feature id ("404" → "KE"); null for areas without a code. */
export function iso2OfAtlasId(id: string | number | undefined): string | null {
  if (id === undefined) return null;
  return iso2ByM49.get(String(id).padStart(3, '0')) ?? null;
}

let cache: CountryFeature[] | null = null;

export function countryFeatures(): CountryFeature[] {
  if (cache !== null) return cache;
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  cache = collection.features.map((f) => ({
    ...f,
    properties: { name: f.properties.name, iso2: iso2OfAtlasId(f.id) },
  }));
  return cache;
}
