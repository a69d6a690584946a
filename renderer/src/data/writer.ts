// All writes go through `write()`: one read-write transaction over every table, each record
// validated against the shared schemas and stamped (revision, updatedAt, updatedBy), and every
// change captured with its before/after state for undo/redo. A throw anywhere rolls back all.
import type { TableName, WorkspaceTables, RecordMeta } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import { ID_PREFIXES, newId } from '@shared/domain/ids';
import type { RandomBytes } from '@shared/domain/ids';
import { stampCreate, stampUpdate } from '@shared/merge/clock';
import type { PlenaryDB } from './db';
import { recordTables } from './db';
import { NotFoundError, ValidationError } from './errors';

export type Change<T extends TableName = TableName> = {
  table: T;
  id: string;
  before: WorkspaceTables[T] | undefined;
  /**
   * The record after the change. A record created by `createMany` is held by id only
   * (`before` and `after` both undefined): undoing it takes the stored record as its `after`
   * before removing it, so redo can put it back — an import of 50,000 people does not keep a
   * second copy of everyone in memory (or send one between threads) just in case.
   */
  after: WorkspaceTables[T] | undefined;
};

export type ChangeSet = { label: string; changes: Change[] };

export type WriteContext = {
  now: () => string;
  /** Who is writing, as people read it (`updatedBy`). */
  device: () => string;
  /** The merge bookkeeping's writer id (store.ts); defaults to `device`. */
  replica?: () => string;
  randomBytes: RandomBytes;
  /**
   * Records per bulkAdd in createMany (default WRITE_CHUNK). The window keeps chunks small so
   * each is a short task; a worker, which has no frames to keep, takes fewer, larger ones.
   */
  chunk?: number;
};

/** A record without its bookkeeping fields: what forms edit. */
export type Draft<T extends TableName> = Omit<WorkspaceTables[T], keyof RecordMeta<string>>;

export type Writer = {
  /** The live record, or undefined when it is missing or tombstoned. */
  get<T extends TableName>(table: T, id: string): Promise<WorkspaceTables[T] | undefined>;
  create<T extends TableName>(table: T, draft: Draft<T>): Promise<WorkspaceTables[T]>;
  update<T extends TableName>(
    table: T,
    id: string,
    patch: Partial<Draft<T>>,
  ): Promise<WorkspaceTables[T]>;
  /**
   * Creates many records of one table, each validated and stamped exactly as `create` does,
   * written with one `bulkAdd` per chunk of `ctx.chunk` (WRITE_CHUNK by default). Every chunk's validation and cloning
   * is its own short task (the next chunk starts when IndexedDB has taken the previous one), so
   * a 50,000-record import never holds the window for long; it stays in this one transaction.
   * `onChunk` hears how many records are written so far.
   */
  createMany<T extends TableName>(
    table: T,
    drafts: readonly Draft<T>[],
    onChunk?: (written: number) => void,
  ): Promise<WorkspaceTables[T][]>;
  /** Sets the deletion tombstone. */
  remove(table: TableName, id: string): Promise<void>;
  db: PlenaryDB;
};

/**
 * Records per bulkPut in createMany: a person validates in ~30–90 µs and Dexie's put loop adds
 * ~45 µs, so a chunk is a task of a few tens of ms even on a loaded machine (500 reached 0.9 s
 * under load); the per-chunk round trip is hidden because the next chunk is validated while
 * IndexedDB writes this one.
 */
export const WRITE_CHUNK = 250;

/** Random bytes in an id (newId). */
const ID_BYTES = 16;

/** `size` bytes drawn at once from `source`, handed out in order as `randomBytes(n)` asks. */
export function pooledRandomBytes(source: RandomBytes, size: number): RandomBytes {
  const pool = source(size);
  let used = 0;
  return (n) => {
    // Past the pool (never in createMany, which sizes it), draw directly.
    if (used + n > pool.length) return source(n);
    const bytes = pool.subarray(used, used + n);
    used += n;
    return bytes;
  };
}

