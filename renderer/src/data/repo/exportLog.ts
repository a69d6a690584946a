// The export log: a record of what left the machine, when, in which form and about how many
// people — never who they were. Anyone who writes an export file calls `logExport()`.
import type { WorkspaceData } from '@shared/domain/model';
import type { DataStore } from '../store';
import type { ExportLogEntry } from '../db';

export type ExportForm = ExportLogEntry['form'];
export const EXPORT_FORMS = [
  'full',
  'pseudonymised',
  'aggregated',
] as const satisfies readonly ExportForm[];

export type ExportLogInput = {
  /** A short stable identifier of the export, e.g. 'workspace-file', 'people-csv'. */
  what: string;
  form: ExportForm;
  /**
   * How many people the exported file covers: the people it lists, or for an aggregate the
   * people its figures were computed from (0 when it is about no one, e.g. an events list).
   */
  people: number;
  encrypted?: boolean;
};

/** Appends one line to the export log and returns it. Call it after the file was saved. */
export async function logExport(store: DataStore, input: ExportLogInput): Promise<ExportLogEntry> {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(input.what)) {
    throw new RangeError('logExport: `what` must be a short kebab-case identifier');
  }
  if (!(EXPORT_FORMS as readonly string[]).includes(input.form)) {
    throw new RangeError('logExport: unknown form');
  }
  if (!Number.isInteger(input.people) || input.people < 0) {
    throw new RangeError('logExport: `people` must be a non-negative integer');
  }
  let hex = '';
  for (const byte of store.ctx.randomBytes(16)) hex += byte.toString(16).padStart(2, '0');
  const entry: ExportLogEntry = {
    id: `exp_${hex}`,
    at: store.ctx.now(),
    by: store.ctx.device(),
    what: input.what,
    form: input.form,
    people: input.people,
    encrypted: input.encrypted ?? false,
  };
  await store.db.exportLog.add(entry);
  return entry;
}

/** The log, newest first. */
export function listExports(store: DataStore, limit = 200): Promise<ExportLogEntry[]> {
  return store.db.exportLog.orderBy('at').reverse().limit(limit).toArray();
}

/** Live people in the data, or in the subset `ids` (the current filter). */
export function peopleCovered(
  data: Pick<WorkspaceData, 'people'>,
  ids?: ReadonlySet<string>,
): number {
  return data.people.filter((p) => p.deletedAt === null && (!ids || ids.has(p.id))).length;
}

/** The distinct live people named by live participations (a participations sheet). */
export function peopleInParticipations(
  data: Pick<WorkspaceData, 'people' | 'participations'>,
): number {
  const live = new Set(data.people.filter((p) => p.deletedAt === null).map((p) => p.id));
  const named = new Set<string>();
  for (const x of data.participations) {
    if (x.deletedAt === null && live.has(x.personId)) named.add(x.personId);
  }
  return named.size;
}
