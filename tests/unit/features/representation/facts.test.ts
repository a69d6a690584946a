// The facts report's helpers: world-atlas ids to ISO codes, file names, table dimensions.
import { describe, expect, it } from 'vitest';
import {
  countryFeatures,
  iso2OfAtlasId,
} from '../../../../renderer/src/features/representation/worldMap';
import {
  factsFileName,
  tableDimension,
} from '../../../../renderer/src/features/representation/factsModel';

describe('world map geometry', () => {
  it('maps ISO numeric ids to alpha-2 through M49', () => {
    expect(iso2OfAtlasId('404')).toBe('KE');
    expect(iso2OfAtlasId('036')).toBe('AU');
    expect(iso2OfAtlasId(36)).toBe('AU');
    expect(iso2OfAtlasId(undefined)).toBeNull();
    expect(iso2OfAtlasId('-99')).toBeNull();
  });

  it('places almost every atlas country', () => {
    const features = countryFeatures();
    const placed = features.filter((f) => f.properties.iso2 !== null);
    expect(features.length).toBeGreaterThan(170);
    expect(placed.length).toBeGreaterThan(features.length - 5);
    expect(placed.find((f) => f.properties.iso2 === 'FJ')?.properties.name).toBe('Fiji');
  });
});

describe('facts helpers', () => {
  it('makes safe file names', () => {
    expect(factsFileName('Regional Consultation for Africa')).toBe(
      'conference-facts-regional-consultation-for-africa',
    );
    expect(factsFileName('Côte d’Ivoire / São Tomé')).toBe(
      'conference-facts-cote-d-ivoire-sao-tome',
    );
    expect(factsFileName('///')).toBe('conference-facts');
  });

  it('knows the dimension of each table', () => {
    expect(tableDimension('gender')).toEqual({ kind: 'gender' });
    expect(tableDimension('participants-by-role')).toEqual({ kind: 'role' });
    expect(tableDimension('speakers-regions')).toEqual({
      kind: 'nationality',
      scheme: 'm49-region',
    });
  });
});
