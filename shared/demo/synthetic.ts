// A seeded synthetic workspace at benchmark scale (S = 1,000, M = 10,000, L = 50,000 people):
// organisations ≈ people / 10, about 3 participations per person, the demo's country and gender
// mix. Unlike generateDemoWorkspace it plants no gaps and does everything in one pass per table,
// so that L builds in a second or two; it reuses the demo's names, countries, profiles and event
// tree (read-only) so that records look like the real thing to every screen and analysis.
import type {
  Iso2,
  OrganisationId,
  ParticipationId,
  PersonId,
  RelationshipId,
  TargetId,
} from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type {
  Affiliation,
  Gender,
  Organisation,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PlenaryEvent,
  Relationship,
  StakeholderGroup,
  Target,
  WorkspaceData,
} from '../domain/model';
import type { Random } from '../random';
import { addDays, createDemoContext, dateOf } from './context';
import { buildEvents } from './events';
import { DEMO_COUNTRIES, SECOND_NATIONALITIES } from './geography';
import type { DemoCountry } from './geography';
import { DENIED_FULL_NAMES, NAME_CULTURES, asciiSlug } from './names';
import type { NameCulture } from './names';
import {
  AGE_BRACKET_KEY,
  CONSENT_BASIS_WEIGHTS,
  CONSENT_SOURCES,
  ORG_TYPE_WEIGHTS,
  SENIORITY_WEIGHTS,
  THEMES,
  TITLES,
} from './profiles';

export const SYNTHETIC_SIZES = { S: 1_000, M: 10_000, L: 50_000 } as const;
export type SyntheticSize = keyof typeof SYNTHETIC_SIZES;
export const DEFAULT_SYNTHETIC_SEED = 8_050_000;

export type SyntheticOptions = {
  people: number;
  /** ISO timestamp: record timestamps and consent dates follow from it. */
  now: string;
  seed?: number;
  deviceLabel?: string;
};

/** Per 1,000 people, like the demo: about 6 % unknown or prefer not to say. */
const GENDER_WEIGHTS: readonly (readonly [Gender, number])[] = [
  ['woman', 452],
  ['man', 473],
  ['non-binary', 10],
  ['self-described', 7],
  ['prefers-not-to-say', 23],
  ['unknown', 35],
];
const SELF_DESCRIPTIONS = ['genderfluid', 'agender', 'genderqueer'];

/** Participations: a few podium roles, mostly participants; statuses spread along the funnel. */
const ROLE_WEIGHTS: readonly (readonly [ParticipationRole, number])[] = [
  ['participant', 80],
  ['contributor', 6],
  ['speaker', 4],
  ['panelist', 4],
  ['moderator', 1],
  ['rapporteur', 1],
  ['critical-friend', 2],
  ['keynote', 1],
  ['organiser', 1],
];
const STATUS_WEIGHTS: readonly (readonly [ParticipationStatus, number])[] = [
  ['candidate', 14],
  ['shortlisted', 10],
  ['invited', 14],
  ['confirmed', 18],
  ['declined', 12],
  ['attended', 28],
  ['no-show', 4],
];
/** 1–5 events per person, averaging 3. */
const PARTICIPATION_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 15],
  [2, 20],
  [3, 30],
  [4, 20],
  [5, 15],
];

const ORG_WORDS: Record<StakeholderGroup, readonly string[]> = {
  academia: ['University', 'Institute of Urban Studies', 'Polytechnic', 'Research Centre'],
  'local-regional-government': ['City Council', 'Metropolitan Authority', 'Municipality'],
  'national-government': ['Ministry of Housing', 'Ministry of Digital Affairs', 'National Agency'],
  'un-system': ['UN Country Office', 'UN Regional Hub', 'UN Liaison Office'],
  'international-organisation': ['Development Bank Office', 'Intergovernmental Forum'],
  'private-sector': ['Technologies', 'Mobility Solutions', 'Data Systems', 'Engineering Group'],
  'civil-society': ['Rights Network', 'Open Data Alliance', 'Civic Foundation'],
  'community-based': ['Residents Association', 'Community Hub', 'Neighbourhood Collective'],
  media: ['City Radio', 'Urban Times', 'Civic Media Lab'],
  other: ['Design Studio', 'Urban Think Tank', 'Professional Association'],
};

