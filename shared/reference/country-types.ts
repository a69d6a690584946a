// The shape of one country or area of the reference data (see ATTRIBUTION.md).
export type CountryRecord = {
  iso2: string;
  iso3: string;
  /** UN M49 numeric code, 3 digits, zero-padded. */
  m49: string;
  /** UN official English short name ("Viet Nam"). */
  name: string;
  /** Common English name (CLDR: "Vietnam", "US"). */
  commonName: string;
  names: { fr: string; es: string; ru: string; zh: string; ar: string };
  untermShort: string;
  untermFormal: string;
  /** M49 region (Africa, Americas, Asia, Europe, Oceania); null for Antarctica. */
  region: string | null;
  regionCode: string | null;
  subregion: string | null;
  subregionCode: string | null;
  intermediateRegion: string | null;
  intermediateRegionCode: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  /** UN regional group of Member States; null for non-members. */
  unRegionalGroup: string | null;
};
