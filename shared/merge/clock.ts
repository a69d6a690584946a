// Field-level merge bookkeeping. Every write to a record gets a "dot" (writer label, that writer's
// n-th write to the record, time); the record keeps, per field, the dot of the write that set its
// value and a version vector of the writes it includes. Two copies of a record can then tell, per
// field, whether one side has already seen the other's value (it wins) or not (a conflict) —
// without a stored common ancestor. The writer calls `stampCreate`/`stampUpdate`.
import type { AnyRecord, RecordSync, WriteDot } from '../domain/model';

/** Bookkeeping keys: not merged field by field. `deletedAt` IS a field (deletions are writes). */
export const META_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'revision', 'sync']);

type Rec = AnyRecord | Readonly<Record<string, unknown>>;

export function dataFields(...records: readonly Rec[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!META_KEYS.has(k)) keys.add(k);
  return [...keys].sort();
}

/** Canonical JSON (object keys sorted): equality and a deterministic tie-break for values. */
export function canonical(value: unknown): string {
  if (value === undefined) return '~undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

/**
 * `canonical(a) === canonical(b)` without building either string: merge planning compares every
 * record with its copy, and at 10,000 people serialising both sides was most of its time. Walks
 * both values at once and stops at the first difference.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const objA = a !== null && typeof a === 'object';
  const objB = b !== null && typeof b === 'object';
  if (objA && objB) {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
      return true;
    }
    return sameObject(a as Record<string, unknown>, b as Record<string, unknown>);
  }
  if (objA || objB) return false;
  // Different primitives of one kind differ in JSON too, except numbers JSON writes as null.
  if (typeof a === 'string' && typeof b === 'string') return false;
  if (typeof a === 'number' && typeof b === 'number') return !isFinite(a) && !isFinite(b);
  return canonical(a) === canonical(b);
}

/** Same defined keys with the same values (keys holding undefined count as absent). */
function sameObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let definedA = 0;
  for (const k in a) {
    if (!Object.prototype.hasOwnProperty.call(a, k) || a[k] === undefined) continue;
    definedA += 1;
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue(a[k], b[k])) return false;
  }
  let definedB = 0;
  for (const k in b) {
    if (Object.prototype.hasOwnProperty.call(b, k) && b[k] !== undefined) definedB += 1;
  }
  return definedA === definedB;
}

const field = (r: Rec, f: string): unknown => (r as Record<string, unknown>)[f];

/** The one write a record without bookkeeping is known by: its last (untracked) change. */
export function legacyDot(r: Rec): WriteDot {
  return { by: String(field(r, 'updatedBy')), n: 0, at: String(field(r, 'updatedAt')) };
}

export const dotKey = (d: WriteDot): string => `${d.by}@${d.at}`;

/** A record's bookkeeping, with every field's dot present (derived for older records). */
export function syncOf(r: Rec): RecordSync {
  const own = field(r, 'sync') as RecordSync | undefined;
  const fields: Record<string, WriteDot> = {};
  if (own) {
    for (const f of dataFields(r)) fields[f] = own.fields[f] ?? legacyDot(r);
    return { vv: { ...own.vv }, seen: [...own.seen], fields };
  }
  const legacy = legacyDot(r);
  for (const f of dataFields(r)) fields[f] = legacy;
  return { vv: {}, seen: [dotKey(legacy)], fields };
}

/** Has a state with this bookkeeping already seen the write `d`? */
export function covers(s: RecordSync, d: WriteDot): boolean {
  if (d.n === 0) return s.seen.includes(dotKey(d));
  return (s.vv[d.by] ?? 0) >= d.n;
}

/**
 * A total order on writes. Writers stamp every new dot later than every dot already on the record
 * (see `nextStamp`), so the order extends "has seen": the merge then equals "the greatest write
 * seen" per field, which is what makes it order-independent and idempotent.
 */
export function compareDots(a: WriteDot, b: WriteDot): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return a.n - b.n;
}

export function maxDot(a: WriteDot, b: WriteDot): WriteDot {
  return compareDots(a, b) >= 0 ? a : b;
}

/** `now`, or 1 ms after the latest dot on the record when a colleague's clock ran ahead. */
function nextStamp(s: RecordSync, now: string): string {
  let latest = '';
  for (const d of Object.values(s.fields)) if (d.at > latest) latest = d.at;
  if (now > latest) return now;
  return new Date(Date.parse(latest) + 1).toISOString();
}

export function stampCreate<R extends Rec>(record: R, device: string, now: string): RecordSync {
  const dot: WriteDot = { by: device, n: 1, at: now };
  const fields: Record<string, WriteDot> = {};
  for (const f of dataFields(record)) fields[f] = dot;
  return { vv: { [device]: 1 }, seen: [], fields };
}

/**
 * The bookkeeping after `device` changed `before` into `after` at `now`: one new dot for the fields
 * whose value changed, the others keep theirs. Returns the stamp time too (it may be later than
 * `now`, see `nextStamp`).
 */
export function stampUpdate(
  before: Rec,
  after: Rec,
  device: string,
  now: string,
): { sync: RecordSync; at: string } {
  const prev = syncOf(before);
  const n = (prev.vv[device] ?? 0) + 1;
  const at = nextStamp(prev, now);
  const dot: WriteDot = { by: device, n, at };
  const fields: Record<string, WriteDot> = {};
  for (const f of dataFields(before, after)) {
    if (field(after, f) === undefined) continue;
    const kept = prev.fields[f];
    fields[f] = kept && sameValue(field(before, f), field(after, f)) ? kept : dot;
  }
  // A live record stands on its latest write (see merge.ts: live or deleted is record-level).
  if (field(after, 'deletedAt') === null) fields.deletedAt = dot;
  return { sync: { vv: { ...prev.vv, [device]: n }, seen: prev.seen, fields }, at };
}
