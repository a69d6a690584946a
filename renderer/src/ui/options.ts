// Option lists for pickers and selects, labelled through i18n.
import type { TFunction } from 'i18next';
import { COUNTRIES } from '@shared/reference/countries';
import type { Option } from './combobox';

let countryOptionsCache: Option[] | null = null;

export function countryOptions(): Option[] {
  countryOptionsCache ??= COUNTRIES.map((c) => ({
    value: c.iso2,
    label: c.name,
    meta: c.iso2,
    keywords: [c.commonName, c.iso3, c.untermShort],
  })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return countryOptionsCache;
}

/** `[{value, label}]` for an enum list, labelled from `enums.<group>.<value>`. */
export function enumOptions<T extends string>(
  t: TFunction,
  group: string,
  values: readonly T[],
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
}
