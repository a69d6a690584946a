// Events side by side, in date order: size, women's share and regional coverage per event, so
// that trends over the process show.
import type {
  ParticipationRole,
  ParticipationStatus,
  PlenaryEvent,
  WorkspaceData,
} from '../domain/model';
import { eventLevel } from '../domain/model';
import { allCategories } from './dimensions';
import { distribution } from './distribution';
import { womensShare } from './indices';

export type EventComparison = {
  event: PlenaryEvent;
  /** People in the event (with its sessions) matching the statuses and roles. */
  people: number;
  womensShare: number | null;
  /** Categories of the region scheme with at least one person (by nationality). */
  regionsCovered: string[];
  regionsMissing: string[];
};

export type CompareOptions = {
  statuses?: readonly ParticipationStatus[] | null;
  roles?: readonly ParticipationRole[] | null;
  /** Region scheme for coverage; default 'm49-region'. */
  scheme?: string;
  /** Which events: default every live event of level 1 (not processes, not sessions). */
  eventIds?: readonly string[] | null;
};

/** One line per event, ordered by start date (undated last), then name. */
export function compareEvents(
  data: WorkspaceData,
  options: CompareOptions = {},
): EventComparison[] {
  const scheme = options.scheme ?? 'm49-region';
  const wanted = options.eventIds == null ? null : new Set(options.eventIds);
  const events = data.events
    .filter(
      (e) =>
        e.deletedAt === null && (wanted === null ? eventLevel(e.kind) === 1 : wanted.has(e.id)),
    )
    .sort(
      (a, b) =>
        (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff') ||
        a.name.localeCompare(b.name, 'en'),
    );
  const categories = allCategories({ kind: 'nationality', scheme }, data.regionSchemes);
  return events.map((event) => {
    const population = {
      eventIds: [event.id],
      statuses: options.statuses ?? null,
      roles: options.roles ?? null,
    };
    const gender = distribution(data, { kind: 'gender' }, population);
    const regions = distribution(data, { kind: 'nationality', scheme }, population);
    const covered = new Set(regions.categories.filter((c) => c.count > 0).map((c) => c.key));
    return {
      event,
      people: gender.total,
      womensShare: womensShare(gender),
      regionsCovered: categories.filter((c) => covered.has(c)),
      regionsMissing: categories.filter((c) => !covered.has(c)),
    };
  });
}
