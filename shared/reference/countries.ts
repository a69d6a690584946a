// Country look-ups over the generated reference data.
import type { Iso2 } from '../domain/ids';
import type { CountryRecord } from './country-types';
import { COUNTRY_RECORDS } from './countries.generated';

export type Country = CountryRecord & { iso2: Iso2 };

export const COUNTRIES = COUNTRY_RECORDS as readonly Country[];

const byIso2 = new Map<string, Country>(COUNTRIES.map((c) => [c.iso2, c]));

export function countryByIso2(code: string): Country | undefined {
  return byIso2.get(code.toUpperCase());
}

export function isIso2(code: unknown): code is Iso2 {
  return typeof code === 'string' && byIso2.has(code);
}

/** The UN official English short name, or the code itself when it is not a known country. */
export function countryName(code: string): string {
  return byIso2.get(code)?.name ?? code;
}
