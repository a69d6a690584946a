import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '@shared/reference/countries';
import {
  BUILT_IN_SCHEMES,
  BUILT_IN_SCHEME_KEYS,
  builtInScheme,
  categoriesOf,
  customSchemeCategory,
  isBuiltInSchemeKey,
  regionOf,
} from '@shared/reference/regions';
import { aRegionScheme, iso2 } from '../../../helpers/builders';

describe('built-in region schemes', () => {
  it('lists every key once, each with an i18n label key', () => {
    expect(BUILT_IN_SCHEMES.map((s) => s.key)).toEqual([...BUILT_IN_SCHEME_KEYS]);
    for (const s of BUILT_IN_SCHEMES)
      expect(s.labelKey).toMatch(/^regions\.schemes\.[a-zA-Z0-9]+$/);
    expect(new Set(BUILT_IN_SCHEMES.map((s) => s.labelKey)).size).toBe(BUILT_IN_SCHEMES.length);
    expect(isBuiltInSchemeKey('m49-region')).toBe(true);
    expect(isBuiltInSchemeKey('reg_0123')).toBe(false);
  });

  it('gives every UN Member State an M49 region and sub-region', () => {
    const members = COUNTRIES.filter((c) => c.unRegionalGroup !== null);
    expect(members).toHaveLength(193);
    for (const c of members) {
      expect(regionOf('m49-region', c.iso2), c.iso2).not.toBeNull();
      expect(regionOf('m49-subregion', c.iso2), c.iso2).not.toBeNull();
      expect(regionOf('m49-intermediate', c.iso2), c.iso2).not.toBeNull();
    }
  });

  it('lists the five M49 regions and the 17 sub-regions in M49 order', () => {
    expect(categoriesOf('m49-region')).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    const subregions = categoriesOf('m49-subregion');
    expect(subregions).toHaveLength(17);
    expect(subregions).toEqual([
      'Northern Africa',
      'Sub-Saharan Africa',
      'Latin America and the Caribbean',
      'Northern America',
      'Central Asia',
      'Eastern Asia',
      'South-eastern Asia',
      'Southern Asia',
      'Western Asia',
      'Eastern Europe',
      'Northern Europe',
      'Southern Europe',
      'Western Europe',
      'Australia and New Zealand',
      'Melanesia',
      'Micronesia',
      'Polynesia',
    ]);
  });

  it('uses intermediate regions where M49 has them, else the sub-region', () => {
    const categories = categoriesOf('m49-intermediate');
    expect(categories).toHaveLength(22);
    expect(categories.slice(0, 5)).toEqual([
      'Northern Africa',
      'Eastern Africa',
      'Middle Africa',
      'Southern Africa',
      'Western Africa',
    ]);
    expect(categories).not.toContain('Sub-Saharan Africa');
    expect(regionOf('m49-intermediate', 'BR')).toBe('South America');
    expect(regionOf('m49-intermediate', 'FR')).toBe('Western Europe');
    // The sub-region scheme stays strictly on sub-regions.
    expect(regionOf('m49-subregion', 'BR')).toBe('Latin America and the Caribbean');
  });

  it('places Namibia (NA, not a missing value) in Southern Africa and the African Group', () => {
    expect(regionOf('m49-region', 'NA')).toBe('Africa');
    expect(regionOf('m49-subregion', 'NA')).toBe('Sub-Saharan Africa');
    expect(regionOf('m49-intermediate', 'NA')).toBe('Southern Africa');
    expect(regionOf('un-regional-group', 'NA')).toBe('African Group');
    expect(regionOf('country', 'NA')).toBe('Namibia');
    expect(regionOf('m49-region', 'na')).toBe('Africa');
  });

  it('reads the LDC, LLDC and SIDS flags', () => {
    expect(regionOf('ldc', 'ET')).toBe('LDC');
    expect(regionOf('ldc', 'NA')).toBe('Not LDC');
    expect(regionOf('lldc', 'NP')).toBe('LLDC');
    expect(regionOf('lldc', 'KE')).toBe('Not LLDC');
    expect(regionOf('sids', 'WS')).toBe('SIDS');
    expect(regionOf('sids', 'FR')).toBe('Not SIDS');
    expect(categoriesOf('ldc')).toEqual(['LDC', 'Not LDC']);
    expect(COUNTRIES.filter((c) => regionOf('ldc', c.iso2) === 'LDC')).toHaveLength(
      COUNTRIES.filter((c) => c.ldc).length,
    );
  });

  it('knows the five UN regional groups and leaves non-members out', () => {
    expect(categoriesOf('un-regional-group')).toEqual([
      'African Group',
      'Asia-Pacific Group',
      'Eastern European Group',
      'GRULAC',
      'WEOG',
    ]);
    expect(regionOf('un-regional-group', 'TW')).toBeNull();
    expect(regionOf('un-regional-group', 'BR')).toBe('GRULAC');
  });

  it('returns null where a scheme does not place a country', () => {
    expect(regionOf('m49-region', 'AQ')).toBeNull();
    expect(regionOf('country', 'AQ')).toBe('Antarctica');
    expect(regionOf('m49-region', 'XX')).toBeNull();
    expect(regionOf('m49-region', null)).toBeNull();
    expect(regionOf('no-such-scheme', 'FR')).toBeNull();
    expect(categoriesOf('no-such-scheme')).toEqual([]);
  });

  it('lists every category a country can fall in, once', () => {
    for (const scheme of BUILT_IN_SCHEMES) {
      const categories = new Set(categoriesOf(scheme.key));
      expect(categories.size, scheme.key).toBe(categoriesOf(scheme.key).length);
      for (const c of COUNTRIES) {
        const category = builtInScheme(scheme.key).categoryOf(c.iso2);
        if (category !== null)
          expect(categories.has(category), `${scheme.key} ${c.iso2}`).toBe(true);
      }
    }
    expect(categoriesOf('country')).toHaveLength(COUNTRIES.length);
  });
});

describe('user-defined region schemes', () => {
  const scheme = aRegionScheme({
    groups: [
      { label: 'North', countries: [iso2('DE'), iso2('SE')] },
      { label: 'South', countries: [iso2('KE'), iso2('DE')] },
    ],
  });

  it('looks a country up by the scheme id', () => {
    expect(regionOf(scheme.id, 'SE', [scheme])).toBe('North');
    expect(regionOf(scheme.id, 'KE', [scheme])).toBe('South');
    expect(regionOf(scheme.id, 'ke', [scheme])).toBe('South');
    expect(regionOf(scheme.id, 'FR', [scheme])).toBeNull();
    expect(regionOf(scheme.id, 'SE')).toBeNull();
    expect(categoriesOf(scheme.id, [scheme])).toEqual(['North', 'South']);
  });

  it('puts a country listed twice in the first group', () => {
    expect(customSchemeCategory(scheme, 'DE')).toBe('North');
    expect(customSchemeCategory(scheme, null)).toBeNull();
  });

  it('follows edits and ignores deleted schemes', () => {
    expect(customSchemeCategory(scheme, 'FR')).toBeNull();
    const edited = {
      ...scheme,
      groups: [...scheme.groups, { label: 'West', countries: [iso2('FR')] }],
    };
    expect(customSchemeCategory(edited, 'FR')).toBe('West');
    const deleted = { ...scheme, deletedAt: '2026-02-01T00:00:00.000Z' };
    expect(regionOf(deleted.id, 'SE', [deleted])).toBeNull();
    expect(categoriesOf(deleted.id, [deleted])).toEqual([]);
  });
});
