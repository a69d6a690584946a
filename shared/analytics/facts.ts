// "Conference facts" for one event: the tables a secretariat pastes into a meeting report —
// participants by role and stakeholder group, gender divide, nationalities by region (a
// per-country table), speakers' diversity, panel flags and targets — and their Markdown/CSV.
import type { EventId, ParticipationStatus, PlenaryEvent, WorkspaceData } from '../domain/model';
import { SPEAKING_ROLES } from '../domain/model';
import { countryByIso2 } from '../reference/countries';
import { categoriesOf, regionOf } from '../reference/regions';
import type { Distribution } from './distribution';
import { distribution } from './distribution';
import type { PanelCheck } from './panels';
import { panelChecks } from './panels';
import { peopleInScope, withDescendants } from './scope';
import type { TargetEvaluation } from './targets';
import { evaluateTarget } from './targets';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressDistribution } from './suppression';
import { countText, publishedCount, suppressionNote } from './publish';

export type CountryCount = { iso2: string; name: string; count: number };
export type RegionCountries = { region: string; count: number; countries: CountryCount[] };

export type ConferenceFacts = {
  event: PlenaryEvent;
  statuses: readonly ParticipationStatus[];
  participants: number;
  byRole: Distribution;
  byStakeholderGroup: Distribution;
  gender: Distribution;
  /** Nationalities by M49 region, regions in M49 order, countries by count then name. */
  nationalities: RegionCountries[];
  countries: number;
  regionsMissing: string[];
  noNationality: number;
  speakersGender: Distribution;
  speakersRegions: Distribution;
  panels: PanelCheck[];
  targets: TargetEvaluation[];
};

/** Default population of a facts report: the people who came (or, before the event, confirmed). */
export const FACTS_STATUSES: readonly ParticipationStatus[] = ['confirmed', 'attended'];

export function conferenceFacts(
  data: WorkspaceData,
  eventId: EventId,
  statuses: readonly ParticipationStatus[] = FACTS_STATUSES,
): ConferenceFacts | null {
  const event = data.events.find((e) => e.id === eventId && e.deletedAt === null);
  if (event === undefined) return null;
  const population = { eventIds: [eventId], statuses, roles: null };
  const speakers = { ...population, roles: SPEAKING_ROLES };
  const people = peopleInScope(data, population);
  const byCountry = new Map<string, number>();
  let noNationality = 0;
  for (const p of people) {
    const known = [...new Set(p.nationalities)].filter((n) => countryByIso2(n) !== undefined);
    if (known.length === 0) noNationality += 1;
    for (const n of known) byCountry.set(n, (byCountry.get(n) ?? 0) + 1);
  }
  const regionOrder = categoriesOf('m49-region');
  const regions = new Map<string, CountryCount[]>();
  for (const [iso2, count] of byCountry) {
    const region = regionOf('m49-region', iso2) ?? '—';
    regions.set(region, [
      ...(regions.get(region) ?? []),
      { iso2, name: countryByIso2(iso2)?.name ?? iso2, count },
    ]);
  }
  const nationalities = [...regions.entries()]
    .sort(([a], [b]) => rankOf(regionOrder, a) - rankOf(regionOrder, b))
    .map(([region, countries]) => ({
      region,
      // People with two nationalities of one region count once in its total.
      count: people.filter((p) => p.nationalities.some((n) => regionOf('m49-region', n) === region))
        .length,
      countries: countries.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
    }));
  const inEvent = withDescendants(data.events, [eventId]);
  return {
    event,
    statuses,
    participants: people.length,
    byRole: distribution(data, { kind: 'role' }, population),
    byStakeholderGroup: distribution(data, { kind: 'stakeholder-group' }, population),
    gender: distribution(data, { kind: 'gender' }, population),
    nationalities,
    countries: byCountry.size,
    regionsMissing: regionOrder.filter((r) => !regions.has(r)),
    noNationality,
    speakersGender: distribution(data, { kind: 'gender' }, speakers),
    speakersRegions: distribution(data, { kind: 'nationality', scheme: 'm49-region' }, speakers),
    panels: panelChecks(data, { eventIds: inEvent }),
    targets: data.targets
      .filter((t) => t.deletedAt === null && t.eventId === eventId)
      .map((t) => evaluateTarget(data, t)),
  };
}

