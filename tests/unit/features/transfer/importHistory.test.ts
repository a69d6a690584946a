// The import's workspace memory on a real (fake-indexeddb) database: the report is written in
// the same transaction as the records — both or neither — and named mappings are saved,
// replaced, listed and deleted.
import { describe, expect, it } from 'vitest';
import { emptyWorkspaceData } from '../../../../shared/domain/model';
import {
  buildImport,
  parseDelimited,
  prepareRows,
  proposeMapping,
} from '../../../../shared/import';
import { applyImport } from '../../../../renderer/src/features/transfer/applyImport';
import {
  deleteMapping,
  listImportHistory,
  listSavedMappings,
  saveMapping,
} from '../../../../renderer/src/data/repo/importHistory';
import { freshStore } from '../../data/fixtures';

function opsOf(csv: string) {
  const table = parseDelimited(csv);
  const rows = prepareRows(table, proposeMapping(table.headers), emptyWorkspaceData());
  return buildImport(
    rows,
    { skip: new Set([3]), merges: new Map(), eventId: null },
    emptyWorkspaceData(),
  );
}

const CSV = 'First name,Last name,Organisation\nAmina,Otieno,UNDP\nKofi,Mensah,Acme\nLea,Roux,';

describe('import history', () => {
  it('keeps the report of an import, written with its records, newest first', async () => {
    const store = freshStore();
    const first = opsOf(CSV);
    const applied = await applyImport(store, first.ops, {
      report: { fileName: 'list.csv', rows: 3, counts: first.report, event: '' },
    });
    expect(applied.entry).toMatchObject({
      fileName: 'list.csv',
      by: 'test-device',
      rows: 3,
      counts: { added: 2, updated: 0, merged: 0, skipped: 1 },
    });
    const second = opsOf('Name\nZed Alpha');
    await applyImport(store, second.ops, {
      report: { fileName: 'more.csv', rows: 1, counts: second.report, event: 'Forum' },
    });
    const history = await listImportHistory(store);
    expect(history.map((h) => h.fileName)).toEqual(['more.csv', 'list.csv']);
    expect(history[0]?.event).toBe('Forum');
    expect(await store.db.people.count()).toBe(3);
    // Each import is still one undo step.
    expect(store.history.peekUndo()?.label).toBe('transfer.history.import');
    await store.undo();
    expect(await store.db.people.count()).toBe(2);
    store.db.close();
  });

  it('writes neither records nor report when one record is refused', async () => {
    const store = freshStore();
    const { ops, report } = opsOf(CSV);
    const victim = ops.people[1];
    if (!victim) throw new Error('fixture has two people');
    victim.draft = { ...victim.draft, email: 'not an e-mail' };
    await expect(
      applyImport(store, ops, {
        report: { fileName: 'bad.csv', rows: 3, counts: report, event: '' },
      }),
    ).rejects.toThrow();
    expect(await store.db.people.count()).toBe(0);
    expect(await store.db.organisations.count()).toBe(0);
    expect(await listImportHistory(store)).toEqual([]);
    expect(store.history.peekUndo()).toBeUndefined();
    store.db.close();
  });

  it('reports commit progress up to every record written', async () => {
    const store = freshStore();
    const csv = [
      'Name,Organisation',
      ...Array.from({ length: 600 }, (_, i) => `P${i} Q${i},O${i % 3}`),
    ].join('\n');
    const { ops, report } = opsOf(csv);
    const seen: [number, number][] = [];
    await applyImport(store, ops, {
      report: { fileName: 'big.csv', rows: 600, counts: report, event: '' },
      onProgress: (done, total) => seen.push([done, total]),
    });
    const total = ops.organisations.length + ops.people.length;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThan(seen[i - 1]![0]);
    store.db.close();
  });
});

describe('saved mappings', () => {
  it('saves, replaces by name, lists by name and deletes', async () => {
    const store = freshStore();
    expect(await listSavedMappings(store)).toEqual([]);
    await saveMapping(store, { name: 'Zoom export', columns: { Email: 'email', X: null } });
    await saveMapping(store, { name: 'Forms', columns: { Nom: 'familyName' } });
    await saveMapping(store, { name: ' Zoom export ', columns: { 'E-mail': 'email' } });
    const listed = await listSavedMappings(store);
    expect(listed.map((m) => m.name)).toEqual(['Forms', 'Zoom export']);
    expect(listed[1]?.columns).toEqual({ 'E-mail': 'email' });
    await deleteMapping(store, 'Forms');
    expect((await listSavedMappings(store)).map((m) => m.name)).toEqual(['Zoom export']);
    await expect(saveMapping(store, { name: '  ', columns: {} })).rejects.toThrow(RangeError);
    store.db.close();
  });

  it('leaves out malformed entries of a hand-edited workspace', async () => {
    const store = freshStore();
    await store.db.table('meta').put({
      key: 'import.mappings',
      value: [{ name: 'ok', columns: { A: 'email' } }, { name: 'bad', columns: { A: 'nope' } }, 7],
    });
    expect((await listSavedMappings(store)).map((m) => m.name)).toEqual(['ok']);
    store.db.close();
  });
});
