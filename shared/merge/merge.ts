// Merging a colleague's workspace (or exchange file) into mine, with no server and no stored
// common ancestor: per field, the side that has already seen the other's write wins; writes
// neither side had seen are conflicts, shown with both values and resolved by default to the
// later write. Because the default always equals "the greatest write seen" (clock.ts), merging is
// idempotent and order-independent; a choice against the default is a new write by the person
// resolving, so it wins everywhere it travels. Erased records (a person's right to be forgotten)
// are hard-deleted on both sides, whatever either side holds: erasure is a set of ids that only
// grows, so merging stays idempotent and order-independent.
import type { AnyRecord, RecordSync, TableName, WorkspaceData, WriteDot } from '../domain/model';
import { TABLE_NAMES, emptyWorkspaceData } from '../domain/model';
import type { Person } from '../domain/model';
import {
  canonical,
  compareDots,
  covers,
  dataFields,
  maxDot,
  sameValue,
  stampUpdate,
  syncOf,
} from './clock';
import type { DuplicatePair, PersonMatcher } from './duplicates';
import { findIncomingDuplicates } from './duplicates';
import { mergeDuplicatePeople } from './mergePeople';

export type ConflictChoice = 'mine' | 'theirs';
export type Prefer = ConflictChoice | 'newest';

export type MergeConflict = {
  /** `table/id/field`: the key of a choice passed to `apply`. */
  key: string;
  /** 'delete-edit': deleted on one side, edited on the other (field is 'deletedAt'). */
  type: 'field' | 'delete-edit';
  table: TableName;
  id: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  mineBy: string;
  mineAt: string;
  theirsBy: string;
  theirsAt: string;
  /** The later write: preselected, and what `newest` picks. */
  preferred: ConflictChoice;
};

export type RecordRef = { table: TableName; id: string };

/** Who writes: `device` is what people read (`updatedBy`), `replica` the bookkeeping's id. */
export type WriteCtx = { now: string; device: string; replica?: string };

export type MergePreview = {
  /** What would change in my workspace with the preselected choices. */
  added: RecordRef[];
  updated: RecordRef[];
  deleted: RecordRef[];
  /** Records I deleted that are still live in their file (they get my deletion). */
  deletedByMe: RecordRef[];
  /** My records that go for good because someone erased the person (hard delete). */
  erased: RecordRef[];
  conflicts: MergeConflict[];
  duplicates: DuplicatePair[];
};

export type Resolutions = {
  /** Per conflict key; conflicts not listed follow `prefer`. */
  choices?: Readonly<Record<string, ConflictChoice>>;
  /** Default 'newest' (the preselected side). */
  prefer?: Prefer;
  /** Keys of duplicate pairs to merge into one person. */
  mergeDuplicates?: readonly string[];
};

export type MergeCounts = { added: number; updated: number; deleted: number };

export type MergeResult = {
  data: WorkspaceData;
  /**
   * Records that differ from mine (to write), in table order; `data` is false when only the
   * merge bookkeeping changed (nothing a person would see).
   */
  changed: { table: TableName; record: AnyRecord; data: boolean }[];
  /** My records to delete outright (erased on either side). */
  removed: RecordRef[];
  /** Every erased id known to either side, sorted: what both sides keep from now on. */
  erased: string[];
  counts: MergeCounts;
};

export type MergePlan = {
  preview: MergePreview;
  apply(resolutions: Resolutions, ctx: WriteCtx): MergeResult;
};

export type MergeOptions = {
  matcher?: PersonMatcher;
  /** Ids erased on either side (the union of both files' erased lists). */
  erased?: Iterable<string>;
};

type Rec = Record<string, unknown>;
type Side = { value: unknown; dot: WriteDot };
type Pending =
  | { type: 'field'; field: string; mine: Side; theirs: Side; preferred: ConflictChoice }
  | {
      type: 'delete-edit';
      mine: Side;
      theirs: Side;
      preferred: ConflictChoice;
    };
type RecordMerge = { merged: Rec; pending: Pending[] };

