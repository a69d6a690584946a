// The demo's consultation process: one process, its events and their sessions, on fixed dates in
// 2025–2026. Whether an event is past or upcoming depends on `now`, not on these dates.
import type { EventId, Iso2 } from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type { EventKind, EventMode, PlenaryEvent } from '../domain/model';
import type { DemoContext } from './context';
import { addDays } from './context';

export const PROCESS_NAME = 'International Guidelines on People-Centred Smart Cities';

export type DemoEventKey =
  | 'process'
  | 'egm'
  | 'conference'
  | 'keynotes'
  | 'privateSector'
  | 'online'
  | `podium:${PodiumKey}`
  | `breakout:${BreakoutKey}`
  | `regional:${RegionalKey}`;

export const PODIUMS = ['Collaborating', 'Representing', 'Implementing', 'Maintaining'] as const;
export type PodiumKey = (typeof PODIUMS)[number];

export const BREAKOUTS = [
  'Digital infrastructure and governance',
  'Community engagement and capacity',
  'Digital inclusion, equity and rights',
  'Environmental sustainability and shared prosperity',
] as const;
export type BreakoutKey = (typeof BREAKOUTS)[number];

/** The regional consultations; `region` says whose residents each one mainly invites. */
export const REGIONAL_CONSULTATIONS = [
  { key: 'africa', name: 'Africa', city: 'Nairobi', country: 'KE', start: '2025-09-16' },
  {
    key: 'asiaPacific',
    name: 'Asia and the Pacific',
    city: 'Bangkok',
    country: 'TH',
    start: '2025-11-18',
  },
  {
    key: 'lac',
    name: 'Latin America and the Caribbean',
    city: 'Bogotá',
    country: 'CO',
    start: '2026-03-10',
  },
  { key: 'europe', name: 'Europe', city: 'Tallinn', country: 'EE', start: '2026-05-26' },
  { key: 'arabStates', name: 'Arab States', city: 'Amman', country: 'JO', start: '2026-12-15' },
] as const;
export type RegionalKey = (typeof REGIONAL_CONSULTATIONS)[number]['key'];

type Spec = {
  key: DemoEventKey;
  parent: DemoEventKey | null;
  name: string;
  kind: EventKind;
  start: string;
  end: string;
  city: string;
  country: string | null;
  mode: EventMode;
  theme: string;
};

const CONFERENCE: Omit<Spec, 'key' | 'parent' | 'name' | 'kind' | 'theme'> = {
  start: '2026-12-09',
  end: '2026-12-11',
  city: 'Barcelona',
  country: 'ES',
  mode: 'hybrid',
};
const EGM: Omit<Spec, 'key' | 'parent' | 'name' | 'kind' | 'theme'> = {
  start: '2025-06-10',
  end: '2025-06-12',
  city: '',
  country: null,
  mode: 'online',
};

const PODIUM_THEMES: Record<PodiumKey, string> = {
  Collaborating: 'Partnerships between cities, communities, academia and industry',
  Representing: 'Whose voices shape the smart city: participation and representation',
  Implementing: 'From principles to procurement, standards and delivery',
  Maintaining: 'Operating, financing and sustaining digital urban infrastructure',
};

function specs(): Spec[] {
  const list: Spec[] = [
    {
      key: 'process',
      parent: null,
      name: PROCESS_NAME,
      kind: 'process',
      start: '2025-03-01',
      end: '2026-12-31',
      city: '',
      country: null,
      mode: 'hybrid',
      theme: 'People-centred smart cities',
    },
    {
      key: 'egm',
      parent: 'process',
      name: 'Expert Group Meeting on People-Centred Smart Cities',
      kind: 'expert-group-meeting',
      ...EGM,
      theme: 'Scope and structure of the guidelines',
    },
    ...BREAKOUTS.map((b, i): Spec => ({
      key: `breakout:${b}`,
      parent: 'egm',
      name: `Breakout room ${i + 1}: ${b}`,
      kind: 'breakout-room',
      ...EGM,
      start: '2025-06-11',
      end: '2025-06-11',
      theme: b,
    })),
    ...REGIONAL_CONSULTATIONS.map((r): Spec => ({
      key: `regional:${r.key}`,
      parent: 'process',
      name: `Regional Consultation for ${r.name}`,
      kind: 'regional-consultation',
      start: r.start,
      end: addDays(r.start, 1),
      city: r.city,
      country: r.country,
      mode: 'in-person',
      theme: `Regional priorities for people-centred smart cities: ${r.name}`,
    })),
    {
      key: 'privateSector',
      parent: 'process',
      name: 'Private Sector Consultation on People-Centred Smart Cities',
      kind: 'private-sector-consultation',
      start: '2026-07-07',
      end: '2026-07-07',
      city: 'Singapore',
      country: 'SG',
      mode: 'hybrid',
      theme: 'Responsible technology, procurement and public–private partnerships',
    },
    {
      key: 'online',
      parent: 'process',
      name: 'Open Online Consultation on the Draft Guidelines',
      kind: 'online-consultation',
      start: '2026-11-02',
      end: '2026-12-18',
      city: '',
      country: null,
      mode: 'online',
      theme: 'Comments on the zero draft',
    },
    {
      key: 'conference',
      parent: 'process',
      name: 'International Conference on People-Centred Smart Cities',
      kind: 'conference',
      ...CONFERENCE,
      theme: 'Research and practice for people-centred smart cities',
    },
    {
      key: 'keynotes',
      parent: 'conference',
      name: 'Opening keynotes',
      kind: 'keynote-session',
      ...CONFERENCE,
      end: CONFERENCE.start,
      theme: 'Why people-centred smart cities',
    },
    ...PODIUMS.map((p, i): Spec => ({
      key: `podium:${p}`,
      parent: 'conference',
      name: `Podium ${i + 1}: ${p}`,
      kind: 'podium',
      ...CONFERENCE,
      start: i < 2 ? '2026-12-10' : '2026-12-11',
      end: i < 2 ? '2026-12-10' : '2026-12-11',
      theme: PODIUM_THEMES[p],
    })),
  ];
  return list;
}

export type DemoEvents = {
  records: PlenaryEvent[];
  byKey: Map<DemoEventKey, PlenaryEvent>;
};

export function buildEvents(ctx: DemoContext): DemoEvents {
  const byKey = new Map<DemoEventKey, PlenaryEvent>();
  const records: PlenaryEvent[] = [];
  for (const s of specs()) {
    const parentId = s.parent === null ? null : eventByKey(byKey, s.parent).id;
    const record: PlenaryEvent = {
      ...ctx.meta<EventId>(ID_PREFIXES.events, 600),
      name: s.name,
      kind: s.kind,
      parentId,
      startDate: s.start,
      endDate: s.end,
      city: s.city,
      country: s.country as Iso2 | null,
      mode: s.mode,
      theme: s.theme,
      notes: '',
    };
    byKey.set(s.key, record);
    records.push(record);
  }
  return { records, byKey };
}

export function eventByKey(
  events: Map<DemoEventKey, PlenaryEvent>,
  key: DemoEventKey,
): PlenaryEvent {
  const event = events.get(key);
  if (event === undefined) throw new Error(`Demo event ${key} is missing`);
  return event;
}
