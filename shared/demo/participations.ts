// Who was considered, invited and came to which demo event, and in which role.
import type { Participation, PlenaryEvent, StakeholderGroup } from '../domain/model';
import type { DemoContext } from './context';
import type { BreakoutKey, DemoEventKey, PodiumKey, RegionalKey } from './events';
import { BREAKOUTS, PODIUMS, REGIONAL_CONSULTATIONS, eventByKey } from './events';
import type { PanelSpec } from './funnel';
import { ParticipationLedger, acceptedStatus, fillPanel, timingOf, weightedSample } from './funnel';
import { ALL_MALE_PODIUM } from './gaps';
import type { DemoPerson } from './people';

const SESSION_THEMES: Record<BreakoutKey | PodiumKey, readonly string[]> = {
  'Digital infrastructure and governance': [
    'digital infrastructure',
    'data governance',
    'standards and interoperability',
    'cybersecurity',
    'e-government',
  ],
  'Community engagement and capacity': [
    'community engagement',
    'capacity building',
    'participatory governance',
    'informal settlements',
  ],
  'Digital inclusion, equity and rights': [
    'digital inclusion',
    'human rights',
    'gender equality',
    'accessibility',
    'privacy and data protection',
  ],
  'Environmental sustainability and shared prosperity': [
    'environmental sustainability',
    'climate resilience',
    'local economic development',
    'smart city financing',
    'urban mobility',
    'housing',
  ],
  Collaborating: ['participatory governance', 'capacity building', 'community engagement'],
  Representing: ['gender equality', 'human rights', 'digital inclusion', 'accessibility'],
  Implementing: ['public procurement', 'standards and interoperability', 'e-government'],
  Maintaining: ['digital infrastructure', 'cybersecurity', 'smart city financing'],
};

const EXPERT_WEIGHTS: Record<StakeholderGroup, number> = {
  academia: 3,
  'local-regional-government': 2,
  'national-government': 2,
  'un-system': 2,
  'international-organisation': 2,
  'private-sector': 1.5,
  'civil-society': 2,
  'community-based': 1,
  media: 0.3,
  other: 1,
};

const SENIORITY_FACTOR = { senior: 2, mid: 1.5, junior: 0.5 } as const;

const typeOf = (p: DemoPerson): StakeholderGroup => p.primaryOrg.record.type;

/** Who each regional consultation mainly invites, by M49 region or sub-region of residence. */
const REGIONAL_AUDIENCE: Record<RegionalKey, (p: DemoPerson) => boolean> = {
  africa: (p) => p.subregion === 'Sub-Saharan Africa',
  asiaPacific: (p) =>
    (p.region === 'Asia' && p.subregion !== 'Western Asia') || p.region === 'Oceania',
  lac: (p) => p.subregion === 'Latin America and the Caribbean',
  europe: (p) => p.region === 'Europe',
  arabStates: (p) => p.subregion === 'Northern Africa' || p.subregion === 'Western Asia',
};

