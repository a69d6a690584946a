// The countries demo people come from, with how many people each contributes, the naming
// culture, languages (ISO 639-1) and a main city. No country of Melanesia is listed: that
// sub-region is meant to stay empty (a planted gap, see gaps.ts).
import type { Iso2 } from '../domain/ids';
import type { NameCultureKey } from './names';

export type DemoCountry = {
  iso2: Iso2;
  /** Relative share of the demo's people. */
  weight: number;
  cultures: readonly NameCultureKey[];
  languages: readonly string[];
  city: string;
};

type Row = [iso2: string, weight: number, cultures: string, languages: string, city: string];

// prettier-ignore
const ROWS: readonly Row[] = [
  // Africa
  ['EG', 5, 'mashriq', 'ar en', 'Cairo'],
  ['MA', 4, 'maghreb', 'ar fr', 'Casablanca'],
  ['KE', 9, 'eastAfrican', 'en sw', 'Nairobi'],
  ['TZ', 4, 'eastAfrican', 'sw en', 'Dar es Salaam'],
  ['UG', 4, 'eastAfrican', 'en lg', 'Kampala'],
  ['RW', 4, 'rwandan', 'rw fr en', 'Kigali'],
  ['ET', 4, 'ethiopian', 'am en', 'Addis Ababa'],
  ['MZ', 3, 'mozambican', 'pt', 'Maputo'],
  ['CM', 3, 'centralAfrican', 'fr en', 'Yaoundé'],
  ['CD', 3, 'centralAfrican', 'fr ln', 'Kinshasa'],
  ['ZA', 7, 'southernAfrican', 'en zu af', 'Johannesburg'],
  ['NA', 2, 'southernAfrican', 'en af', 'Windhoek'],
  ['NG', 7, 'westAfricanAnglo', 'en yo', 'Lagos'],
  ['GH', 5, 'westAfricanAnglo', 'en', 'Accra'],
  ['SN', 4, 'sahel', 'fr wo', 'Dakar'],
  ['BF', 2, 'sahel', 'fr', 'Ouagadougou'],
  // Americas
  ['JM', 2, 'caribbean', 'en', 'Kingston'],
  ['HT', 2, 'haitian', 'fr ht', 'Port-au-Prince'],
  ['MX', 7, 'latam', 'es', 'Mexico City'],
  ['CR', 2, 'latam', 'es', 'San José'],
  ['BR', 8, 'brazilian', 'pt', 'São Paulo'],
  ['CO', 6, 'latam', 'es', 'Medellín'],
  ['AR', 4, 'latam', 'es', 'Buenos Aires'],
  ['CL', 4, 'latam', 'es', 'Santiago'],
  ['PE', 3, 'latam', 'es', 'Lima'],
  ['US', 10, 'anglo', 'en es', 'New York'],
  ['CA', 5, 'anglo', 'en fr', 'Toronto'],
  // Asia
  ['KZ', 2, 'centralAsian', 'kk ru', 'Almaty'],
  ['UZ', 2, 'centralAsian', 'uz ru', 'Tashkent'],
  ['CN', 8, 'chinese', 'zh', 'Shenzhen'],
  ['JP', 5, 'japanese', 'ja', 'Yokohama'],
  ['KR', 5, 'korean', 'ko', 'Seoul'],
  ['TH', 4, 'thai', 'th', 'Bangkok'],
  ['VN', 3, 'vietnamese', 'vi', 'Da Nang'],
  ['ID', 4, 'indonesian', 'id', 'Surabaya'],
  ['PH', 4, 'filipino', 'fil en', 'Quezon City'],
  ['SG', 3, 'chinese', 'en zh ms', 'Singapore'],
  ['KH', 2, 'khmer', 'km', 'Phnom Penh'],
  ['IN', 10, 'indian', 'hi en', 'Pune'],
  ['BD', 4, 'southAsianMuslim', 'bn en', 'Dhaka'],
  ['NP', 3, 'nepali', 'ne en', 'Kathmandu'],
  ['LK', 2, 'sriLankan', 'si ta en', 'Colombo'],
  ['PK', 3, 'southAsianMuslim', 'ur en', 'Lahore'],
  ['TR', 4, 'turkish', 'tr', 'Istanbul'],
  ['JO', 3, 'mashriq', 'ar en', 'Amman'],
  ['AE', 3, 'mashriq', 'ar en', 'Dubai'],
  // Europe
  ['PL', 3, 'polish', 'pl', 'Gdańsk'],
  ['UA', 3, 'ukrainian', 'uk', 'Lviv'],
  ['GB', 7, 'anglo', 'en', 'Manchester'],
  ['IE', 2, 'anglo', 'en ga', 'Dublin'],
  ['SE', 3, 'nordic', 'sv', 'Stockholm'],
  ['FI', 2, 'finnish', 'fi sv', 'Helsinki'],
  ['EE', 3, 'estonian', 'et', 'Tallinn'],
  ['ES', 5, 'spanish', 'es ca', 'Barcelona'],
  ['PT', 3, 'portuguese', 'pt', 'Lisbon'],
  ['IT', 4, 'italian', 'it', 'Turin'],
  ['FR', 6, 'french', 'fr', 'Lyon'],
  ['DE', 6, 'german', 'de', 'Hamburg'],
  ['NL', 4, 'dutch', 'nl', 'Rotterdam'],
  ['BE', 2, 'dutch french', 'nl fr', 'Brussels'],
  ['CH', 3, 'german french', 'de fr', 'Geneva'],
  // Oceania (Melanesia left out on purpose)
  ['AU', 4, 'anglo', 'en', 'Melbourne'],
  ['NZ', 2, 'anglo', 'en mi', 'Wellington'],
  ['WS', 1, 'pacific', 'sm en', 'Apia'],
  ['FM', 1, 'pacific', 'en', 'Palikir'],
];