function rankOf(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

export type FactsTable = {
  name: string;
  title: string;
  header: string[];
  rows: string[][];
  /** Per row, the category key it shows (for translated labels); null for unknown, '' for the total. */
  keys: (string | null)[];
};
export type FactsExportOptions = { suppress: boolean; threshold?: number };

const pct = (n: number, of: number) => (of === 0 ? '0 %' : `${Math.round((n / of) * 100)} %`);

function distributionTable(
  name: string,
  title: string,
  d: Distribution,
  o: FactsExportOptions,
): FactsTable {
  const threshold = o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const s = o.suppress ? suppressDistribution(d, threshold) : null;
  const cell = (v: number | null | undefined, raw: number) =>
    s === null ? String(raw) : countText(raw, v ?? null, threshold);
  const share = (v: number | null | undefined, raw: number) =>
    s !== null && (v === null || v === undefined) ? '' : pct(raw, d.total);
  const rows = d.categories.map((c, i) => [
    c.label,
    cell(s?.counts[i], c.count),
    share(s?.counts[i], c.count),
  ]);
  if (d.unknown > 0)
    rows.push(['Unknown', cell(s?.unknown, d.unknown), share(s?.unknown, d.unknown)]);
  rows.push(['Total', cell(s === null ? d.total : s.total, d.total), '100 %']);
  const keys = [...d.categories.map((c) => c.key), ...(d.unknown > 0 ? [null] : []), ''];
  return { name, title, header: ['Category', 'People', 'Share'], rows, keys };
}

/**
 * The report's tables, in order; with `suppress`, small counts become "<5" and the counts hidden
 * to protect them "x" (see suppression.ts and publish.ts).
 */
export function factsTables(f: ConferenceFacts, o: FactsExportOptions): FactsTable[] {
  const threshold = o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const countries: string[][] = [];
  const countryKeys: string[] = [];
  for (const r of f.nationalities) {
    const d: Distribution = {
      dimension: 'nationality',
      scheme: 'country',
      total: r.count,
      unknown: 0,
      categories: r.countries.map((c) => ({
        key: c.iso2,
        label: c.name,
        count: c.count,
        share: 0,
      })),
    };
    const s = o.suppress ? suppressDistribution(d, threshold) : null;
    r.countries.forEach((c, i) => {
      const v = s === null ? c.count : s.counts[i];
      countries.push([r.region, c.name, countText(c.count, v ?? null, threshold)]);
    });
  }
  return [
    distributionTable('participants-by-role', 'Participants by role', f.byRole, o),
    distributionTable(
      'participants-by-stakeholder-group',
      'Participants by stakeholder group',
      f.byStakeholderGroup,
      o,
    ),
    distributionTable('gender', 'Gender', f.gender, o),
    {
      name: 'nationalities',
      title: 'Nationalities by region',
      header: ['Region', 'Country', 'People'],
      rows: countries,
      keys: countryKeys,
    },
    distributionTable('speakers-gender', 'Speakers by gender', f.speakersGender, o),
    distributionTable('speakers-regions', 'Speakers by region', f.speakersRegions, o),
  ];
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function tableToCsv(t: FactsTable): string {
  return [t.header, ...t.rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

const mdCell = (s: string) => s.replaceAll('|', '\\|');

export function tableToMarkdown(t: FactsTable): string {
  const align = t.header.map((_, i) =>
    i === 0 || (t.name === 'nationalities' && i === 1) ? '---' : '---:',
  );
  return [
    `### ${t.title}`,
    '',
    `| ${t.header.map(mdCell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
  ].join('\n');
}

/** The whole report as Markdown (English, as the CLI prints it). */
export function factsToMarkdown(f: ConferenceFacts, o: FactsExportOptions): string {
  const threshold = o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const lines = [
    `# Conference facts: ${f.event.name}`,
    '',
    `${publishedCount(f.participants, o)} participants (${f.statuses.join(', ')}), ${f.countries} countries.` +
      (f.regionsMissing.length > 0 ? ` No participant from: ${f.regionsMissing.join(', ')}.` : ''),
    '',
  ];
  if (o.suppress) lines.push(`> ${suppressionNote(threshold)}`, '');
  for (const t of factsTables(f, o)) lines.push(tableToMarkdown(t));
  const flagged = f.panels.filter((p) => p.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('### Panel checks', '');
    for (const p of flagged) lines.push(`- ${p.event.name}: ${p.flags.join(', ')}`);
    lines.push('');
  }
  if (f.targets.length > 0) {
    lines.push('### Targets', '');
    for (const e of f.targets)
      for (const r of e.rules)
        lines.push(
          `- ${e.target.name} — ${r.label}: ${r.status}` +
            // With the total, a gap could give a small count away: left out when suppressing.
            (r.gap && !o.suppress ? ` (${r.gap.people} ${r.gap.direction} needed)` : ''),
        );
    lines.push('');
  }
  return lines.join('\n');
}