const countryWeights = DEMO_COUNTRIES.map((c) => [c, c.weight] as const);

type SyntheticOrg = { record: Organisation; domain: string };

function buildOrganisations(
  count: number,
  rng: Random,
  meta: ReturnType<typeof createDemoContext>['meta'],
): SyntheticOrg[] {
  const orgs: SyntheticOrg[] = [];
  for (let i = 0; i < count; i++) {
    const country: DemoCountry = rng.weighted(countryWeights);
    const type = rng.weighted(ORG_TYPE_WEIGHTS);
    // The running number keeps names unique at any scale, as a real registry's names are.
    const name = `${country.city} ${rng.pick(ORG_WORDS[type])} ${i + 1}`;
    const m = meta<OrganisationId>(ID_PREFIXES.organisations, 900);
    orgs.push({
      record: {
        id: m.id,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        updatedBy: m.updatedBy,
        revision: m.revision,
        deletedAt: m.deletedAt,
        name,
        acronym: '',
        type,
        country: country.iso2,
        parentId: null,
        website: '',
        notes: '',
      },
      domain: `${asciiSlug(name)}.example.org`,
    });
  }
  return orgs;
}

function drawName(country: DemoCountry, gender: Gender, rng: Random) {
  const culture: NameCulture = NAME_CULTURES[rng.pick(country.cultures)];
  for (;;) {
    const feminine = gender === 'woman' || (gender !== 'man' && rng.chance(0.5));
    const givenName = rng.pick(feminine ? culture.women : culture.men);
    const forms =
      feminine && culture.familyFeminine !== undefined ? culture.familyFeminine : culture.family;
    const familyName = forms[rng.int(0, forms.length - 1)] ?? 'Doe';
    if (!DENIED_FULL_NAMES.has(`${givenName} ${familyName}`)) return { givenName, familyName };
  }
}

/**
 * The same options give a deep-equal workspace (ids included). `people` may be any positive
 * integer; SYNTHETIC_SIZES holds the benchmark sizes.
 */
