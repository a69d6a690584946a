// The data store the UI works with: the database, the write context, the undo history and who is
// writing. Identity has two parts: what people read (a name and a device label, stamped into
// `updatedBy`) and what the merge bookkeeping counts by (a random per-installation replica id,
// created once and stored), so that two colleagues who both call their machine "Laptop" never
// pass for one writer.
import { cryptoRandomBytes } from '@shared/domain/ids';
import type { PlenaryDB } from './db';
import { openDatabase } from './db';
import { UndoHistory } from './history';
import type { ChangeSet, Writer, WriteContext } from './writer';
import { applyChangeSet, write } from './writer';

export type Identity = {
  /** The person, e.g. "Amina Otieno" ('' when not given). */
  name: string;
  /** The machine, e.g. "Nairobi laptop". */
  label: string;
  /** The merge bookkeeping's writer id (`rep_` + 16 hex): never shown, never typed. */
  replica: string;
  /** When the person confirmed or skipped the first-run prompt; null: not yet. */
  confirmedAt: string | null;
};

export type DataStore = {
  db: PlenaryDB;
  ctx: WriteContext;
  history: UndoHistory;
  /** Resolves once the identity is loaded (or created); writes wait for it. */
  ready: Promise<void>;
  /** One undoable transaction; the label is an i18n key describing it ("history.editPerson"). */
  mutate<R>(label: string, fn: (w: Writer) => Promise<R>): Promise<R>;
  /**
   * A transaction run by the same writer elsewhere — the import worker, on this database —
   * taken in turn with this store's writes, undo and redo (none runs meanwhile). `job` gets
   * what to stamp the records with, read when its turn comes; the change set it returns
   * becomes one undo step (an empty one, of a job stopped before writing, adds none).
   */
  writeElsewhere<R>(
    job: (stamp: WriteStamp) => Promise<{ result: R; changeSet: ChangeSet }>,
  ): Promise<R>;
  undo(): Promise<ChangeSet | undefined>;
  redo(): Promise<ChangeSet | undefined>;
  identity(): Identity;
  /** Sets who is writing (and marks the first-run prompt as answered). */
  setIdentity(next: { name: string; label: string }): Promise<void>;
  /** Sets only the device label, keeping the name. */
  setDeviceLabel(label: string): Promise<void>;
  /** A fresh replica id, after the workspace went back to a state older than what was shared. */
  renewReplica(): Promise<void>;
};

/** The write context of a writer on another thread: this store's clock and identity, as values. */
export type WriteStamp = { now: string; device: string; replica: string };

export const DEFAULT_DEVICE_LABEL = 'this device';
export const NAME_MAX = 80;
export const LABEL_MAX = 80;

const IDENTITY_KEY = 'team.identity';
type IdentityRow = { name: string; replica: string; confirmedAt: string | null };
type LooseRow = { key: string; value: unknown };

/** What `updatedBy` says: "Amina Otieno (Nairobi laptop)", or the label alone. */
export function identityStamp(identity: Pick<Identity, 'name' | 'label'>): string {
  const name = identity.name.trim();
  const label = identity.label.trim() || DEFAULT_DEVICE_LABEL;
  return (name ? `${name} (${label})` : label).slice(0, 200);
}

export function newReplicaId(randomBytes: (n: number) => Uint8Array): string {
  let hex = '';
  for (const byte of randomBytes(8)) hex += byte.toString(16).padStart(2, '0');
  return `rep_${hex}`;
}

/** The label a skipped first-run prompt leaves: recognisable per installation, not "Laptop". */
export function defaultLabel(replica: string): string {
  return `Device ${replica.slice(-4).toUpperCase()}`;
}

/**
 * Loads the identity, creating the replica id on first use. Installations from before the split
 * keep their device label; their older writes stay counted under that label (a legacy writer
 * that writes no more), and everything from now on under the new replica id.
 */
async function loadIdentity(db: PlenaryDB, randomBytes: (n: number) => Uint8Array) {
  const meta = db.table<LooseRow, string>('meta');
  return db.transaction('rw', db.meta, async () => {
    const device = await db.meta.get('device');
    const row = (await meta.get(IDENTITY_KEY))?.value as IdentityRow | undefined;
    const label = device?.key === 'device' ? device.value.label : DEFAULT_DEVICE_LABEL;
    if (row) return { ...row, label };
    const created: IdentityRow = {
      name: '',
      replica: newReplicaId(randomBytes),
      confirmedAt: null,
    };
    await meta.put({ key: IDENTITY_KEY, value: created });
    return { ...created, label };
  });
}

export function createStore(
  db: PlenaryDB = openDatabase(),
  ctx?: Partial<WriteContext>,
): DataStore {
  const randomBytes = ctx?.randomBytes ?? cryptoRandomBytes;
  const now = ctx?.now ?? (() => new Date().toISOString());
  let identity: Identity = {
    name: '',
    label: DEFAULT_DEVICE_LABEL,
    replica: newReplicaId(randomBytes),
    confirmedAt: null,
  };
  const context: WriteContext = {
    now,
    device: ctx?.device ?? (() => identityStamp(identity)),
    replica: ctx?.replica ?? (() => identity.replica),
    randomBytes,
  };
  const history = new UndoHistory();
  // A database that cannot open is reported by App (ensureWorkspace); the in-memory identity
  // above is then never used for a write.
  const ready = loadIdentity(db, randomBytes).then(
    (loaded) => {
      identity = loaded;
    },
    () => undefined,
  );
  // Writes, undo and redo are serialised (a second Ctrl+Z waits for the first to land), and all
  // wait for the identity so that no write is stamped with a placeholder.
  let queue: Promise<unknown> = ready;
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  const meta = db.table<LooseRow, string>('meta');
  const saveIdentity = async (next: Identity) => {
    await db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: 'device', value: { label: next.label } });
      const row: IdentityRow = {
        name: next.name,
        replica: next.replica,
        confirmedAt: next.confirmedAt,
      };
      await meta.put({ key: IDENTITY_KEY, value: row });
    });
    identity = next;
  };

  const store: DataStore = {
    db,
    ctx: context,
    history,
    ready,
    mutate: (label, fn) =>
      serial(async () => {
        const { result, changeSet } = await write(db, context, label, fn);
        history.push(changeSet);
        return result;
      }),
    writeElsewhere: (job) =>
      serial(async () => {
        const stamp: WriteStamp = {
          now: context.now(),
          device: context.device(),
          replica: context.replica?.() ?? context.device(),
        };
        const { result, changeSet } = await job(stamp);
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
    identity: () => identity,
    setIdentity: (next) =>
      serial(() =>
        saveIdentity({
          ...identity,
          name: next.name.trim().slice(0, NAME_MAX),
          label: next.label.trim().slice(0, LABEL_MAX) || defaultLabel(identity.replica),
          confirmedAt: identity.confirmedAt ?? now(),
        }),
      ),
    setDeviceLabel: (label) =>
      serial(() =>
        saveIdentity({
          ...identity,
          label: label.trim() || defaultLabel(identity.replica),
          confirmedAt: identity.confirmedAt ?? now(),
        }),
      ),
    renewReplica: () =>
      serial(() => saveIdentity({ ...identity, replica: newReplicaId(randomBytes) })),
  };
  return store;
}