/** Runs `fn` in one transaction and returns its result with the captured changes. */
export async function write<R>(
  db: PlenaryDB,
  ctx: WriteContext,
  label: string,
  fn: (w: Writer) => Promise<R>,
): Promise<{ result: R; changeSet: ChangeSet }> {
  const changes: Change[] = [];
  // Indexed by table/id: a linear search made a 50,000-record import quadratic (minutes).
  const changeOf = new Map<string, Change>();
  const result = await db.transaction('rw', recordTables(db), async () => {
    const now = ctx.now();
    const device = ctx.device();
    const replica = ctx.replica?.() ?? device;
    const table = <T extends TableName>(name: T) => db.table<WorkspaceTables[T], string>(name);
    const chunkSize = Math.max(1, ctx.chunk ?? WRITE_CHUNK);

    const validated = <T extends TableName>(name: T, record: WorkspaceTables[T]) => {
      const checked = validateRecord(name, record);
      if (!checked.ok) throw new ValidationError(name, checked.issues);
      // The bookkeeping is the writer's own (stampCreate/stampUpdate), just validated with the
      // rest: keep that object, where every field shares one write dot. The schema's copy has
      // a dot object per field, which doubled what IndexedDB serialises for each new person
      // (2.2 kB instead of 1.1 kB) and a third of an import's main-thread time went into that.
      if (record.sync !== undefined) checked.value.sync = record.sync;
      return checked.value;
    };
    const capture = <T extends TableName>(
      name: T,
      before: WorkspaceTables[T] | undefined,
      after: WorkspaceTables[T],
    ) => {
      const key = `${name}/${after.id}`;
      const existing = changeOf.get(key);
      // Several writes to one record in one transaction collapse into one change.
      if (existing) existing.after = after;
      else {
        const change: Change = { table: name, id: after.id, before, after };
        changeOf.set(key, change);
        changes.push(change);
      }
    };
    const put = async <T extends TableName>(
      name: T,
      before: WorkspaceTables[T] | undefined,
      record: WorkspaceTables[T],
    ) => {
      const checked = validated(name, record);
      await table(name).put(checked);
      capture(name, before, checked);
      return checked;
    };
    const fresh = <T extends TableName>(
      name: T,
      draft: Draft<T>,
      randomBytes: RandomBytes = ctx.randomBytes,
    ): WorkspaceTables[T] => {
      const record = {
        ...draft,
        id: newId(ID_PREFIXES[name], randomBytes),
        createdAt: now,
        updatedAt: now,
        updatedBy: device,
        revision: 1,
        deletedAt: null,
      } as unknown as WorkspaceTables[T];
      // Field-level merge bookkeeping (shared/merge/clock.ts), so colleagues' edits merge.
      record.sync = stampCreate(record, replica, now);
      return record;
    };

    const w: Writer = {
      db,
      async get(name, id) {
        const row = await table(name).get(id);
        return row && row.deletedAt === null ? row : undefined;
      },
      async create(name, draft) {
        return put(name, undefined, fresh(name, draft));
      },
      async createMany(name, drafts, onChunk) {
        const created: WorkspaceTables[typeof name][] = [];
        // One chunk is always queued in IndexedDB while the next is validated: awaiting each
        // bulkPut before validating the next left the database idle during validation and the
        // main thread idle during the write (the write phase was most of an import's time).
        let inFlight: { put: Promise<unknown>; written: number } | undefined;
        const settle = async () => {
          if (!inFlight) return;
          const { put: done, written } = inFlight;
          inFlight = undefined;
          // Awaiting a Dexie request inside the transaction keeps it open; a failed put throws
          // out of fn and aborts the whole transaction.
          await done;
          onChunk?.(written);
        };
        for (let start = 0; start < drafts.length; start += chunkSize) {
          const slice = drafts.slice(start, start + chunkSize);
          // The ids' random bytes in one call per chunk (one call per id was ~1 % of an import).
          const randomBytes = pooledRandomBytes(ctx.randomBytes, ID_BYTES * slice.length);
          // A refused record throws here, out of fn: the transaction aborts, the queued chunk
          // with it.
          const chunk = slice.map((draft) => validated(name, fresh(name, draft, randomBytes)));
          // add, not put: a new id that somehow exists already fails the whole import instead
          // of overwriting a stored record.
          const put = table(name).bulkAdd(chunk);
          // Its failure is raised by settle() (or the transaction's abort), not left unhandled.
          put.catch(() => undefined);
          for (const record of chunk) {
            // By id only (see Change.after): undo reads the record back when it is needed.
            const change: Change = {
              table: name,
              id: record.id,
              before: undefined,
              after: undefined,
            };
            changeOf.set(`${name}/${record.id}`, change);
            changes.push(change);
            created.push(record);
          }
          // The previous chunk's request is awaited only now, so this task's validation ran
          // while IndexedDB wrote it; each chunk still gives the main thread back.
          await settle();
          inFlight = { put, written: created.length };
        }
        await settle();
        return created;
      },
      async update(name, id, patch) {
        const before = await table(name).get(id);
        if (!before || before.deletedAt !== null) throw new NotFoundError(name, id);
        const record = {
          ...before,
          ...patch,
          id,
          createdAt: before.createdAt,
          updatedAt: now,
          updatedBy: device,
          revision: before.revision + 1,
          deletedAt: null,
        } as WorkspaceTables[typeof name];
        record.sync = stampUpdate(before, record, replica, now).sync;
        return put(name, before, record);
      },
      async remove(name, id) {
        const before = await table(name).get(id);
        if (!before || before.deletedAt !== null) throw new NotFoundError(name, id);
        const record = {
          ...before,
          updatedAt: now,
          updatedBy: device,
          revision: before.revision + 1,
          deletedAt: now,
        };
        await put(name, before, {
          ...record,
          sync: stampUpdate(before, record, replica, now).sync,
        });
      },
    };
    return fn(w);
  });
  return { result, changeSet: { label, changes } };
}

