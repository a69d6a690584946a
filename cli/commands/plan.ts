// `plenary plan`: the invitation planner on a candidate pool (CSV) or a workspace file, with
// quotas from a CSV in the dimension,category,min,max (or feature,value,min,max) layout.
import highsLoader from 'highs';
import type { Dimension, EventId } from '../../shared/domain/model';
import { parseDelimited } from '../../shared/import/csv';
import { highsSolver } from '../../shared/planner/highs';
import { planSelection, PlannerInputError } from '../../shared/planner/plan';
import type { PlanCandidate, PlanProblem, PlanResult, Quota } from '../../shared/planner/types';
import { buildProblem, dimensionKey, EMPTY_POOL } from '../../shared/planner/workspace';
import type { WorkspaceData } from '../../shared/domain/model';
import { extensionOf, parseArgs, required } from '../args';
import type { CliIo, Command } from '../types';
import { CliError, UsageError } from '../types';
import { decodeUtf8, readWorkspaceFile } from '../workspace-input';

const usage = `Usage: plenary plan --input POOL.csv|WORKSPACE.json [--event NAME_OR_ID] --seats N --quotas QUOTAS.csv [--priority COLUMN] [--max-per-organisation K] [--format json]

Chooses N people that satisfy every quota and maximise the total priority (an exact integer
programme solved by HiGHS). A pool CSV has one row per candidate: an id column ("id", or the
first column) and any other columns as dimensions; an "organisation" column, if present, is what
--max-per-organisation limits. QUOTAS.csv has the header dimension,category,min,max (or
feature,value,min,max); min and max are counts, empty for none. With a workspace, --event keeps
the people already confirmed and leaves out those who declined; dimensions are gender,
stakeholder-group, organisation-type, nationality[:SCHEME], residence[:SCHEME] or a custom
attribute, and --priority names a custom attribute holding a rating.
Prints {"feasible": true, "selected", "composition", "objective"} (exit 0) or
{"feasible": false, "violations", "relaxation"} (exit 2).`;

type QuotaLine = { dimension: string; category: string; min: number | null; max: number | null };

function count(text: string | undefined, what: string): number | null {
  const s = (text ?? '').trim();
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(`${what} must be a whole number, 0 or more (got "${s}").`);
  return n;
}

export function parseQuotas(text: string): QuotaLine[] {
  const table = parseDelimited(text);
  const header = table.headers.map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const [d, c, lo, hi] = [
    col('dimension', 'feature'),
    col('category', 'value'),
    col('min'),
    col('max'),
  ];
  if (d === -1 || c === -1 || lo === -1 || hi === -1) {
    throw new CliError(
      'the quotas file needs the columns dimension,category,min,max (or feature,value,min,max).',
    );
  }
  return table.rows.map((row, i) => {
    const line = `quotas line ${i + 2}`;
    const q = {
      dimension: (row[d] ?? '').trim(),
      category: (row[c] ?? '').trim(),
      min: count(row[lo], `${line}: min`),
      max: count(row[hi], `${line}: max`),
    };
    if (q.dimension === '' || q.category === '')
      throw new CliError(`${line}: dimension and category are required.`);
    if (q.min !== null && q.max !== null && q.min > q.max)
      throw new CliError(`${line}: min is above max.`);
    return q;
  });
}

/** A pool CSV as a plan problem: the id column, dimension columns, optional priority and organisation. */
export function poolProblem(
  text: string,
  quotas: readonly QuotaLine[],
  priority: string | undefined,
): PlanProblem {
  const table = parseDelimited(text);
  const lower = table.headers.map((h) => h.trim().toLowerCase());
  const idCol = Math.max(0, lower.indexOf('id'));
  const prioCol = priority === undefined ? -1 : lower.indexOf(priority.toLowerCase());
  if (priority !== undefined && prioCol === -1)
    throw new CliError(`the pool has no column "${priority}".`);
  const orgCol = lower.findIndex((h) => h === 'organisation' || h === 'organization');
  const seen = new Set<string>();
  const candidates: PlanCandidate[] = table.rows.map((row, i) => {
    const id = (row[idCol] ?? '').trim();
    if (id === '' || seen.has(id))
      throw new CliError(`pool line ${i + 2}: the id is ${id === '' ? 'empty' : `"${id}" again`}.`);
    seen.add(id);
    const categories: Record<string, string[]> = {};
    lower.forEach((h, k) => {
      if (k === idCol || k === prioCol) return;
      const v = (row[k] ?? '').trim();
      categories[h] = v === '' ? [] : [v];
    });
    const p = prioCol === -1 ? 1 : Number((row[prioCol] ?? '').trim());
    if (!Number.isFinite(p))
      throw new CliError(`pool line ${i + 2}: the priority is not a number.`);
    const org = orgCol === -1 ? '' : (row[orgCol] ?? '').trim();
    return {
      id,
      categories,
      priority: p,
      organisation: org === '' ? null : org,
      country: null,
      fixed: null,
    };
  });
  const out: Quota[] = quotas.map((q) => {
    const dim = q.dimension.toLowerCase();
    if (!lower.includes(dim))
      throw new CliError(`the pool has no column "${q.dimension}" (named in the quotas).`);
    return { dimension: dim, category: q.category, min: q.min, max: q.max };
  });
  return { candidates, seats: 0, quotas: out, maxPerOrganisation: null, maxPerCountry: null };
}

