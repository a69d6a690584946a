// Writes that matter reach the disk before they are reported done: every read-write transaction
// the data layer opens asks IndexedDB for strict durability. Observed at the IndexedDB API
// itself (fake-indexeddb's IDBDatabase.prototype.transaction), so a Dexie upgrade that stopped
// passing the option, or a write path that opened its own database, would fail here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspaceData } from '@shared/domain/model';
import { buildImport, parseDelimited, prepareRows, proposeMapping } from '@shared/import';
import { applyImport } from '../../../renderer/src/features/transfer/applyImport';
import { applyMerge, buildExchangeFile } from '../../../renderer/src/data/repo/merge';
import { deletePerson } from '../../../renderer/src/data/repo/people';
import { deleteOrganisation } from '../../../renderer/src/data/repo/organisations';
import { erasePerson } from '../../../renderer/src/data/repo/erase';
import { readWorkspace, replaceWorkspace } from '../../../renderer/src/data/repo/workspace';
import { createBackupService } from '../../../renderer/src/data/repo/backup';
import { logExport } from '../../../renderer/src/data/repo/exportLog';
import type { BackupInfo, BackupReason, PlatformBackups } from '../../../renderer/src/platform';
import { freshStore, seedSmallWorkspace } from './fixtures';

type Seen = { mode: IDBTransactionMode; durability: string; stores: string[] };

let seen: Seen[] = [];

type Transaction = (
  this: IDBDatabase,
  stores: string | string[],
  mode?: IDBTransactionMode,
  options?: IDBTransactionOptions,
) => IDBTransaction;

const proto = IDBDatabase.prototype as unknown as { transaction: Transaction };
const original: Transaction = proto.transaction;

beforeEach(() => {
  seen = [];
  proto.transaction = function (stores, mode, options) {
    const tx = original.call(this, stores, mode, options);
    // What IndexedDB itself recorded, not merely what was asked for.
    seen.push({
      mode: tx.mode,
      durability: tx.durability,
      stores: typeof stores === 'string' ? [stores] : [...stores],
    });
    return tx;
  };
});

afterEach(() => {
  proto.transaction = original;
});
/** Runs `job` and returns the read-write transactions it opened. */
async function writesOf(job: () => Promise<unknown>): Promise<Seen[]> {
  const start = seen.length;
  await job();
  return seen.slice(start).filter((t) => t.mode === 'readwrite');
}

function expectStrict(writes: Seen[]) {
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) expect(w.durability).toBe('strict');
}

describe('strict durability', () => {
  it('an import is one strict read-write transaction', async () => {
    const store = freshStore();
    const table = parseDelimited(
      'First name,Last name,Organisation\nAmina,Otieno,UNDP\nKofi,Mensah,Acme',
    );
    const rows = prepareRows(table, proposeMapping(table.headers), emptyWorkspaceData());
    const { ops } = buildImport(
      rows,
      { skip: new Set(), merges: new Map(), eventId: null },
      emptyWorkspaceData(),
    );
    const writes = await writesOf(() => applyImport(store, ops));
    expectStrict(writes);
    // Organisations and people land in the same, single transaction.
    const importing = writes.filter((w) => w.stores.includes('people'));
    expect(importing).toHaveLength(1);
    expect(importing[0]!.stores).toContain('organisations');
    expect(await store.db.people.count()).toBe(2);
  });

  it('deletes with cascades, erasure, undo and redo are strict', async () => {
    const store = freshStore();
    const { person, other, org } = await seedSmallWorkspace(store);
    expectStrict(await writesOf(() => deletePerson(store, person.id)));
    expectStrict(await writesOf(() => store.undo()));
    expectStrict(await writesOf(() => store.redo()));
    expectStrict(await writesOf(() => deleteOrganisation(store, org.id)));
    expectStrict(await writesOf(() => erasePerson(store, other.id)));
  });

  it('a merge of a colleague’s file and a whole-workspace restore are strict', async () => {
    const mine = freshStore();
    const theirs = freshStore();
    await seedSmallWorkspace(theirs);
    const { file } = await buildExchangeFile(theirs, null);
    expectStrict(await writesOf(() => applyMerge(mine, file, {}, 'colleague.json')));
    expect(await mine.db.people.count()).toBe(2);

    const snapshot = await readWorkspace(theirs);
    const writes = await writesOf(() =>
      replaceWorkspace(mine, snapshot, { name: 'Restored', origin: 'file', createdAt: 'x' }),
    );
    expectStrict(writes);
    expect(writes.filter((w) => w.stores.includes('people'))).toHaveLength(1);
  });

  it('restoring an automatic backup is strict', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const files = new Map<string, Uint8Array>();
    const info = (id: string, reason: BackupReason): BackupInfo => ({
      id,
      createdAt: '2026-11-28T12:00:00.000Z',
      sizeBytes: files.get(id)?.length ?? 0,
      reason,
      counts: null,
    });
    const backups: PlatformBackups = {
      write: (reason, contents) => {
        const id = `b${files.size}`;
        files.set(id, contents);
        return Promise.resolve(info(id, reason));
      },
      list: () => Promise.resolve([...files.keys()].map((id) => info(id, 'manual'))),
      read: (id) => Promise.resolve(files.get(id) ?? new Uint8Array()),
    };
    const service = createBackupService(
      store,
      { backups },
      {
        setInterval: (() => 0) as unknown as typeof setInterval,
        clearInterval: () => undefined,
      },
    );
    const taken = await service.request('manual');
    expect(taken).not.toBeNull();
    const writes = await writesOf(async () =>
      expect(await service.restore(taken!.id)).toEqual({ ok: true }),
    );
    expectStrict(writes);
    service.stop();
  });

  it('the export log is written strictly too', async () => {
    const store = freshStore();
    expectStrict(
      await writesOf(() => logExport(store, { what: 'people-csv', form: 'full', people: 3 })),
    );
  });
});
