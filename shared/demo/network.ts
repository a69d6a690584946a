// The demo's relationships, representation targets and user-defined region scheme.
import type { EventId, Iso2, RegionSchemeId, RelationshipId, TargetId } from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type {
  Dimension,
  PartyRef,
  PlenaryEvent,
  RegionScheme,
  Relationship,
  RelationshipKind,
  Target,
  TargetRule,
} from '../domain/model';
import { SPEAKING_ROLES } from '../domain/model';
import { COUNTRIES } from '../reference/countries';
import { categoriesOf } from '../reference/regions';
import type { DemoContext } from './context';
import type { DemoEventKey } from './events';
import { REGIONAL_CONSULTATIONS, eventByKey } from './events';
import type { DemoOrganisation } from './organisations';
import type { DemoPerson } from './people';
import { AGE_BRACKET_KEY } from './profiles';

export const EMEA_SCHEME_NAME = 'Europe / Middle East and Africa / Americas / Asia';

const person = (p: DemoPerson): PartyRef => ({ type: 'person', id: p.record.id });
const org = (o: DemoOrganisation): PartyRef => ({ type: 'organisation', id: o.record.id });

const PARTNERSHIPS: readonly [string, string, string][] = [
  ['UNUFP', 'WADC', 'Co-organisers of the regional consultations'],
  ['UNUFP', 'ISUI', 'Conference co-host'],
  ['UNUFP', 'City of Barcelona Digital Office', 'Conference host city'],
  ['UNDCO', 'ODPI', 'Cooperation on digital public infrastructure'],
  ['GADRC', 'ADRC', 'Digital rights coalition'],
];

export function buildRelationships(
  ctx: DemoContext,
  people: readonly DemoPerson[],
  orgs: readonly DemoOrganisation[],
): Relationship[] {
  const { rng } = ctx;
  const out: Relationship[] = [];
  const add = (from: PartyRef, to: PartyRef, kind: RelationshipKind, label: string) => {
    out.push({
      ...ctx.meta<RelationshipId>(ID_PREFIXES.relationships, 300),
      from,
      to,
      kind,
      label,
    });
  };

  const byOrg = new Map<string, DemoPerson[]>();
  for (const p of people) {
    const list = byOrg.get(p.primaryOrg.record.id) ?? [];
    list.push(p);
    byOrg.set(p.primaryOrg.record.id, list);
  }
  const sharedOrgs = [...byOrg.values()].filter((list) => list.length >= 2);
  for (const list of rng.sample(sharedOrgs, 10)) {
    const [a, b] = rng.sample(list, 2);
    if (a !== undefined && b !== undefined) add(person(a), person(b), 'colleague', '');
  }

  const seniors = people.filter((p) => p.seniority === 'senior');
  for (let i = 0; i < 8; i++) {
    const [from, to] = rng.sample(i % 2 === 0 ? seniors : people, 2);
    if (from === undefined || to === undefined) continue;
    add(
      person(from),
      person(to),
      'referral',
      rng.pick(['Suggested as speaker', 'Suggested reviewer']),
    );
  }

  const networks = orgs.filter((o) => o.scope === 'regional');
  for (const p of rng.sample(people, 30)) {
    const network = networks.find((o) => o.region === p.region && o !== p.primaryOrg);
    if (network !== undefined && out.filter((r) => r.kind === 'network-member').length < 8) {
      add(person(p), org(network), 'network-member', 'Member');
    }
  }

  const find = (key: string) => orgs.find((o) => o.record.acronym === key || o.record.name === key);
  for (const [a, b, label] of PARTNERSHIPS) {
    const from = find(a);
    const to = find(b);
    if (from !== undefined && to !== undefined) add(org(from), org(to), 'partnership', label);
  }
  return out;
}

const rule = (category: string, minShare: number | null, maxShare: number | null = null) =>
  ({ category, minShare, maxShare, minCount: null, maxCount: null }) satisfies TargetRule;

export function buildTargets(ctx: DemoContext, events: Map<DemoEventKey, PlenaryEvent>): Target[] {
  const present = { statuses: ['confirmed', 'attended'] as Target['population']['statuses'] };
  const target = (
    name: string,
    eventId: EventId | null,
    dimension: Dimension,
    rules: TargetRule[],
    roles: Target['population']['roles'] = [],
  ): Target => ({
    ...ctx.meta<TargetId>(ID_PREFIXES.targets, 300),
    name,
    eventId,
    dimension,
    population: { ...present, roles: [...roles] },
    rules,
  });
  const id = (key: DemoEventKey) => eventByKey(events, key).id;

  return [
    target('Gender balance across the process', id('process'), { kind: 'gender' }, [
      rule('woman', 0.45, 0.55),
    ]),
    target(
      'Women on the podium',
      id('process'),
      { kind: 'gender' },
      [rule('woman', 0.4)],
      [...SPEAKING_ROLES],
    ),
    target(
      'Every M49 region at the conference',
      id('conference'),
      { kind: 'nationality', scheme: 'm49-region' },
      categoriesOf('m49-region').map((region) => rule(region, 0.15)),
    ),
    ...REGIONAL_CONSULTATIONS.map((r) =>
      target(
        `Local and regional governments: ${r.name}`,
        id(`regional:${r.key}`),
        { kind: 'stakeholder-group' },
        [rule('local-regional-government', 0.2)],
      ),
    ),
    target('Young professionals', null, { kind: 'attribute', key: AGE_BRACKET_KEY }, [
      rule('18-34', 0.15),
    ]),
  ];
}

/** An EMEA-style grouping as a user would define it, covering every country with an M49 region. */
export function buildEmeaScheme(ctx: DemoContext): RegionScheme {
  const groups = new Map<string, Iso2[]>([
    ['Europe', []],
    ['Middle East and Africa', []],
    ['Americas', []],
    ['Asia', []],
  ]);
  for (const c of COUNTRIES) {
    if (c.region === null) continue;
    // Cyprus is in M49 Western Asia but, as an EU member, in most companies' Europe.
    const label =
      c.region === 'Europe' || c.iso2 === 'CY'
        ? 'Europe'
        : c.region === 'Africa' || c.subregion === 'Western Asia'
          ? 'Middle East and Africa'
          : c.region === 'Americas'
            ? 'Americas'
            : 'Asia';
    groups.get(label)?.push(c.iso2);
  }
  return {
    ...ctx.meta<RegionSchemeId>(ID_PREFIXES.regionSchemes, 200),
    name: EMEA_SCHEME_NAME,
    groups: [...groups].map(([label, countries]) => ({ label, countries })),
  };
}
