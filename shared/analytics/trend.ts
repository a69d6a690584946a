// A share over time: one point per event, in date order — women's share, regional coverage (how
// many regions of a scheme are represented) or any category's share of any dimension.
import type {
  ParticipationRole,
  ParticipationStatus,
  PlenaryEvent,
  WorkspaceData,
} from '../domain/model';
import { eventLevel } from '../domain/model';
import type { AnyDimension } from './dimensions';
import { allCategories } from './dimensions';
import { distribution } from './distribution';
import type { PublishOptions } from './publish';
import { countText, thresholdOf } from './publish';
import { suppressDistribution } from './suppression';

export type TrendMetric =
  /** Share of one category among the people whose value is known (women's share: gender/woman). */
  | { kind: 'share'; dimension: AnyDimension; category: string }
  /** Categories of the dimension with at least one person, out of all its categories. */
  | { kind: 'coverage'; dimension: AnyDimension };

export const WOMENS_SHARE: TrendMetric = {
  kind: 'share',
  dimension: { kind: 'gender' },
  category: 'woman',
};

export type TrendPoint = {
  event: PlenaryEvent;
  /** The event's start date; null for undated events, which a chart over time leaves out. */
  date: string | null;
  /** People in the event (with its sessions) matching the statuses and roles. */
  total: number;
  /** People with no value for the dimension: stated, never silently dropped. */
  unknown: number;
  /** Share: people in the category. Coverage: categories represented. */
  count: number;
  /** Share: people with a known value. Coverage: categories of the dimension. */
  of: number;
  /** count ÷ of; null when `of` is 0 (nobody with a known value, or no categories). */
  value: number | null;
  /** Coverage: the dimension's categories nobody represents, in the dimension's order. */
  missing: string[];
};

export type TrendOptions = {
  statuses?: readonly ParticipationStatus[] | null;
  roles?: readonly ParticipationRole[] | null;
  /** Which events: default every live event of level 1 (not processes, not sessions). */
  eventIds?: readonly string[] | null;
};

const byDate = (a: PlenaryEvent, b: PlenaryEvent) =>
  (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff') ||
  a.name.localeCompare(b.name, 'en');

/**
 * One point per event, ordered by start date (undated last), then name. A share counts a
 * person with two values (two nationalities) in each, like `distribution`; its denominator is
 * the people with a known value, so unknowns neither dilute nor inflate it (they are reported
 * in `unknown`). Coverage counts the dimension's categories with at least one person.
 */
export function trend(
  data: WorkspaceData,
  metric: TrendMetric,
  options: TrendOptions = {},
): TrendPoint[] {
  const wanted = options.eventIds == null ? null : new Set(options.eventIds);
  const events = data.events
    .filter(
      (e) =>
        e.deletedAt === null && (wanted === null ? eventLevel(e.kind) === 1 : wanted.has(e.id)),
    )
    .sort(byDate);
  const categories = allCategories(metric.dimension, data.regionSchemes);
  return events.map((event) => {
    const d = distribution(data, metric.dimension, {
      eventIds: [event.id],
      statuses: options.statuses ?? null,
      roles: options.roles ?? null,
    });
    const base = { event, date: event.startDate, total: d.total, unknown: d.unknown };
    if (metric.kind === 'coverage') {
      const present = new Set(d.categories.filter((c) => c.count > 0).map((c) => c.key));
      const covered = present.size;
      const of = Math.max(categories.length, covered);
      const missing = categories.filter((c) => !present.has(c));
      return { ...base, count: covered, of, value: of === 0 ? null : covered / of, missing };
    }
    const count = d.categories.find((c) => c.key === metric.category)?.count ?? 0;
    const of = d.total - d.unknown;
    return { ...base, count, of, value: of === 0 ? null : count / of, missing: [] };
  });
}

export type PublishedTrendPoint = {
  total: string;
  unknown: string;
  count: string;
  /** null when hidden (its count is) or undefined. */
  value: number | null;
};

/**
 * A trend as published. For a share, each event is one line — the category, the other known
 * people and the unknowns add up to the total — suppressed like a distribution; a hidden count
 * hides the share too. Coverage counts regions, not people: only the event's total is checked.
 */
export function publishTrend(
  points: readonly TrendPoint[],
  metric: TrendMetric,
  o: PublishOptions,
) {
  const threshold = thresholdOf(o);
  return points.map((p): PublishedTrendPoint => {
    if (!o.suppress)
      return {
        total: String(p.total),
        unknown: String(p.unknown),
        count: String(p.count),
        value: p.value,
      };
    const parts = metric.kind === 'share' ? [p.count, p.of - p.count] : [p.total - p.unknown];
    const s = suppressDistribution(
      {
        dimension: '',
        scheme: null,
        total: p.total,
        unknown: p.unknown,
        categories: parts.map((count, i) => ({ key: String(i), label: '', count, share: 0 })),
      },
      threshold,
    );
    const countShown = metric.kind === 'share' ? (s.counts[0] ?? null) : p.count;
    return {
      total: countText(p.total, s.total, threshold),
      unknown: countText(p.unknown, s.unknown, threshold),
      count: metric.kind === 'share' ? countText(p.count, countShown, threshold) : String(p.count),
      value: metric.kind === 'share' && countShown === null ? null : p.value,
    };
  });
}