function mergeSync(sm: RecordSync, st: RecordSync, fields: Record<string, WriteDot>): RecordSync {
  const vv: Record<string, number> = { ...sm.vv };
  for (const [k, n] of Object.entries(st.vv)) vv[k] = Math.max(vv[k] ?? 0, n);
  const sortedVv = Object.fromEntries(
    Object.keys(vv)
      .sort()
      .map((k) => [k, vv[k] ?? 0]),
  );
  const seen = [...new Set([...sm.seen, ...st.seen])].sort();
  return { vv: sortedVv, seen, fields };
}

/** The later of two sides by (dot, then value): the same answer whichever is "mine". */
function later(m: Side, t: Side): ConflictChoice {
  const c = compareDots(m.dot, t.dot);
  if (c !== 0) return c > 0 ? 'mine' : 'theirs';
  return canonical(m.value) >= canonical(t.value) ? 'mine' : 'theirs';
}

function mergeRecord(m: Rec, t: Rec): RecordMerge {
  const sm = syncOf(m);
  const st = syncOf(t);
  const merged: Rec = {};
  const fields: Record<string, WriteDot> = {};
  const pending: Pending[] = [];
  for (const f of dataFields(m, t)) {
    if (f === 'deletedAt') continue;
    const mine: Side = { value: m[f], dot: sm.fields[f] ?? st.fields[f]! };
    const theirs: Side = { value: t[f], dot: st.fields[f] ?? sm.fields[f]! };
    let pick: ConflictChoice;
    if (sameValue(mine.value, theirs.value)) {
      pick = compareDots(mine.dot, theirs.dot) >= 0 ? 'mine' : 'theirs';
    } else {
      const mSeesT = covers(sm, theirs.dot);
      const tSeesM = covers(st, mine.dot);
      if (tSeesM && !mSeesT) pick = 'theirs';
      else if (mSeesT && !tSeesM) pick = 'mine';
      else {
        pick = later(mine, theirs);
        pending.push({ type: 'field', field: f, mine, theirs, preferred: pick });
      }
    }
    const side = pick === 'mine' ? mine : theirs;
    if (side.value !== undefined) merged[f] = side.value;
    fields[f] = side.dot;
  }

  // Live or deleted is decided at record level: the state of the latest write. A live copy stands
  // on its latest write of any field (`statusDot`); a deletion on its own dot. Deleted on one side
  // while the other edited without knowing is a conflict — never a silent loss.
  const mSide: Side = { value: m.deletedAt, dot: statusDot(m, sm) };
  const tSide: Side = { value: t.deletedAt, dot: statusDot(t, st) };
  let status: Side;
  if ((m.deletedAt === null) === (t.deletedAt === null)) {
    status = later(mSide, tSide) === 'mine' ? mSide : tSide;
  } else {
    const mSeesT = covers(sm, tSide.dot);
    const tSeesM = covers(st, mSide.dot);
    if (tSeesM && !mSeesT) status = tSide;
    else if (mSeesT && !tSeesM) status = mSide;
    else {
      const preferred = later(mSide, tSide);
      status = preferred === 'mine' ? mSide : tSide;
      pending.push({ type: 'delete-edit', mine: mSide, theirs: tSide, preferred });
    }
  }
  merged.deletedAt = status.value;
  fields.deletedAt = status.dot;

  const [newer] = [m, t].sort((a, b) =>
    String(a.updatedAt) + String(a.updatedBy) > String(b.updatedAt) + String(b.updatedBy) ? -1 : 1,
  );
  merged.id = m.id;
  merged.createdAt = String(m.createdAt) < String(t.createdAt) ? m.createdAt : t.createdAt;
  merged.updatedAt = newer!.updatedAt;
  merged.updatedBy = newer!.updatedBy;
  merged.revision = Math.max(Number(m.revision), Number(t.revision));
  merged.sync = mergeSync(sm, st, fields);
  return { merged, pending };
}

/** A deletion stands on its own write; a live record on its latest write of any field. */
function statusDot(r: Rec, s: RecordSync): WriteDot {
  if (r.deletedAt !== null) return s.fields.deletedAt!;
  let latest: WriteDot | null = null;
  for (const d of Object.values(s.fields)) latest = latest ? maxDot(latest, d) : d;
  return latest!;
}

const conflictKey = (table: TableName, id: string, field: string) => `${table}/${id}/${field}`;

