// Demo people: names by naming culture, nationality mostly matching residence, one or two
// affiliations, and the planted shares of unknown gender and unknown nationality.
import type { Iso2, PersonId } from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type { Affiliation, Consent, Gender, Person, StakeholderGroup } from '../domain/model';
import { countryByIso2 } from '../reference/countries';
import type { Random } from '../random';
import type { DemoContext } from './context';
import { addDays, dateOf } from './context';
import type { DemoCountry } from './geography';
import { SECOND_NATIONALITIES, countryQuotas, demoCountry } from './geography';
import type { NameCulture } from './names';
import { DENIED_FULL_NAMES, NAME_CULTURES, asciiSlug } from './names';
import type { DemoOrganisation } from './organisations';
import type { Seniority } from './profiles';
import {
  AGE_BRACKET_KEY,
  CONSENT_BASIS_WEIGHTS,
  CONSENT_SOURCES,
  NOTES,
  ORG_TYPE_WEIGHTS,
  SECONDARY_TITLES,
  SELF_DESCRIPTIONS,
  SENIORITY_WEIGHTS,
  TAGS,
  THEMES,
  TITLES,
} from './profiles';

export type DemoPerson = {
  record: Person;
  primaryOrg: DemoOrganisation;
  seniority: Seniority;
  /** M49 region and sub-region of residence, used to invite people to their regional consultation. */
  region: string;
  subregion: string;
  /** Has a nationality or residence in a Least Developed Country. */
  fromLdc: boolean;
};

/** How many people of each gender, per 300: about 6 % unknown or prefer not to say. */
const GENDER_SHARES: readonly (readonly [Gender, number])[] = [
  ['woman', 135],
  ['man', 142],
  ['non-binary', 3],
  ['self-described', 2],
  ['prefers-not-to-say', 7],
  ['unknown', 11],
];
const NO_NATIONALITY_SHARE = 0.04;
const DUAL_NATIONALITY_SHARE = 0.04;

function genderList(total: number, rng: Random): Gender[] {
  const perUnit = GENDER_SHARES.reduce((sum, [, n]) => sum + n, 0);
  const list: Gender[] = [];
  for (const [gender, n] of GENDER_SHARES) {
    if (gender === 'woman' || gender === 'man') continue;
    for (let i = 0; i < Math.round((n / perUnit) * total); i++) list.push(gender);
  }
  // Split what is left between women and men in the table's proportion.
  const rest = total - list.length;
  const women = Math.round(rest * (135 / (135 + 142)));
  for (let i = 0; i < rest; i++) list.push(i < women ? 'woman' : 'man');
  return rng.shuffle(list);
}

function drawName(
  culture: NameCulture,
  gender: Gender,
  rng: Random,
  taken: Set<string>,
): { givenName: string; familyName: string } {
  for (let attempt = 0; ; attempt++) {
    const feminine = gender === 'woman' || (gender !== 'man' && rng.chance(0.5));
    const givenName = rng.pick(feminine ? culture.women : culture.men);
    const forms =
      feminine && culture.familyFeminine !== undefined ? culture.familyFeminine : culture.family;
    const familyName = forms[rng.int(0, forms.length - 1)];
    if (familyName === undefined) throw new Error('Empty family-name list');
    const full = `${givenName} ${familyName}`;
    if ((!taken.has(full) && !DENIED_FULL_NAMES.has(full)) || attempt > 50) {
      taken.add(full);
      return { givenName, familyName };
    }
  }
}

function chooseOrganisation(
  origin: DemoCountry,
  orgs: readonly DemoOrganisation[],
  rng: Random,
): DemoOrganisation {
  const region = countryByIso2(origin.iso2)?.region;
  for (let attempt = 0; attempt < 10; attempt++) {
    const type = rng.weighted(ORG_TYPE_WEIGHTS);
    const candidates: [DemoOrganisation, number][] = [];
    for (const o of orgs) {
      if (o.record.type !== type) continue;
      if (o.scope === 'local' && o.record.country === origin.iso2) candidates.push([o, 4]);
      else if (o.scope === 'regional' && o.region === region) candidates.push([o, 1.5]);
      else if (o.scope === 'global') candidates.push([o, 0.6]);
    }
    if (candidates.length > 0) return rng.weighted(candidates);
  }
  return rng.pick(orgs.filter((o) => o.scope === 'global'));
}