export function generateSyntheticWorkspace({
  people: total,
  now,
  seed = DEFAULT_SYNTHETIC_SEED,
  deviceLabel = 'synthetic',
}: SyntheticOptions): WorkspaceData {
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`generateSyntheticWorkspace: people must be a positive integer`);
  }
  const ctx = createDemoContext(seed, now, deviceLabel);
  const { rng, meta } = ctx;
  const events = buildEvents(ctx).records;
  // Everyone can be invited to any event or session below the process itself.
  const invitable: PlenaryEvent[] = events.filter((e) => e.parentId !== null);
  const orgs = buildOrganisations(Math.max(1, Math.round(total / 10)), rng, meta);
  const orgsByCountry = new Map<string, SyntheticOrg[]>();
  for (const org of orgs) {
    const key = org.record.country ?? '';
    const list = orgsByCountry.get(key) ?? [];
    list.push(org);
    orgsByCountry.set(key, list);
  }

  const persons: Person[] = [];
  const participations: Participation[] = [];
  const relationships: Relationship[] = [];
  for (let i = 0; i < total; i++) {
    const country: DemoCountry = rng.weighted(countryWeights);
    const gender = rng.weighted(GENDER_WEIGHTS);
    const { givenName, familyName } = drawName(country, gender, rng);
    // Most people work for an organisation of their own country, the rest anywhere.
    const local = orgsByCountry.get(country.iso2);
    const org = local !== undefined && rng.chance(0.8) ? rng.pick(local) : rng.pick(orgs);
    const seniority = rng.weighted(SENIORITY_WEIGHTS);
    const affiliations: Affiliation[] = [
      {
        organisationId: org.record.id,
        title: rng.pick(TITLES[org.record.type][seniority]),
        primary: true,
      },
    ];
    const second = rng.pick(orgs);
    if (second !== org && rng.chance(0.1)) {
      affiliations.push({ organisationId: second.record.id, title: 'Fellow', primary: false });
    }
    const nationalityRoll = rng.next();
    const nationalities: Iso2[] =
      nationalityRoll < 0.04
        ? []
        : nationalityRoll < 0.08
          ? [country.iso2, rng.pick(SECOND_NATIONALITIES.filter((c) => c !== country.iso2))]
          : [country.iso2];
    const residence =
      rng.chance(0.1) && org.record.country !== null ? org.record.country : country.iso2;
    const recordMeta = meta<PersonId>(ID_PREFIXES.people, 900);
    const basis = rng.chance(0.1) ? null : rng.weighted(CONSENT_BASIS_WEIGHTS);
    const consentDate = basis === null ? null : dateOf(recordMeta.createdAt);
    const languages = country.languages.slice(0, 2);
    if (!languages.includes('en') && rng.chance(0.8)) languages.push('en');
    const attributes: Record<string, string> = {};
    if (rng.chance(0.85)) attributes[AGE_BRACKET_KEY] = rng.pick(['18-34', '35-54', '55+']);
    // Every record is one literal with all its fields, not `{ ...meta, ... }`: V8 keeps fields
    // added after a spread out of the object, and at L that made every later scan of the
    // generated records (the analytics bench and its baseline alike) several times slower than
    // the same records read back from IndexedDB.
    const person: Person = {
      id: recordMeta.id,
      createdAt: recordMeta.createdAt,
      updatedAt: recordMeta.updatedAt,
      updatedBy: recordMeta.updatedBy,
      revision: recordMeta.revision,
      deletedAt: recordMeta.deletedAt,
      honorific: seniority === 'senior' && rng.chance(0.3) ? 'Dr' : '',
      givenName,
      familyName,
      gender,
      genderSelfDescription: gender === 'self-described' ? rng.pick(SELF_DESCRIPTIONS) : '',
      nationalities,
      residence,
      stakeholderGroup: org.record.type,
      affiliations,
      expertise: rng.sample(THEMES, rng.int(1, 3)),
      languages,
      // The running number keeps addresses unique, as a registration system would.
      email: rng.chance(0.05)
        ? ''
        : `${asciiSlug(givenName)}.${asciiSlug(familyName)}.${i + 1}@${org.domain}`,
      phone: '',
      consent: {
        basis,
        date: consentDate,
        source: basis === null ? '' : (CONSENT_SOURCES[basis][0] ?? ''),
      },
      retainUntil: consentDate === null ? null : addDays(consentDate, 3 * 365),
      notes: '',
      tags: rng.chance(0.2) ? ['online consultation'] : [],
      attributes,
    };
    persons.push(person);

    for (const event of rng.sample(invitable, rng.weighted(PARTICIPATION_COUNT_WEIGHTS))) {
      const m = meta<ParticipationId>(ID_PREFIXES.participations, 300);
      participations.push({
        id: m.id,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        updatedBy: m.updatedBy,
        revision: m.revision,
        deletedAt: m.deletedAt,
        personId: person.id,
        eventId: event.id,
        role: rng.weighted(ROLE_WEIGHTS),
        status: rng.weighted(STATUS_WEIGHTS),
        notes: '',
      });
    }
    // About one referral or colleague link per two people, to someone registered earlier.
    const previous = i > 0 && rng.chance(0.5) ? persons[rng.int(0, i - 1)] : undefined;
    if (previous !== undefined) {
      const m = meta<RelationshipId>(ID_PREFIXES.relationships, 300);
      relationships.push({
        id: m.id,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        updatedBy: m.updatedBy,
        revision: m.revision,
        deletedAt: m.deletedAt,
        from: { type: 'person', id: previous.id },
        to: { type: 'person', id: person.id },
        kind: rng.chance(0.5) ? 'referral' : 'colleague',
        label: '',
      });
    }
  }

  const target: Target = {
    ...meta<TargetId>(ID_PREFIXES.targets, 300),
    name: 'Gender balance of speakers',
    eventId: null,
    dimension: { kind: 'gender' },
    population: { statuses: ['confirmed', 'attended'], roles: [] },
    rules: [
      { category: 'woman', minShare: 0.4, maxShare: null, minCount: null, maxCount: null },
      { category: 'man', minShare: null, maxShare: 0.6, minCount: null, maxCount: null },
    ],
  };

  return {
    people: persons,
    organisations: orgs.map((o) => o.record),
    events,
    participations,
    relationships,
    targets: [target],
    regionSchemes: [],
    savedViews: [],
  };
}