/** Is this record erased, or does it belong to an erased person? */
export function isErased(table: TableName, r: Rec, erased: ReadonlySet<string>): boolean {
  if (erased.size === 0) return false;
  if (erased.has(String(r.id))) return true;
  if (table === 'participations') return erased.has(String(r.personId));
  if (table === 'relationships') {
    const from = r.from as { id?: unknown } | undefined;
    const to = r.to as { id?: unknown } | undefined;
    return erased.has(String(from?.id)) || erased.has(String(to?.id));
  }
  return false;
}

export function planMerge(
  mine: WorkspaceData,
  theirs: WorkspaceData,
  options: MergeOptions = {},
): MergePlan {
  const erased = new Set(options.erased ?? []);
  const mineById = byIdOf(mine);
  type Entry = { table: TableName; mine?: Rec; theirs?: Rec; result?: RecordMerge };
  const entries: Entry[] = [];
  const removed: RecordRef[] = [];
  for (const table of TABLE_NAMES) {
    const byId = new Map<string, Entry>();
    for (const r of mine[table] as Rec[]) {
      if (isErased(table, r, erased)) removed.push({ table, id: String(r.id) });
      else byId.set(String(r.id), { table, mine: r });
    }
    for (const r of theirs[table] as Rec[]) {
      if (isErased(table, r, erased)) continue;
      const e = byId.get(String(r.id));
      if (e) e.theirs = r;
      else byId.set(String(r.id), { table, theirs: r });
    }
    for (const id of [...byId.keys()].sort()) {
      const e = byId.get(id)!;
      if (e.mine && e.theirs && !sameRecord(e.mine, e.theirs)) {
        e.result = mergeRecord(e.mine, e.theirs);
      }
      entries.push(e);
    }
  }

  const conflicts: MergeConflict[] = [];
  for (const e of entries) {
    for (const p of e.result?.pending ?? []) {
      const id = String(e.mine!.id);
      const field = p.type === 'field' ? p.field : 'deletedAt';
      conflicts.push({
        key: conflictKey(e.table, id, field),
        type: p.type,
        table: e.table,
        id,
        field,
        mine: p.mine.value,
        theirs: p.theirs.value,
        mineBy: p.mine.dot.by,
        mineAt: p.mine.dot.at,
        theirsBy: p.theirs.dot.by,
        theirsAt: p.theirs.dot.at,
        preferred: p.preferred,
      });
    }
  }

  const incoming = entries
    .filter((e) => e.table === 'people' && !e.mine && e.theirs)
    .map((e) => e.theirs as unknown as Person);
  const duplicates = findIncomingDuplicates(mine.people, incoming, options.matcher);

  const apply: MergePlan['apply'] = (resolutions, ctx) => {
    const prefer = resolutions.prefer ?? 'newest';
    const out = emptyWorkspaceData();
    const rows = out as Record<TableName, Rec[]>;
    for (const e of entries) {
      let record: Rec;
      if (!e.theirs) record = e.mine!;
      else if (!e.mine) record = e.theirs;
      else if (!e.result) record = e.mine;
      else {
        record = e.result.merged;
        const after: Rec = { ...record };
        let overridden = false;
        for (const p of e.result.pending) {
          const field = p.type === 'field' ? p.field : 'deletedAt';
          const choice =
            resolutions.choices?.[conflictKey(e.table, String(record.id), field)] ??
            (prefer === 'newest' ? p.preferred : prefer);
          if (choice === p.preferred) continue;
          after[field] = (choice === 'mine' ? p.mine : p.theirs).value;
          overridden = true;
        }
        // A choice against the default is this person's new write, so it wins where it travels.
        if (overridden) record = restamp(record, after, ctx);
      }
      rows[e.table].push(record);
    }
    const selected = duplicates.filter((d) => resolutions.mergeDuplicates?.includes(d.key));
    if (selected.length > 0) mergeDuplicatePeople(out, selected, ctx, restamp);
    return finish(mine, mineById, out, removed, [...erased].sort());
  };

  const preview = previewOf(mine, mineById, theirs, apply({}, { now: '', device: '' }), conflicts);
  return { preview: { ...preview, duplicates }, apply };
}

