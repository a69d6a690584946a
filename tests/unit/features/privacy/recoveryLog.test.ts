// The recovery screen's export writes its export-log line into the database as it is on disk,
// without upgrading it; a database from before the export log is left untouched.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../renderer/src/data/db';
import {
  existingSchemaVersion,
  logRecoveryExport,
} from '../../../../renderer/src/features/settings/recovery';

const NOW = () => '2026-11-28T12:00:00.000Z';
const uniqueName = () => `plenary-recovery-${Math.random().toString(36).slice(2)}`;

describe('logRecoveryExport', () => {
  it('adds one line to the export log of a database that has one', async () => {
    const name = uniqueName();
    const db = openDatabase(name);
    await db.open();
    const version = db.verno;
    db.close();

    expect(await logRecoveryExport(7, name, NOW)).toBe(true);

    const again = openDatabase(name);
    const log = await again.exportLog.toArray();
    again.close();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      at: NOW(),
      by: 'recovery',
      what: 'workspace-file-recovered',
      form: 'full',
      people: 7,
      encrypted: false,
    });
    expect(log[0]?.id).toMatch(/^exp_[0-9a-f]{32}$/);
    expect(await existingSchemaVersion(name)).toBe(version);
  });

  it('writes nothing to a version 1 database, which has no export log, and keeps its version', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores({ people: 'id', meta: 'key' });
    await old.open();
    await old.table('people').put({ id: 'per_1' });
    old.close();

    expect(await logRecoveryExport(1, name, NOW)).toBe(false);

    expect(await existingSchemaVersion(name)).toBe(1);
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.tables.map((t) => t.name).sort()).toEqual(['meta', 'people']);
    expect(await raw.table('people').count()).toBe(1);
    raw.close();
  });
});