/**
 * Puts records back to the given side of each change (undo: `before`, redo: `after`), as new
 * revisions so that a later merge sees the restore as the newest edit. A record that did not
 * exist on that side (undoing a creation) is removed outright: it never left this session.
 */
export async function applyChangeSet(
  db: PlenaryDB,
  ctx: WriteContext,
  changeSet: ChangeSet,
  side: 'before' | 'after',
): Promise<void> {
  const ordered = side === 'before' ? [...changeSet.changes].reverse() : changeSet.changes;
  await db.transaction('rw', recordTables(db), async () => {
    const now = ctx.now();
    const device = ctx.device();
    const replica = ctx.replica?.() ?? device;
    // In chunks, one bulkGet and one bulkPut/bulkDelete per table each: undoing a 50,000-record
    // import one awaited request at a time took minutes. A change set holds each record once,
    // so the order within a chunk does not matter.
    for (let start = 0; start < ordered.length; start += WRITE_CHUNK) {
      const byTable = new Map<TableName, Change[]>();
      for (const change of ordered.slice(start, start + WRITE_CHUNK)) {
        const list = byTable.get(change.table) ?? [];
        list.push(change);
        byTable.set(change.table, list);
      }
      for (const [name, list] of byTable) {
        const t = db.table<WorkspaceTables[TableName], string>(name);
        const current = await t.bulkGet(list.map((c) => c.id));
        const gone: string[] = [];
        const restored: WorkspaceTables[TableName][] = [];
        list.forEach((change, i) => {
          const existing = current[i];
          // A creation held by id only: what is stored now is its `after` (every later change
          // set has been undone before this one), kept for redo.
          if (side === 'before' && change.before === undefined && change.after === undefined)
            change.after = existing;
          const target = change[side];
          if (target === undefined) {
            gone.push(change.id);
            return;
          }
          const record = {
            ...target,
            revision: (existing?.revision ?? target.revision) + 1,
            updatedAt: now,
            updatedBy: device,
          };
          // The restore is a new write on top of what is there now, so a merge sees it as newest.
          if (existing) record.sync = stampUpdate(existing, record, replica, now).sync;
          restored.push(record);
        });
        if (gone.length > 0) await t.bulkDelete(gone);
        if (restored.length > 0) await t.bulkPut(restored);
      }
    }
  });
}
