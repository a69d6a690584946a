// Cells with several countries: separators first, each part tried whole, then "and"/"et"/"y"/"&"
// inside a part — so names that contain "and" survive next to others, and every country name
// the app itself writes (exports, the bench's registrations) reads back.
import { describe, expect, it } from 'vitest';
import { parseCountries } from '../../../../shared/import/normalise-country';
import { COUNTRIES, countryName } from '../../../../shared/reference/countries';

describe('parseCountries', () => {
  it('reads several countries, including names with "and" and commas', () => {
    const cases: [string, string[], string[]][] = [
      ['Ghana; United Kingdom of Great Britain and Northern Ireland', ['GH', 'GB'], []],
      ['Trinidad and Tobago; Kenya', ['TT', 'KE'], []],
      ['France and Canada', ['FR', 'CA'], []],
      ['Kenya & Germany', ['KE', 'DE'], []],
      ['Kenyan/German', ['KE', 'DE'], []],
      ['Korea, Republic of', ['KR'], []],
      ['Kenya, Germany', ['KE', 'DE'], []],
      ['Atlantis; Kenya', ['KE'], ['Atlantis']],
      ['Kenya and Atlantis', ['KE'], ['Atlantis']],
      ['', [], []],
    ];
    for (const [value, codes, unknown] of cases)
      expect(parseCountries(value), value).toEqual({ codes, unknown });
  });

  it('reads back every country name the app writes, alone and in a list', () => {
    for (const { iso2: code } of COUNTRIES) {
      const name = countryName(code);
      expect(parseCountries(name).codes, name).toEqual([code]);
      const other = code === 'KE' ? 'GH' : 'KE';
      expect(parseCountries(`${countryName(other)}; ${name}`).codes, name).toEqual([other, code]);
    }
  });
});