function chooseConsent(created: string, rng: Random): Consent {
  const roll = rng.next();
  if (roll < 0.11) return { basis: null, date: null, source: '' };
  const basis = rng.weighted(CONSENT_BASIS_WEIGHTS);
  const source = rng.pick(CONSENT_SOURCES[basis]);
  // A few records say how the person came in but not when: a gap a data-protection review finds.
  return { basis, date: roll < 0.15 ? null : dateOf(created), source };
}

function chooseHonorific(gender: Gender, title: string, seniority: Seniority, rng: Random) {
  if (title.startsWith('Professor') && rng.chance(0.6)) return 'Prof';
  if (seniority === 'senior' && rng.chance(0.25)) return 'Dr';
  if (gender === 'woman' && rng.chance(0.05)) return 'Ms';
  if (gender === 'man' && rng.chance(0.05)) return 'Mr';
  return '';
}

function ageBracket(seniority: Seniority, rng: Random): string {
  if (seniority === 'junior') return rng.chance(0.85) ? '18-34' : '35-54';
  if (seniority === 'mid')
    return rng.weighted([
      ['18-34', 2],
      ['35-54', 7],
      ['55+', 1],
    ] as const);
  return rng.chance(0.55) ? '55+' : '35-54';
}

function secondaryAffiliation(
  primary: DemoOrganisation,
  region: string,
  orgs: readonly DemoOrganisation[],
  rng: Random,
): Affiliation | null {
  const options = orgs.filter(
    (o) =>
      o !== primary &&
      (o.scope === 'regional' ? o.region === region : o.scope === 'global') &&
      (['academia', 'civil-society', 'other'] as StakeholderGroup[]).includes(o.record.type),
  );
  if (options.length === 0) return null;
  const org = rng.pick(options);
  const title =
    org.record.type === 'academia' && primary.record.type === 'academia'
      ? 'Adjunct Professor'
      : rng.pick(SECONDARY_TITLES.filter((t) => t !== 'Adjunct Professor'));
  return { organisationId: org.record.id, title, primary: false };
}

/**
 * Gives every organisation one person before the rest choose freely, so that no organisation of
 * the demo stands empty: a local one gets someone from its country, a regional one someone from
 * its region, a global one anyone.
 */
function seedOrganisations(
  origins: readonly Iso2[],
  orgs: readonly DemoOrganisation[],
  rng: Random,
): Map<number, DemoOrganisation> {
  const assigned = new Map<number, DemoOrganisation>();
  const order = rng.shuffle(origins.map((_, i) => i));
  const regionOfOrigin = origins.map((iso2) => countryByIso2(iso2)?.region);
  const fits = (o: DemoOrganisation, i: number) =>
    o.scope === 'global' ||
    (o.scope === 'local' ? o.record.country === origins[i] : regionOfOrigin[i] === o.region);
  // Local organisations first: they have the fewest people to choose from.
  const byScope = [...orgs].sort(
    (a, b) => Number(a.scope !== 'local') - Number(b.scope !== 'local'),
  );
  for (const org of byScope) {
    const index = order.find((i) => !assigned.has(i) && fits(org, i));
    if (index !== undefined) assigned.set(index, org);
  }
  return assigned;
}