/** `after` as a new write by `ctx.device` (bookkeeping: `ctx.replica`) on top of `before`. */
export function restamp(before: Rec, after: Rec, ctx: WriteCtx): Rec {
  const { sync, at } = stampUpdate(before, after, ctx.replica ?? ctx.device, ctx.now);
  return {
    ...after,
    updatedAt: at,
    updatedBy: ctx.device,
    revision: Number(before.revision) + 1,
    sync,
  };
}

/** The same record content whatever the key order (`sameValue` walks both, no serialising). */
function sameRecord(a: Rec, b: Rec): boolean {
  return sameValue(a, b);
}

function isLive(r: Rec | undefined): boolean {
  return r !== undefined && r.deletedAt === null;
}

function dataDiffers(a: Rec, b: Rec): boolean {
  return dataFields(a, b).some((f) => !sameValue(a[f], b[f]));
}

type ById = Record<TableName, Map<string, Rec>>;

/** My records by id, per table: built once for the plan, its preview and every apply. */
function byIdOf(data: WorkspaceData): ById {
  const out = {} as ById;
  for (const table of TABLE_NAMES) {
    out[table] = new Map((data[table] as Rec[]).map((r) => [String(r.id), r]));
  }
  return out;
}

function finish(
  mine: WorkspaceData,
  mineById: ById,
  out: WorkspaceData,
  removed: RecordRef[],
  erased: string[],
): MergeResult {
  const counts: MergeCounts = { added: 0, updated: 0, deleted: 0 };
  const removedKeys = new Set(removed.map((r) => `${r.table}/${r.id}`));
  for (const table of TABLE_NAMES) {
    for (const r of mine[table] as Rec[]) {
      if (isLive(r) && removedKeys.has(`${table}/${String(r.id)}`)) counts.deleted += 1;
    }
  }
  const changed: MergeResult['changed'] = [];
  for (const table of TABLE_NAMES) {
    const before = mineById[table];
    for (const r of out[table] as Rec[]) {
      const b = before.get(String(r.id));
      if (b === r || (b && sameRecord(b, r))) continue;
      changed.push({ table, record: r as AnyRecord, data: !b || dataDiffers(b, r) });
      if (isLive(r) && !isLive(b)) counts.added += 1;
      else if (!isLive(r) && isLive(b)) counts.deleted += 1;
      else if (isLive(r) && b && dataDiffers(b, r)) counts.updated += 1;
    }
  }
  return { data: out, changed, removed, erased, counts };
}

function previewOf(
  mine: WorkspaceData,
  mineById: ById,
  theirs: WorkspaceData,
  result: MergeResult,
  conflicts: MergeConflict[],
): Omit<MergePreview, 'duplicates'> {
  const mineLive = new Set(
    TABLE_NAMES.flatMap((t) =>
      (mine[t] as Rec[]).filter(isLive).map((r) => `${t}/${String(r.id)}`),
    ),
  );
  const erased = result.removed.filter((r) => mineLive.has(`${r.table}/${r.id}`));
  const added: RecordRef[] = [];
  const updated: RecordRef[] = [];
  const deleted: RecordRef[] = [];
  const deletedByMe: RecordRef[] = [];
  for (const table of TABLE_NAMES) {
    const before = mineById[table];
    for (const { table: t, record } of result.changed) {
      if (t !== table) continue;
      const r = record as unknown as Rec;
      const b = before.get(String(r.id));
      const ref = { table, id: String(r.id) };
      if (isLive(r) && !isLive(b)) added.push(ref);
      else if (!isLive(r) && isLive(b)) deleted.push(ref);
      else if (isLive(r) && b && dataDiffers(b, r)) updated.push(ref);
    }
    const theirsLive = new Set(
      (theirs[table] as Rec[]).filter((r) => isLive(r)).map((r) => String(r.id)),
    );
    const mergedById = new Map((result.data[table] as Rec[]).map((x) => [String(x.id), x]));
    for (const r of mine[table] as Rec[]) {
      if (!isLive(r) && theirsLive.has(String(r.id))) {
        if (!isLive(mergedById.get(String(r.id)))) deletedByMe.push({ table, id: String(r.id) });
      }
    }
  }
  return { added, updated, deleted, deletedByMe, erased, conflicts };
}
