// The backup's paged read and piecewise encoding give exactly what the one-go read and
// JSON.stringify gave — on the demo workspace, with page and piece sizes that split every table.
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@shared/domain/model';
import { toWorkspaceFile } from '@shared/workspace-file';
import {
  encodeWorkspaceFile,
  readWorkspaceInPages,
} from '../../../renderer/src/data/repo/backupPayload';
import { readWorkspace, resetToDemo } from '../../../renderer/src/data/repo/workspace';
import { deletePerson } from '../../../renderer/src/data/repo/people';
import { freshStore } from './fixtures';

const pause = () => Promise.resolve();

describe('backup payload', () => {
  it('reads every record of every table in pages, tombstones included', async () => {
    const store = freshStore();
    await resetToDemo(store);
    const first = (await store.db.people.toCollection().first())!;
    await deletePerson(store, first.id);

    const whole = await readWorkspace(store);
    // 7 is prime to the demo's table sizes: pages end mid-table and the last page is short.
    const paged = await readWorkspaceInPages(store, 7);
    for (const table of TABLE_NAMES) {
      const byId = (rows: readonly { id: string }[]) =>
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(paged[table] as { id: string }[])).toEqual(
        byId(whole[table] as { id: string }[]),
      );
    }
    expect(paged.people.some((p) => p.id === first.id && p.deletedAt !== null)).toBe(true);
    expect(paged.people.length).toBeGreaterThan(100);
  });

  it('encodes byte for byte what JSON.stringify gives, whatever the piece size', async () => {
    const store = freshStore();
    await resetToDemo(store);
    const data = await readWorkspaceInPages(store);
    const team = { erased: ['per_0123456789abcdef'], writers: { rep_1: 'Ana (Laptop)' } };
    const file = toWorkspaceFile(
      data,
      { name: 'Demo — “ü” 中文', createdAt: 'x' },
      'now',
      'me',
      team,
    );
    const expected = Buffer.from(new TextEncoder().encode(JSON.stringify(file)));
    for (const piece of [1, 13, 1_000, 100_000]) {
      const bytes = await encodeWorkspaceFile(file, { piece, pause });
      // Compared as buffers: an element-wise toEqual over a megabyte takes seconds.
      expect(bytes.length).toBe(expected.length);
      expect(Buffer.from(bytes).equals(expected)).toBe(true);
    }
  });

  it('writes empty tables and leaves out undefined members, as JSON.stringify does', async () => {
    const store = freshStore();
    const data = await readWorkspaceInPages(store);
    const file = {
      ...toWorkspaceFile(data, { name: '', createdAt: 'x' }, 'now', 'me'),
      team: undefined,
    };
    const text = new TextDecoder().decode(await encodeWorkspaceFile(file, { pause }));
    expect(text).toBe(JSON.stringify(file));
    expect(JSON.parse(text)).toMatchObject({ data: { people: [] } });
  });

  it('gives the main thread back between pieces', async () => {
    const store = freshStore();
    await resetToDemo(store);
    const data = await readWorkspaceInPages(store);
    const file = toWorkspaceFile(data, { name: 'w', createdAt: 'x' }, 'now', 'me');
    let pauses = 0;
    await encodeWorkspaceFile(file, {
      piece: 100,
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    const expected = TABLE_NAMES.reduce((n, t) => n + Math.ceil(data[t].length / 100), 0);
    expect(pauses).toBe(expected);
    expect(pauses).toBeGreaterThan(10);
  });
});