export function buildParticipations(
  ctx: DemoContext,
  people: readonly DemoPerson[],
  events: Map<DemoEventKey, PlenaryEvent>,
): Participation[] {
  const { rng } = ctx;
  const ledger = new ParticipationLedger(ctx);
  const ev = (key: DemoEventKey) => eventByKey(events, key);
  const accepted = (event: PlenaryEvent) => acceptedStatus(timingOf(event, ctx.today));
  const expertWeight = (p: DemoPerson) => EXPERT_WEIGHTS[typeOf(p)] * SENIORITY_FACTOR[p.seniority];
  const ranked = (themes: readonly string[], pool: readonly DemoPerson[] = people) =>
    weightedSample(rng, pool, pool.length, (p) => {
      const overlap = p.record.expertise.filter((t) => themes.includes(t)).length;
      return (p.seniority === 'junior' ? 0.2 : 1) * (1 + 3 * overlap);
    });
  const panel = (
    key: DemoEventKey,
    themes: readonly string[],
    specs: PanelSpec[],
    pool: readonly DemoPerson[] = people,
  ) => {
    const order = ranked(themes, pool);
    for (const spec of specs) fillPanel(ledger, ctx, ev(key), order, spec);
  };

  // The secretariat runs the process and organises every meeting.
  const secretariatRank = (p: DemoPerson) =>
    p.primaryOrg.record.acronym.startsWith('UNUFP') ? 0 : typeOf(p) === 'un-system' ? 1 : 2;
  const secretariat = [...people]
    .sort((a, b) => secretariatRank(a) - secretariatRank(b))
    .slice(0, 4);
  for (const p of secretariat) ledger.add(p, ev('process'), 'organiser', accepted(ev('process')));
  const criticalFriends = weightedSample(rng, people, 9, (p) =>
    p.seniority === 'senior' ? EXPERT_WEIGHTS[typeOf(p)] : 0,
  );
  ledger.invite(criticalFriends, ev('process'), () => 'critical-friend');

  // Expert group meeting (online) and its breakout rooms.
  const egm = ev('egm');
  for (const p of secretariat.slice(0, 3)) ledger.add(p, egm, 'organiser', accepted(egm));
  ledger.invite(weightedSample(rng, people, 48, expertWeight), egm, () =>
    rng.chance(0.3) ? 'contributor' : 'participant',
  );
  const attendedEgm = new Set(
    ledger.records
      .filter((r) => r.eventId === egm.id && r.status === 'attended')
      .map((r) => r.personId),
  );
  const egmAttendees = people.filter((p) => attendedEgm.has(p.record.id));
  for (const b of BREAKOUTS) {
    const key: DemoEventKey = `breakout:${b}`;
    panel(key, SESSION_THEMES[b], [
      { role: 'moderator', seats: 1 },
      { role: 'speaker', seats: 2, seatANonMan: true },
    ]);
    const room = ev(key);
    const audience = rng.sample(egmAttendees, 8).filter((p) => !ledger.has(p, room));
    audience.slice(0, 7).forEach((p, i) => {
      ledger.add(p, room, i === 0 ? 'rapporteur' : 'participant', accepted(room));
    });
  }

  // Regional consultations: mostly residents of the region, some global experts, more cities.
  for (const r of REGIONAL_CONSULTATIONS) {
    const key: DemoEventKey = `regional:${r.key}`;
    const event = ev(key);
    const residents = people.filter(REGIONAL_AUDIENCE[r.key]);
    const locals = residents.filter((p) => p.record.residence === event.country);
    const host = locals.find((p) => typeOf(p) === 'local-regional-government') ?? locals[0];
    const organisers = [rng.pick(secretariat), ...(host === undefined ? [] : [host])];
    for (const p of organisers) ledger.add(p, event, 'organiser', accepted(event));
    panel(
      key,
      [],
      [
        { role: 'moderator', seats: 2 },
        { role: 'speaker', seats: 4, seatANonMan: true },
      ],
      residents,
    );
    const invited = weightedSample(rng, residents, Math.round(residents.length * 0.72), (p) =>
      typeOf(p) === 'local-regional-government' ? 1.6 : 1,
    ).filter((p) => !ledger.has(p, event));
    const outsiders = weightedSample(rng, people, 6, (p) =>
      !REGIONAL_AUDIENCE[r.key](p) &&
      ['un-system', 'international-organisation'].includes(typeOf(p))
        ? 1
        : 0,
    );
    ledger.invite([...invited, ...outsiders], event, (p) =>
      p === invited[0] ? 'rapporteur' : 'participant',
    );
  }

  // Private sector consultation: companies, with a few regulators and watchdogs.
  const privateSector = ev('privateSector');
  ledger.add(rng.pick(secretariat), privateSector, 'organiser', accepted(privateSector));
  panel(
    'privateSector',
    ['public procurement', 'smart city financing'],
    [
      { role: 'moderator', seats: 1 },
      { role: 'speaker', seats: 3, seatANonMan: true },
    ],
  );
  ledger.invite(
    weightedSample(rng, people, 48, (p) => {
      const type = typeOf(p);
      if (type === 'private-sector') return 8;
      return ['national-government', 'local-regional-government', 'civil-society'].includes(type)
        ? 0.4
        : 0.05;
    }),
    privateSector,
    () => 'participant',
  );

  // Open online consultation: anyone with an interest submits comments.
  ledger.invite(
    weightedSample(rng, people, 235, (p) => (typeOf(p) === 'community-based' ? 1.5 : 1)),
    ev('online'),
    () => 'contributor',
  );

  // Conference: keynotes, four podiums (one of them all-male), and a large audience.
  const conference = ev('conference');
  for (const p of secretariat.slice(0, 2))
    ledger.add(p, conference, 'organiser', accepted(conference));
  panel('keynotes', [], [{ role: 'keynote', seats: 3, seatANonMan: true, reserves: 2 }]);
  for (const podium of PODIUMS) {
    const menOnly = podium === ALL_MALE_PODIUM;
    panel(`podium:${podium}`, SESSION_THEMES[podium], [
      { role: 'moderator', seats: 1, menOnly },
      { role: 'panelist', seats: 4, menOnly, seatANonMan: !menOnly, reserves: 2 },
    ]);
    const rapporteur = weightedSample(rng, people, 1, (p) =>
      p.seniority === 'junior' && typeOf(p) === 'academia' ? 1 : 0,
    );
    ledger.invite(rapporteur, ev(`podium:${podium}`), () => 'rapporteur');
  }
  ledger.invite(
    weightedSample(rng, people, 175, (p) => (typeOf(p) === 'academia' ? 3 : 1)),
    conference,
    () => 'participant',
  );

  return ledger.records;
}
