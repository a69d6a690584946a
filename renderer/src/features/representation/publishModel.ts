// What the Representation screen publishes: the suppression choice as options, a distribution's
// rows as shown (marks for hidden counts), chart bars that do not draw a hidden count, and CSV
// files that carry the suppression note.
import type { Distribution, PublishOptions } from '@shared/analytics';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  countText,
  suppressDistribution,
  suppressionNote,
  tableToCsv,
} from '@shared/analytics';

export const MIN_THRESHOLD = 2;
export const MAX_THRESHOLD = 100;

/** The threshold typed by the user, or null when it is not a whole number from 2 to 100. */
export function parseThreshold(raw: string): number | null {
  if (!/^\s*\d+\s*$/.test(raw)) return null;
  const n = Number(raw);
  return n >= MIN_THRESHOLD && n <= MAX_THRESHOLD ? n : null;
}

/** An invalid threshold keeps suppression on at the default rather than publishing everything. */
export function publishOptionsOf(suppress: boolean, rawThreshold: string): PublishOptions {
  return { suppress, threshold: parseThreshold(rawThreshold) ?? DEFAULT_SUPPRESSION_THRESHOLD };
}

export type PublishedRow = {
  /** Category key; null for the unknown row. */
  key: string | null;
  count: number;
  /** The count as shown: the number, "<N" or "x". */
  text: string;
  /** null when the count is hidden (the share would give it back). */
  share: number | null;
};

/** A distribution's rows (categories, then unknown when any) and total, as published. */
export function publishDistribution(
  dist: Distribution,
  o: PublishOptions,
): { rows: PublishedRow[]; total: string; hidden: number } {
  const threshold = o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const s = o.suppress ? suppressDistribution(dist, threshold) : null;
  const share = (n: number) => (dist.total === 0 ? 0 : n / dist.total);
  const rows: PublishedRow[] = dist.categories.map((c, i) => {
    const shown = s === null ? c.count : (s.counts[i] ?? null);
    return {
      key: c.key,
      count: c.count,
      text: countText(c.count, shown, threshold),
      share: shown === null ? null : share(c.count),
    };
  });
  if (dist.unknown > 0) {
    const shown = s === null ? dist.unknown : s.unknown;
    rows.push({
      key: null,
      count: dist.unknown,
      text: countText(dist.unknown, shown, threshold),
      share: shown === null ? null : share(dist.unknown),
    });
  }
  return {
    rows,
    total: countText(dist.total, s === null ? dist.total : s.total, threshold),
    hidden: s === null ? 0 : s.primary + s.complementary,
  };
}

/** "42 %", or "" for a hidden share. */
export const shareCell = (share: number | null, digits = 1) =>
  share === null ? '' : `${(share * 100).toFixed(digits)} %`;

/** CSV of a table; with suppression on, a last line carries the note (English, like the CLI). */
export function csvWithNote(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  o: PublishOptions,
): string {
  const note = o.suppress ? [[suppressionNote(o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD)]] : [];
  return tableToCsv({
    name: '',
    title: '',
    header: [...header],
    rows: [...rows.map((r) => [...r]), ...note],
    keys: [],
  });
}

/** File names of exports: "representation-gender-counts", ASCII, lower case. */
export function exportName(...parts: string[]): string {
  return ['representation', ...parts]
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}
