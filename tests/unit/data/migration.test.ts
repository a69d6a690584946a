// Schema v1 → v2: a database created by version 1 opens under version 2 with every row intact.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/data/db';
import { CURRENT_SCHEMA_VERSION, schemaV1, schemaV2 } from '../../../renderer/src/data/schema';
import type { BackupCounts, BackupReason } from '../../../renderer/src/platform';
import {
  backupBeforeMigration,
  existingSchemaVersion,
  openFailureKey,
  readRawWorkspace,
} from '../../../renderer/src/features/settings/recovery';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import { createStore } from '../../../renderer/src/data/store';
import { logExport, listExports } from '../../../renderer/src/data/repo/exportLog';
import { aParticipation, aPerson, anEvent, aSavedView } from '../../helpers/builders';

describe('schema migration v1 → v2', () => {
  it('keeps every v1 record and adds an empty export log', async () => {
    const name = `plenary-migration-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    const person = aPerson({ givenName: 'Nadia' });
    const event = anEvent();
    const participation = aParticipation({ personId: person.id, eventId: event.id });
    const view = aSavedView({ state: { pinned: [person.id] } });
    await v1.table('people').add(person);
    await v1.table('events').add(event);
    await v1.table('participations').add(participation);
    await v1.table('savedViews').add(view);
    await v1.table('meta').put({ key: 'device', value: { label: 'laptop' } });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(await db.people.get(person.id)).toEqual(person);
    expect(await db.events.get(event.id)).toEqual(event);
    expect(await db.participations.get(participation.id)).toEqual(participation);
    expect(await db.savedViews.get(view.id)).toEqual(view);
    expect(await db.meta.get('device')).toEqual({ key: 'device', value: { label: 'laptop' } });
    expect(await db.exportLog.count()).toBe(0);

    const store = createStore(db, {
      now: () => '2026-11-28T12:00:00.000Z',
      device: () => 'laptop',
    });
    await logExport(store, { what: 'people-csv', form: 'pseudonymised', people: 42 });
    expect(await listExports(store)).toEqual([
      expect.objectContaining({
        what: 'people-csv',
        form: 'pseudonymised',
        people: 42,
        at: '2026-11-28T12:00:00.000Z',
        by: 'laptop',
        encrypted: false,
      }),
    ]);
    await expect(
      logExport(store, { what: 'people-csv', form: 'full', people: -1 }),
    ).rejects.toThrow(RangeError);
    db.close();
  });
});

describe('a failed upgrade', () => {
  it('leaves the database at its old version with every row, readable for a recovery export', async () => {
    const name = `plenary-failed-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    const person = aPerson({ givenName: 'Soraya' });
    await v1.table('people').add(person);
    await v1.table('meta').put({
      key: 'workspace',
      value: { name: 'Suva consultation', origin: 'empty', createdAt: '2026-01-02T00:00:00.000Z' },
    });
    v1.close();

    const broken = new Dexie(name);
    broken.version(1).stores(schemaV1);
    broken
      .version(2)
      .stores(schemaV2)
      .upgrade(async (tx) => {
        await tx.table('people').toCollection().modify({ givenName: 'half-migrated' });
        throw new Error('migration bug');
      });
    const failure = await broken.open().then(
      () => null,
      (e: unknown) => e,
    );
    broken.close();
    expect(failure).toBeInstanceOf(Error);
    expect(await openFailureKey(failure, 2, name)).toBe('privacy.recovery.upgradeFailed');

    expect(await existingSchemaVersion(name)).toBe(1);
    const { file, version } = await readRawWorkspace(name);
    expect(version).toBe(1);
    expect(file.workspace.name).toBe('Suva consultation');
    expect(file.data.people).toEqual([person]);
    // The recovered file is a valid workspace file that opens again.
    expect(parseWorkspaceFile(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('backup before migration', () => {
  it('backs up a version-1 database as it is before it is upgraded, and only then', async () => {
    const name = `plenary-premigration-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    const person = aPerson({ givenName: 'Kalani' });
    await v1.table('people').add(person);
    v1.close();
    const writes: { reason: string; text: string; people: number }[] = [];
    const platform = {
      backups: {
        write: (reason: BackupReason, contents: Uint8Array, counts: BackupCounts) => {
          writes.push({ reason, text: new TextDecoder().decode(contents), people: counts.people });
          return Promise.reject(new Error('not needed for this test'));
        },
        list: () => Promise.resolve([]),
        read: () => Promise.reject(new Error('none')),
      },
    };
    await expect(backupBeforeMigration(platform, 2, name)).rejects.toThrow('not needed');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.reason).toBe('before-migration');
    expect(writes[0]?.people).toBe(1);
    expect(writes[0]?.text).toContain('Kalani');

    const db = openDatabase(name);
    await db.open();
    db.close();
    expect(await backupBeforeMigration(platform, 2, name)).toBe(false);
    expect(await backupBeforeMigration({ backups: null }, 2, name)).toBe(false);
    expect(writes).toHaveLength(1);
  });
});
