// English catalogue: names of the built-in region schemes (shared/reference/regions.ts).
// Category labels themselves (M49 regions, UN regional groups) are reference data in English.
export const regions = {
  schemes: {
    country: 'Country',
    m49Region: 'M49 region',
    m49Subregion: 'M49 sub-region',
    m49Intermediate: 'M49 intermediate region',
    unRegionalGroup: 'UN regional group',
    ldc: 'Least Developed Countries (LDC)',
    lldc: 'Landlocked Developing Countries (LLDC)',
    sids: 'Small Island Developing States (SIDS)',
  },
  unknown: 'Unknown',
} as const;
