// The conference facts as one JSON document (what `plenary facts --format json` prints): the same
// tables as the Markdown and the screen, with the headline figures, panel flags and targets.
import type { ConferenceFacts, FactsExportOptions, FactsTable } from './facts';
import { factsTables } from './facts';
import { publishedCount, suppressionNote, thresholdOf } from './publish';

export type FactsJson = {
  event: { id: string; name: string; startDate: string | null; city: string };
  statuses: string[];
  /** A number, or "<N" when suppression is on and the count is small. */
  participants: number | string;
  countries: number;
  regionsMissing: string[];
  noNationality: number | string;
  /** null when suppression is off. */
  suppression: { threshold: number; note: string } | null;
  tables: Omit<FactsTable, 'keys'>[];
  panels: { session: string; flags: string[] }[];
  /** With suppression on, the gap is left out: with the total it could give a small count away. */
  targets: {
    target: string;
    category: string;
    status: string;
    gap: { direction: string; people: number } | null;
  }[];
};

export function factsToJson(f: ConferenceFacts, o: FactsExportOptions): FactsJson {
  const threshold = thresholdOf(o);
  return {
    event: {
      id: f.event.id,
      name: f.event.name,
      startDate: f.event.startDate,
      city: f.event.city,
    },
    statuses: [...f.statuses],
    participants: publishedCount(f.participants, o),
    countries: f.countries,
    regionsMissing: [...f.regionsMissing],
    noNationality: publishedCount(f.noNationality, o),
    suppression: o.suppress ? { threshold, note: suppressionNote(threshold) } : null,
    tables: factsTables(f, o).map(({ name, title, header, rows }) => ({
      name,
      title,
      header,
      rows,
    })),
    panels: f.panels
      .filter((p) => p.flags.length > 0)
      .map((p) => ({ session: p.event.name, flags: [...p.flags] })),
    targets: f.targets.flatMap((e) =>
      e.rules.map((r) => ({
        target: e.target.name,
        category: r.label,
        status: r.status,
        gap:
          o.suppress || r.gap === null
            ? null
            : { direction: r.gap.direction, people: r.gap.people },
      })),
    ),
  };
}
