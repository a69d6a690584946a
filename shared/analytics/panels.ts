// Panel checks: every session with speakers, flagged when its line-up is all men, all women, from
// a single region or from a single stakeholder group.
import type {
  EventId,
  ParticipationStatus,
  Person,
  PlenaryEvent,
  RegionScheme,
  WorkspaceData,
} from '../domain/model';
import { SPEAKING_ROLES, eventLevel } from '../domain/model';
import { regionOf } from '../reference/regions';

export const PANEL_FLAGS = [
  'all-male',
  'all-female',
  'single-region',
  'single-stakeholder-group',
] as const;
export type PanelFlag = (typeof PANEL_FLAGS)[number];

/**
 * Who is on the podium: speakers who confirmed or attended. Candidates, shortlisted and invited
 * people may never take the stage, and declined or no-show ones did not.
 */
export const PANEL_STATUSES: readonly ParticipationStatus[] = ['confirmed', 'attended'];

export type PanelCheck = {
  event: PlenaryEvent;
  speakers: Person[];
  women: number;
  men: number;
  /** Distinct regions (of the speakers' nationalities) and stakeholder groups on the podium. */
  regions: string[];
  stakeholderGroups: string[];
  flags: PanelFlag[];
};

export type PanelCheckOptions = {
  /** Region scheme for the single-region check; default 'm49-region'. */
  scheme?: string;
  customSchemes?: readonly RegionScheme[];
  /** Line-ups smaller than this are not flagged (one keynote is not a panel). Default 2. */
  minSpeakers?: number;
  /** Restrict to sessions under these events (with descendants); null = all. */
  eventIds?: ReadonlySet<EventId> | null;
};

/**
 * Checks every live session (level 2) with at least one confirmed/attended speaker, in date
 * then name order. A flag needs every speaker to share the value: one speaker of unknown gender
 * on an otherwise male panel does not make it "all-male"; speakers with no nationality or no
 * stakeholder group are left out of those two checks, which need `minSpeakers` known values.
 */
export function panelChecks(data: WorkspaceData, options: PanelCheckOptions = {}): PanelCheck[] {
  const scheme = options.scheme ?? 'm49-region';
  const customSchemes = options.customSchemes ?? data.regionSchemes;
  const minSpeakers = options.minSpeakers ?? 2;
  const people = new Map(data.people.filter((p) => p.deletedAt === null).map((p) => [p.id, p]));
  const speakersBySession = new Map<EventId, Map<string, Person>>();
  for (const p of data.participations) {
    if (
      p.deletedAt !== null ||
      !SPEAKING_ROLES.includes(p.role) ||
      !PANEL_STATUSES.includes(p.status)
    )
      continue;
    const person = people.get(p.personId);
    if (person === undefined) continue;
    const map = speakersBySession.get(p.eventId) ?? new Map<string, Person>();
    map.set(person.id, person);
    speakersBySession.set(p.eventId, map);
  }
  const sessions = data.events
    .filter(
      (e) =>
        e.deletedAt === null &&
        eventLevel(e.kind) === 2 &&
        speakersBySession.has(e.id) &&
        (options.eventIds == null || options.eventIds.has(e.id)),
    )
    .sort(
      (a, b) =>
        (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.name.localeCompare(b.name, 'en'),
    );
  return sessions.map((event) => {
    const speakers = [...(speakersBySession.get(event.id)?.values() ?? [])];
    const women = speakers.filter((s) => s.gender === 'woman').length;
    const men = speakers.filter((s) => s.gender === 'man').length;
    const regionSets = speakers.map(
      (s) =>
        new Set(
          s.nationalities
            .map((n) => regionOf(scheme, n, customSchemes))
            .filter((r): r is string => r !== null),
        ),
    );
    const withRegion = regionSets.filter((r) => r.size > 0);
    const regions = [...new Set(withRegion.flatMap((r) => [...r]))].sort();
    const groups = speakers
      .map((s) => s.stakeholderGroup)
      .filter((g): g is NonNullable<typeof g> => g !== null);
    const stakeholderGroups = [...new Set(groups)].sort();
    const flags: PanelFlag[] = [];
    if (speakers.length >= minSpeakers) {
      if (men === speakers.length) flags.push('all-male');
      if (women === speakers.length) flags.push('all-female');
    }
    if (withRegion.length >= minSpeakers && regions.length === 1) flags.push('single-region');
    if (groups.length >= minSpeakers && stakeholderGroups.length === 1)
      flags.push('single-stakeholder-group');
    return { event, speakers, women, men, regions, stakeholderGroups, flags };
  });
}
