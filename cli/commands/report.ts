// `plenary report`: the distribution of the people in scope by one dimension, as JSON, CSV or
// Markdown — computed by shared/analytics, exactly as the Representation screen does.
import { parseArgs, required } from '../args';
import type { AnyDimension } from '../../shared/analytics/dimensions';
import { distribution } from '../../shared/analytics/distribution';
import type { Distribution } from '../../shared/analytics/distribution';
import { ID_PREFIXES, newId } from '../../shared/domain/ids';
import type {
  EventId,
  Iso2,
  ParticipationStatus,
  PlenaryEvent,
  RegionScheme,
  WorkspaceData,
} from '../../shared/domain/model';
import { PARTICIPATION_STATUSES, emptyWorkspaceData } from '../../shared/domain/model';
import { isIso2 } from '../../shared/reference/countries';
import { BUILT_IN_SCHEME_KEYS } from '../../shared/reference/regions';
import { buildImport, materialise, applyDelta } from '../../shared/import';
import type { CliIo, Command } from '../types';
import { CliError, UsageError } from '../types';
import { readParticipantFile } from '../table-input';
import { decodeUtf8, readWorkspaceFile } from '../workspace-input';

export const DIMENSIONS = [
  'gender',
  'nationality',
  'residence',
  'stakeholder-group',
  'organisation-type',
  'role',
  'status',
] as const;

const usage = `Usage: plenary report --input FILE --dimension DIM [--scheme SCHEME] [--event NAME_OR_ID]
                      [--status S,...] [--format json|csv|md]

FILE is a workspace file (.json) or a participant CSV/TSV/XLSX (mapped automatically).
DIM is one of ${DIMENSIONS.join(', ')}.
SCHEME (nationality and residence; default country) is one of ${BUILT_IN_SCHEME_KEYS.join(', ')},
or custom:PATH.json with {"name": "...", "groups": {"Label": ["ISO2", ...], ...}}.
--event limits the report to the people taking part in that event or its sessions; --status to
those participations' statuses. Output (stdout): {"dimension", "scheme", "total", "unknown",
"categories": [{"key", "label", "count", "share"}]} with categories by count, descending.`;

export function findEvent(data: WorkspaceData, nameOrId: string): PlenaryEvent | undefined {
  const live = data.events.filter((e) => e.deletedAt === null);
  const byId = live.find((e) => e.id === nameOrId);
  if (byId) return byId;
  const named = live.filter((e) => e.name.trim().toLowerCase() === nameOrId.trim().toLowerCase());
  if (named.length > 1) throw new CliError(`several events are named "${nameOrId}"; pass the id.`);
  return named[0];
}

async function customScheme(io: CliIo, path: string, now: string): Promise<RegionScheme> {
  const bytes = await io.readFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(bytes));
  } catch {
    throw new CliError(`${path}: not valid JSON.`);
  }
  const { name, groups } = (raw ?? {}) as { name?: unknown; groups?: unknown };
  if (
    typeof name !== 'string' ||
    typeof groups !== 'object' ||
    groups === null ||
    Array.isArray(groups)
  ) {
    throw new CliError(`${path}: expected {"name": "...", "groups": {"Label": ["ISO2", ...]}}.`);
  }
  const out: RegionScheme['groups'] = [];
  for (const [label, codes] of Object.entries(groups)) {
    if (!Array.isArray(codes))
      throw new CliError(`${path}: group "${label}" is not a list of codes.`);
    const bad = codes.filter((c) => !isIso2(c));
    if (bad.length > 0)
      throw new CliError(`${path}: group "${label}" has unknown codes: ${bad.join(', ')}.`);
    out.push({ label, countries: codes as Iso2[] });
  }
  return {
    id: newId(ID_PREFIXES.regionSchemes, io.randomBytes),
    createdAt: now,
    updatedAt: now,
    updatedBy: 'plenary-cli',
    revision: 1,
    deletedAt: null,
    name,
    groups: out,
  };
}

