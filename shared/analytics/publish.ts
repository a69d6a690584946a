// Tables as they are published (exports, and the screen with suppression on): counts become
// strings, small counts "<N", counts hidden only to protect them "x", with the note that says so.
import type { CrossTab } from './crosstab';
import type { Funnel } from './funnel';
import { FUNNEL_STAGES } from './funnel';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  isSmall,
  suppressDistribution,
  suppressTable,
} from './suppression';

export type PublishOptions = { suppress: boolean; threshold?: number };

/** The mark for a count hidden to protect a small one (its own value is not small). */
export const COMPLEMENTARY_MARK = 'x';

export const thresholdOf = (o: PublishOptions) => o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;

/** The note every suppressed export carries (English, as the CLI and file exports print it). */
export function suppressionNote(threshold: number): string {
  return (
    `Counts below ${threshold} are shown as "<${threshold}"; counts marked "${COMPLEMENTARY_MARK}" are hidden ` +
    'because the totals would otherwise reveal a small count.'
  );
}

/** A count as published: its number, "<N" when hidden for being small, "x" when hidden to protect one. */
export function countText(raw: number, shown: number | null, threshold: number): string {
  if (shown !== null) return String(shown);
  return isSmall(raw, threshold) ? `<${threshold}` : COMPLEMENTARY_MARK;
}

/** A lone count (a headline figure) as published: "<N" when suppression is on and it is small. */
export function publishedCount(count: number, o: PublishOptions): number | string {
  const threshold = thresholdOf(o);
  return o.suppress && isSmall(count, threshold) ? `<${threshold}` : count;
}

/**
 * Which entries of a line (values that add up to `total`) to hide: the small ones, and, where
 * exactly one would be hidden, the smallest other positive one too (see suppressDistribution).
 */
export function suppressLine(values: readonly number[], total: number, threshold: number) {
  const s = suppressDistribution(
    {
      dimension: '',
      scheme: null,
      total,
      unknown: 0,
      categories: values.map((count, i) => ({ key: String(i), label: '', count, share: 0 })),
    },
    threshold,
  );
  return { values: s.counts.slice(0, values.length), total: s.total };
}

export type PublishedCrossTab = {
  cells: string[][];
  rowTotals: string[];
  colTotals: string[];
  total: string;
  hidden: number;
};

/** A cross-tab with its margins, suppressed as one table (suppressTable) when asked. */
export function publishCrossTab(tab: CrossTab, o: PublishOptions): PublishedCrossTab {
  const threshold = thresholdOf(o);
  if (!o.suppress)
    return {
      cells: tab.cells.map((r) => r.map(String)),
      rowTotals: tab.rowTotals.map(String),
      colTotals: tab.colTotals.map(String),
      total: String(tab.total),
      hidden: 0,
    };
  const s = suppressTable(tab, threshold);
  return {
    cells: tab.cells.map((r, i) =>
      r.map((v, j) => countText(v, s.cells[i]?.[j] ?? null, threshold)),
    ),
    rowTotals: tab.rowTotals.map((v, i) => countText(v, s.rowTotals[i] ?? null, threshold)),
    colTotals: tab.colTotals.map((v, j) => countText(v, s.colTotals[j] ?? null, threshold)),
    total: countText(tab.total, s.total, threshold),
    hidden: s.primary + s.complementary,
  };
}

export type PublishedFunnelRow = {
  counts: string[];
  /** Rates as fractions; null when a count they are computed from is hidden (or undefined). */
  acceptanceRate: number | null;
  declineRate: number | null;
  attendanceRate: number | null;
};

/**
 * The funnel with each stage column suppressed as a line (its categories add up to its total;
 * stages are nested, not added, so rows are not lines). A rate whose numerator or denominator
 * is hidden is hidden too: with the other count it would give the hidden one away.
 */
export function publishFunnel(
  funnel: Funnel,
  o: PublishOptions,
): { rows: PublishedFunnelRow[]; total: PublishedFunnelRow; hidden: number } {
  const threshold = thresholdOf(o);
  const all = [...funnel.rows, funnel.total];
  const shown = all.map((r) => FUNNEL_STAGES.map((s) => r.counts[s] as number | null));
  if (o.suppress) {
    FUNNEL_STAGES.forEach((stage, j) => {
      const line = suppressLine(
        funnel.rows.map((r) => r.counts[stage]),
        funnel.total.counts[stage],
        threshold,
      );
      line.values.forEach((v, i) => {
        const row = shown[i];
        if (row !== undefined) row[j] = v ?? null;
      });
      const totalRow = shown[all.length - 1];
      if (totalRow !== undefined) totalRow[j] = line.total;
    });
  }
  let hidden = 0;
  const out = all.map((r, i) => {
    const row = shown[i] ?? [];
    const visible = (stage: (typeof FUNNEL_STAGES)[number]) =>
      row[FUNNEL_STAGES.indexOf(stage)] !== null;
    hidden += row.filter((v) => v === null).length;
    return {
      counts: FUNNEL_STAGES.map((s, j) => countText(r.counts[s], row[j] ?? null, threshold)),
      acceptanceRate: visible('confirmed') && visible('invited') ? r.acceptanceRate : null,
      declineRate: visible('declined') && visible('invited') ? r.declineRate : null,
      attendanceRate: visible('attended') && visible('confirmed') ? r.attendanceRate : null,
    };
  });
  const total = out.pop() as PublishedFunnelRow;
  return { rows: out, total, hidden };
}
