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
  /** Sets the deletion tombstone. */
  remove(table: TableName, id: string): Promise<void>;
  db: PlenaryDB;
};

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

    const put = async <T extends TableName>(
      name: T,
      before: WorkspaceTables[T] | undefined,
      record: WorkspaceTables[T],
    ) => {
      const checked = validateRecord(name, record);
      if (!checked.ok) throw new ValidationError(name, checked.issues);
      await table(name).put(checked.value);
      const key = `${name}/${record.id}`;
      const existing = changeOf.get(key);
      // Several writes to one record in one transaction collapse into one change.
      if (existing) existing.after = checked.value;
      else {
        const change: Change = { table: name, id: record.id, before, after: checked.value };
        changeOf.set(key, change);
        changes.push(change);
      }
      return checked.value;
    };

    const w: Writer = {
      db,
      async get(name, id) {
        const row = await table(name).get(id);
        return row && row.deletedAt === null ? row : undefined;
      },
      async create(name, draft) {
        const id = newId(ID_PREFIXES[name], ctx.randomBytes);
        const record = {
          ...draft,
          id,
          createdAt: now,
          updatedAt: now,
          updatedBy: device,
          revision: 1,
          deletedAt: null,
        } as unknown as WorkspaceTables[typeof name];
        // Field-level merge bookkeeping (shared/merge/clock.ts), so colleagues' edits merge.
        record.sync = stampCreate(record, replica, now);
        return put(name, undefined, record);
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
    for (const change of ordered) {
      const t = db.table<WorkspaceTables[TableName], string>(change.table);
      const target = change[side];
      const current = await t.get(change.id);
      if (target === undefined) {
        await t.delete(change.id);
        continue;
      }
      const restored = {
        ...target,
        revision: (current?.revision ?? target.revision) + 1,
        updatedAt: now,
        updatedBy: device,
      };
      // The restore is a new write on top of what is there now, so a merge sees it as newest.
      if (current) restored.sync = stampUpdate(current, restored, replica, now).sync;
      await t.put(restored);
    }
  });
}