export const DEMO_COUNTRIES: readonly DemoCountry[] = ROWS.map(
  ([iso2, weight, cultures, languages, city]) => ({
    iso2: iso2 as Iso2,
    weight,
    cultures: cultures.split(' ') as NameCultureKey[],
    languages: languages.split(' '),
    city,
  }),
);

const byIso2 = new Map(DEMO_COUNTRIES.map((c) => [c.iso2 as string, c]));

export function demoCountry(iso2: string): DemoCountry {
  const country = byIso2.get(iso2);
  if (country === undefined) throw new Error(`Not a demo country: ${iso2}`);
  return country;
}

/** Countries a second nationality is drawn from: common dual-citizenship destinations. */
export const SECOND_NATIONALITIES = [
  'GB',
  'US',
  'CA',
  'FR',
  'DE',
  'PT',
  'ES',
  'AU',
  'IT',
  'NL',
].map((c) => c as Iso2);

/**
 * Splits `total` people over the countries in proportion to their weights (largest remainder,
 * at least one each), so that the country mix is fixed by the table, not by chance.
 */
export function countryQuotas(total: number): Map<Iso2, number> {
  const weightSum = DEMO_COUNTRIES.reduce((sum, c) => sum + c.weight, 0);
  const spare = total - DEMO_COUNTRIES.length;
  if (spare < 0) throw new RangeError(`Need at least ${DEMO_COUNTRIES.length} people`);
  const exact = DEMO_COUNTRIES.map((c) => ({ c, share: (c.weight / weightSum) * spare }));
  const quotas = new Map(exact.map(({ c, share }) => [c.iso2, 1 + Math.floor(share)]));
  let left = total - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)),
  );
  for (const { c } of byRemainder) {
    if (left <= 0) break;
    quotas.set(c.iso2, (quotas.get(c.iso2) ?? 0) + 1);
    left--;
  }
  return quotas;
}