/** A participant file becomes a workspace with one event for the file, so role and status count. */
async function workspaceFromTable(io: CliIo, path: string): Promise<WorkspaceData> {
  const data = emptyWorkspaceData();
  const now = io.now();
  const event: PlenaryEvent = {
    id: newId<EventId>(ID_PREFIXES.events, io.randomBytes),
    createdAt: now,
    updatedAt: now,
    updatedBy: 'plenary-cli',
    revision: 1,
    deletedAt: null,
    name: path,
    kind: 'other-event',
    parentId: null,
    startDate: null,
    endDate: null,
    city: '',
    country: null,
    mode: 'in-person',
    theme: '',
    notes: '',
  };
  data.events.push(event);
  const { rows } = await readParticipantFile(io, path, data);
  const skipped = rows.filter((r) => r.problems.some((p) => p.severity === 'error')).length;
  if (skipped > 0)
    io.stderr(`${skipped} row(s) with errors are left out (see plenary validate).\n`);
  const { ops } = buildImport(
    rows,
    { skip: new Set(), merges: new Map(), eventId: event.id },
    data,
  );
  return applyDelta(
    data,
    materialise(ops, data, { now, device: 'plenary-cli', randomBytes: io.randomBytes }),
  );
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const mdCell = (s: string) => s.replace(/\|/g, '\\|');

export function formatReport(result: Distribution, format: 'json' | 'csv' | 'md'): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') {
    const lines = [
      'key,label,count,share',
      ...result.categories.map((c) =>
        [c.key, c.label, String(c.count), String(c.share)].map(csvCell).join(','),
      ),
    ];
    lines.push(
      [
        '',
        'Unknown',
        String(result.unknown),
        String(result.total === 0 ? 0 : result.unknown / result.total),
      ]
        .map(csvCell)
        .join(','),
    );
    return `${lines.join('\n')}\n`;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  return [
    `| ${mdCell(result.dimension)}${result.scheme ? ` (${mdCell(result.scheme)})` : ''} | Count | Share |`,
    '| --- | ---: | ---: |',
    ...result.categories.map((c) => `| ${mdCell(c.label)} | ${c.count} | ${pct(c.share)} |`),
    `| Unknown | ${result.unknown} | ${pct(result.total === 0 ? 0 : result.unknown / result.total)} |`,
    `| **Total** | **${result.total}** | |`,
    '',
  ].join('\n');
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Representation of the people in scope by one dimension (JSON, CSV or Markdown)',
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      input: 'value',
      dimension: 'value',
      scheme: 'value',
      event: 'value',
      status: 'value',
      format: 'value',
    });
    const input = required(parsed, 'input');
    const dim = required(parsed, 'dimension');
    if (!(DIMENSIONS as readonly string[]).includes(dim))
      throw new UsageError(`--dimension must be one of ${DIMENSIONS.join(', ')}.`);
    const format = parsed.values.format ?? 'json';
    if (format !== 'json' && format !== 'csv' && format !== 'md')
      throw new UsageError('--format must be json, csv or md.');
    const schemeArg = parsed.values.scheme;
    if (schemeArg !== undefined && dim !== 'nationality' && dim !== 'residence') {
      throw new UsageError('--scheme applies to the nationality and residence dimensions only.');
    }
    if (
      schemeArg !== undefined &&
      !schemeArg.startsWith('custom:') &&
      !(BUILT_IN_SCHEME_KEYS as readonly string[]).includes(schemeArg)
    ) {
      throw new UsageError(
        `--scheme must be one of ${BUILT_IN_SCHEME_KEYS.join(', ')} or custom:PATH.json.`,
      );
    }
    const statuses =
      parsed.values.status
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? null;
    const badStatus = statuses?.find(
      (s) => !(PARTICIPATION_STATUSES as readonly string[]).includes(s),
    );
    if (badStatus !== undefined)
      throw new UsageError(
        `unknown status "${badStatus}"; use ${PARTICIPATION_STATUSES.join(', ')}.`,
      );

    const data = input.toLowerCase().endsWith('.json')
      ? (await readWorkspaceFile(io, input)).data
      : await workspaceFromTable(io, input);
    let eventIds: EventId[] | null = null;
    if (parsed.values.event !== undefined) {
      const event = findEvent(data, parsed.values.event);
      if (!event) throw new CliError(`no event "${parsed.values.event}" in ${input}.`);
      eventIds = [event.id];
    }
    const custom = schemeArg?.startsWith('custom:')
      ? await customScheme(io, schemeArg.slice('custom:'.length), io.now())
      : null;
    const scheme = custom?.id ?? schemeArg ?? 'country';
    const dimension: AnyDimension =
      dim === 'nationality' || dim === 'residence'
        ? { kind: dim, scheme }
        : ({ kind: dim } as AnyDimension);
    const result = distribution(
      data,
      dimension,
      { eventIds, statuses: statuses as ParticipationStatus[] | null, roles: null },
      custom ? { customSchemes: [...data.regionSchemes, custom] } : {},
    );
    if (custom && schemeArg) result.scheme = schemeArg;
    io.stdout(formatReport(result, format));
    return 0;
  },
};