/** A workspace dimension named on the command line ("gender", "nationality:ldc", "Age bracket"…). */
export function parseDimension(name: string, data: WorkspaceData): Dimension {
  const [kind = '', scheme] = name.trim().split(':');
  const k = kind.toLowerCase();
  if (k === 'gender') return { kind: 'gender' };
  if (k === 'stakeholder-group' || k === 'stakeholder group') return { kind: 'stakeholder-group' };
  if (k === 'organisation-type' || k === 'organization-type') return { kind: 'organisation-type' };
  if (k === 'region') return { kind: 'nationality', scheme: 'm49-region' };
  if (k === 'nationality' || k === 'residence') return { kind: k, scheme: scheme ?? 'm49-region' };
  const key = k === 'attribute' && scheme !== undefined ? scheme : name.trim();
  const keys = new Set(data.people.flatMap((p) => Object.keys(p.attributes)));
  const match = [...keys].find((x) => x.toLowerCase() === key.toLowerCase());
  if (match === undefined) throw new CliError(`unknown dimension "${name}".`);
  return { kind: 'attribute', key: match };
}

function findEvent(data: WorkspaceData, nameOrId: string): EventId {
  const live = data.events.filter((e) => e.deletedAt === null);
  const byId = live.find((e) => e.id === nameOrId);
  if (byId !== undefined) return byId.id;
  const byName = live.filter((e) => e.name.toLowerCase() === nameOrId.toLowerCase());
  if (byName.length === 1 && byName[0] !== undefined) return byName[0].id;
  throw new CliError(
    byName.length > 1
      ? `several events are named "${nameOrId}": use the id.`
      : `no event "${nameOrId}".`,
  );
}

export function output(result: PlanResult): string {
  const body = result.feasible
    ? {
        feasible: true,
        selected: result.selected,
        composition: result.composition,
        objective: result.objective,
      }
    : {
        feasible: false,
        // The documented contract: dimension, category, min, max, achievable (no reason).
        violations: result.violations.map(({ dimension, category, min, max, achievable }) => ({
          dimension,
          category,
          min,
          max,
          achievable,
        })),
        relaxation: result.relaxation,
        conflict: result.conflict,
      };
  return `${JSON.stringify(body, null, 2)}\n`;
}

async function loadProblem(
  io: CliIo,
  values: Record<string, string>,
  quotas: QuotaLine[],
): Promise<PlanProblem> {
  const input = required({ values, flags: new Set() }, 'input');
  if (extensionOf(input) === 'json') {
    const file = await readWorkspaceFile(io, input);
    const data = file.data;
    const eventId = values.event === undefined ? null : findEvent(data, values.event);
    const { problem } = buildProblem(data, {
      // Without an event nobody is fixed: a sentinel id matches no participation.
      eventId: eventId ?? ('evt_none' as EventId),
      seats: 0,
      pool: EMPTY_POOL,
      quotas: quotas.map((q) => ({ ...q, dimension: parseDimension(q.dimension, data) })),
      maxPerOrganisation: null,
      maxPerCountry: null,
      priority:
        values.priority === undefined
          ? { kind: 'equal' }
          : { kind: 'attribute', key: values.priority },
      fixedIn: [],
      excluded: [],
    });
    // Report composition under the names the quotas used.
    const rename = new Map(
      quotas.map((q) => [dimensionKey(parseDimension(q.dimension, data)), q.dimension]),
    );
    const candidates = problem.candidates.map((c) => ({
      ...c,
      categories: Object.fromEntries(
        Object.entries(c.categories).map(([k, v]) => [rename.get(k) ?? k, v]),
      ),
    }));
    return {
      ...problem,
      candidates,
      quotas: problem.quotas.map((q) => ({
        ...q,
        dimension: rename.get(q.dimension) ?? q.dimension,
      })),
    };
  }
  if (values.event !== undefined)
    throw new UsageError('--event needs a workspace file as --input.');
  return poolProblem(decodeUtf8(await io.readFile(input)), quotas, values.priority);
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'Choose who to invite so that quotas are met (exact optimisation)',
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      input: 'value',
      event: 'value',
      seats: 'value',
      quotas: 'value',
      priority: 'value',
      'max-per-organisation': 'value',
      format: 'value',
    });
    required(parsed, 'input');
    const seats = Number(required(parsed, 'seats'));
    if (!Number.isInteger(seats) || seats < 0)
      throw new UsageError('--seats must be a whole number, 0 or more.');
    const format = parsed.values.format ?? 'json';
    if (format !== 'json') throw new UsageError('--format must be json.');
    const maxOrgText = parsed.values['max-per-organisation'];
    const maxOrg = maxOrgText === undefined ? null : Number(maxOrgText);
    if (maxOrg !== null && (!Number.isInteger(maxOrg) || maxOrg < 0)) {
      throw new UsageError('--max-per-organisation must be a whole number, 0 or more.');
    }
    const quotas = parseQuotas(decodeUtf8(await io.readFile(required(parsed, 'quotas'))));
    const problem = await loadProblem(io, parsed.values, quotas);
    // A limit nobody can be counted against would silently do nothing: say so instead.
    if (maxOrg !== null && problem.candidates.every((c) => c.organisation === null)) {
      throw new CliError(
        '--max-per-organisation needs an "organisation" column in the pool (no candidate has one).',
      );
    }
    const solver = highsSolver(await highsLoader());
    let result: PlanResult;
    try {
      result = await planSelection({ ...problem, seats, maxPerOrganisation: maxOrg }, solver);
    } catch (error) {
      if (error instanceof PlannerInputError) throw new CliError(error.key);
      throw new CliError('the solver failed.');
    }
    io.stdout(output(result));
    return result.feasible ? 0 : 2;
  },
};
