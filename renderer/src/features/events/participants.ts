// View-model of an event's participants: the table rows (participations joined with people and
// organisations), filters, the invitation-funnel counts, the composition summary, and who can
// still be added.
import type {
  EventId,
  Gender,
  Iso2,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PlenaryEvent,
} from '@shared/domain/model';
import {
  GENDERS,
  PARTICIPATION_STATUSES,
  SPEAKING_ROLES,
  personDisplayName,
} from '@shared/domain/model';
import type { Option } from '../../ui/combobox';
import { fold } from '../../ui/combobox';

export type ParticipantRow = {
  participation: Participation;
  person: Person | undefined;
  /** The person's display name, or '' when the person record is gone. */
  name: string;
  gender: Gender | null;
  nationalities: Iso2[];
  organisation: Organisation | undefined;
  /** Job title at that organisation. */
  title: string;
  /** The event (or session) the participation belongs to. */
  event: PlenaryEvent | undefined;
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The organisation shown for a person: the primary affiliation, else the first live one. */
export function mainAffiliation(
  person: Pick<Person, 'affiliations'>,
  organisationsById: ReadonlyMap<OrganisationId, Organisation>,
): { organisation: Organisation; title: string } | undefined {
  const live = person.affiliations.filter((a) => organisationsById.has(a.organisationId));
  const a = live.find((x) => x.primary) ?? live[0];
  if (!a) return undefined;
  const organisation = organisationsById.get(a.organisationId);
  return organisation ? { organisation, title: a.title } : undefined;
}

/** One row per participation, by family name then given name. */
export function participantRows(
  participations: readonly Participation[],
  peopleById: ReadonlyMap<string, Person>,
  organisationsById: ReadonlyMap<OrganisationId, Organisation>,
  eventsById: ReadonlyMap<string, PlenaryEvent>,
): ParticipantRow[] {
  const rows = participations.map((participation): ParticipantRow => {
    const person = peopleById.get(participation.personId);
    const affiliation = person ? mainAffiliation(person, organisationsById) : undefined;
    return {
      participation,
      person,
      name: person ? personDisplayName(person) : '',
      gender: person?.gender ?? null,
      nationalities: person?.nationalities ?? [],
      organisation: affiliation?.organisation,
      title: affiliation?.title ?? '',
      event: eventsById.get(participation.eventId),
    };
  });
  return rows.sort(
    (a, b) =>
      collator.compare(a.person?.familyName ?? '', b.person?.familyName ?? '') ||
      collator.compare(a.person?.givenName ?? '', b.person?.givenName ?? '') ||
      collator.compare(a.event?.name ?? '', b.event?.name ?? ''),
  );
}

export type ParticipantFilter = {
  role: ParticipationRole | null;
  status: ParticipationStatus | null;
  query: string;
};

export const NO_PARTICIPANT_FILTER: ParticipantFilter = { role: null, status: null, query: '' };

export function filterParticipantRows(
  rows: readonly ParticipantRow[],
  filter: ParticipantFilter,
): ParticipantRow[] {
  const q = fold(filter.query);
  return rows.filter((r) => {
    if (filter.role !== null && r.participation.role !== filter.role) return false;
    if (filter.status !== null && r.participation.status !== filter.status) return false;
    if (q === '') return true;
    return [r.name, r.organisation?.name ?? '', r.organisation?.acronym ?? ''].some((s) =>
      fold(s).includes(q),
    );
  });
}

/** How many participations sit at each step of the invitation funnel, in funnel order. */
export function funnelCounts(
  participations: readonly Pick<Participation, 'status'>[],
): Record<ParticipationStatus, number> {
  const out = Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, 0])) as Record<
    ParticipationStatus,
    number
  >;
  for (const p of participations) out[p.status] += 1;
  return out;
}

/** Statuses of people who will not (or did not) take part: left out of the composition. */
export const NOT_TAKING_PART: readonly ParticipationStatus[] = ['declined', 'no-show'];

export type CompositionLine = { category: string; speakers: number; all: number };
export type Composition = {
  /** People counted: everyone listed except those declined or absent. */
  total: number;
  speakers: number;
  gender: CompositionLine[];
  region: CompositionLine[];
};

/**
 * Gender and region counts of the people taking part (all of them, and those in speaking
 * roles). A person's region is that of their first nationality; `regionOf` maps a country
 * to its region (null when it has none), and people without one count as `unknownRegion`.
 */
export function composition(
  rows: readonly ParticipantRow[],
  regionOf: (iso2: Iso2) => string | null,
  regionOrder: readonly string[],
  unknownRegion: string,
): Composition {
  const counted = rows.filter((r) => !NOT_TAKING_PART.includes(r.participation.status));
  const gender = new Map<string, CompositionLine>(
    GENDERS.map((g) => [g, { category: g, speakers: 0, all: 0 }]),
  );
  const region = new Map<string, CompositionLine>(
    regionOrder.map((r) => [r, { category: r, speakers: 0, all: 0 }]),
  );
  const lineOf = (map: Map<string, CompositionLine>, category: string): CompositionLine => {
    let line = map.get(category);
    if (!line) {
      line = { category, speakers: 0, all: 0 };
      map.set(category, line);
    }
    return line;
  };
  let speakers = 0;
  for (const r of counted) {
    const speaking = SPEAKING_ROLES.includes(r.participation.role);
    if (speaking) speakers += 1;
    const first = r.nationalities[0];
    const regionName = (first !== undefined ? regionOf(first) : null) ?? unknownRegion;
    for (const line of [lineOf(gender, r.gender ?? 'unknown'), lineOf(region, regionName)]) {
      line.all += 1;
      if (speaking) line.speakers += 1;
    }
  }
  const nonEmpty = (lines: Iterable<CompositionLine>) => [...lines].filter((l) => l.all > 0);
  // The unknown region goes last, after the reference order and anything unexpected.
  const regionLines = nonEmpty(region.values());
  const unknown = regionLines.filter((l) => l.category === unknownRegion);
  return {
    total: counted.length,
    speakers,
    gender: nonEmpty(gender.values()),
    region: [...regionLines.filter((l) => l.category !== unknownRegion), ...unknown],
  };
}

/**
 * Picker options: every person not yet in the event, by name, with their organisation as the
 * hint and as something to search by.
 */
export function addablePeopleOptions(
  people: readonly Person[],
  participationsOfEvent: readonly Pick<Participation, 'personId'>[],
  organisationsById: ReadonlyMap<OrganisationId, Organisation>,
): Option[] {
  const already = new Set<string>(participationsOfEvent.map((p) => p.personId));
  return people
    .filter((p) => !already.has(p.id))
    .map((p) => {
      const affiliation = mainAffiliation(p, organisationsById);
      const org = affiliation?.organisation;
      const option: Option = {
        value: p.id,
        label: personDisplayName(p) || p.familyName,
        keywords: [
          p.familyName,
          ...p.affiliations.flatMap((a) => {
            const o = organisationsById.get(a.organisationId);
            return o ? [o.name, o.acronym].filter(Boolean) : [];
          }),
        ],
      };
      if (org) option.meta = org.acronym || org.name;
      return option;
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The participations an event's page lists: its own, or also those of all events below it. */
export function participationsInScope(
  participations: readonly Participation[],
  eventId: EventId,
  descendantIds: ReadonlySet<EventId> | null,
): Participation[] {
  return participations.filter(
    (p) => p.eventId === eventId || (descendantIds !== null && descendantIds.has(p.eventId)),
  );
}