export function buildPeople(
  ctx: DemoContext,
  orgs: readonly DemoOrganisation[],
  total: number,
): DemoPerson[] {
  const { rng } = ctx;
  const origins = rng.shuffle(
    [...countryQuotas(total)].flatMap(([iso2, n]) => Array<Iso2>(n).fill(iso2)),
  );
  const genders = genderList(total, rng);
  const order = rng.shuffle(origins.map((_, i) => i));
  const noNationality = new Set(order.slice(0, Math.round(total * NO_NATIONALITY_SHARE)));
  const dual = new Set(
    order.slice(
      noNationality.size,
      noNationality.size + Math.round(total * DUAL_NATIONALITY_SHARE),
    ),
  );
  const seeded = seedOrganisations(origins, orgs, rng);
  const taken = new Set<string>();
  const people: DemoPerson[] = [];

  origins.forEach((iso2, i) => {
    const origin = demoCountry(iso2);
    const gender = genders[i] ?? 'unknown';
    const culture = NAME_CULTURES[rng.pick(origin.cultures)];
    const { givenName, familyName } = drawName(culture, gender, rng, taken);
    const seniority = rng.weighted(SENIORITY_WEIGHTS);
    const primaryOrg = seeded.get(i) ?? chooseOrganisation(origin, orgs, rng);
    const type = primaryOrg.record.type;
    const title = rng.pick(TITLES[type][seniority]);
    // Staff of global bodies often live where the body sits; everyone else lives at home.
    const orgCountry = primaryOrg.record.country;
    const residence =
      primaryOrg.scope === 'global' && orgCountry !== null && rng.chance(0.3)
        ? orgCountry
        : origin.iso2;
    const residenceCountry = countryByIso2(residence);
    const residenceRegion = residenceCountry?.region ?? '';
    const nationalities: Iso2[] = noNationality.has(i)
      ? []
      : dual.has(i)
        ? [origin.iso2, rng.pick(SECOND_NATIONALITIES.filter((c) => c !== origin.iso2))]
        : [origin.iso2];

    const affiliations: Affiliation[] = [
      { organisationId: primaryOrg.record.id, title, primary: true },
    ];
    if (rng.chance(0.15)) {
      const second = secondaryAffiliation(primaryOrg, residenceRegion, orgs, rng);
      if (second !== null) affiliations.push(second);
    }

    const meta = ctx.meta<PersonId>(ID_PREFIXES.people, 600);
    const consent = chooseConsent(meta.createdAt, rng);
    const languages = [...origin.languages.slice(0, 2)];
    if (!languages.includes('en') && rng.chance(0.85)) languages.push('en');
    const extra = rng.pick(['fr', 'es', 'ar', 'pt']);
    if (!languages.includes(extra) && rng.chance(0.15)) languages.push(extra);

    const local = `${asciiSlug(givenName)}.${asciiSlug(familyName)}`;
    const emailRoll = rng.next();
    const email =
      emailRoll < 0.04
        ? ''
        : emailRoll < 0.12
          ? `${local}@mail.example.net`
          : `${local}@${primaryOrg.domain}`;

    const tags = rng.sample(
      TAGS,
      rng.weighted([
        [0, 5],
        [1, 3],
        [2, 1],
      ] as const),
    );
    if (type === 'community-based') tags.push('grassroots');
    const attributes: Record<string, string> = {};
    if (rng.chance(0.85)) attributes[AGE_BRACKET_KEY] = ageBracket(seniority, rng);

    const record: Person = {
      ...meta,
      honorific: chooseHonorific(gender, title, seniority, rng),
      givenName,
      familyName,
      gender,
      genderSelfDescription: gender === 'self-described' ? rng.pick(SELF_DESCRIPTIONS) : '',
      nationalities,
      residence,
      stakeholderGroup: type,
      affiliations,
      expertise: rng.sample(THEMES, rng.int(2, 4)),
      languages,
      email,
      phone: '',
      consent,
      retainUntil: consent.date === null ? null : addDays(consent.date, 3 * 365),
      notes: rng.chance(0.08) ? rng.pick(NOTES) : '',
      tags,
      attributes,
    };
    const fromLdc = [...nationalities, residence].some((c) => countryByIso2(c)?.ldc === true);
    people.push({
      record,
      primaryOrg,
      seniority,
      region: residenceRegion,
      subregion: residenceCountry?.subregion ?? '',
      fromLdc,
    });
  });
  return people;
}
