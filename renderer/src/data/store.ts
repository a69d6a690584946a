// The data store the UI works with: the database, the write context and the undo history.
import { cryptoRandomBytes } from '@shared/domain/ids';
import type { PlenaryDB } from './db';
import { openDatabase } from './db';
import { UndoHistory } from './history';
import type { ChangeSet, Writer, WriteContext } from './writer';
import { applyChangeSet, write } from './writer';

export type DataStore = {
  db: PlenaryDB;
  ctx: WriteContext;
  history: UndoHistory;
  /** One undoable transaction; the label is an i18n key describing it ("history.editPerson"). */
  mutate<R>(label: string, fn: (w: Writer) => Promise<R>): Promise<R>;
  undo(): Promise<ChangeSet | undefined>;
  redo(): Promise<ChangeSet | undefined>;
  /** Who stamps changes made on this machine (updatedBy). */
  setDeviceLabel(label: string): Promise<void>;
};

export const DEFAULT_DEVICE_LABEL = 'this device';

export function createStore(db: PlenaryDB = openDatabase(), ctx?: Partial<WriteContext>): DataStore {
  let deviceLabel = DEFAULT_DEVICE_LABEL;
  const context: WriteContext = {
    now: ctx?.now ?? (() => new Date().toISOString()),
    device: ctx?.device ?? (() => deviceLabel),
    randomBytes: ctx?.randomBytes ?? cryptoRandomBytes,
  };
  const history = new UndoHistory();
  // Undo and redo are serialised: a second Ctrl+Z waits for the first to land.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const store: DataStore = {
    db,
    ctx: context,
    history,
    mutate: (label, fn) =>
      serial(async () => {
        const { result, changeSet } = await write(db, context, label, fn);
        history.push(changeSet);
        return result;
      }),
    undo: () =>
      serial(async () => {
        const entry = history.peekUndo();
        if (!entry) return undefined;
        await applyChangeSet(db, context, entry, 'before');
        history.undone();
        return entry;
      }),
    redo: () =>
      serial(async () => {
        const entry = history.peekRedo();
        if (!entry) return undefined;
        await applyChangeSet(db, context, entry, 'after');
        history.redone();
        return entry;
      }),
    async setDeviceLabel(label) {
      await db.meta.put({ key: 'device', value: { label } });
      deviceLabel = label;
    },
  };
  void db.meta.get('device').then((row) => {
    if (row?.key === 'device') deviceLabel = row.value.label;
  });
  return store;
}
