// The import's write as the wizard makes it: built and written by the engine (in the app, the
// worker, on its own connection to the workspace database; in node the same core runs inline)
// through the data layer's writer, in turn with the store's writes, stamped with the store's clock
// and identity, and kept as one undo step. A write that fails anywhere leaves nothing behind.
import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain/model';
import { proposeMapping } from '../../../../shared/import';
import { appendChangePart, changeParts } from '../../../../renderer/src/data/changeSetParts';
import { listImportHistory } from '../../../../renderer/src/data/repo/importHistory';
import type { DataStore } from '../../../../renderer/src/data/store';
import type { Change } from '../../../../renderer/src/data/writer';
import { createImportEngine } from '../../../../renderer/src/features/transfer/importEngine';
import type { ImportEngine } from '../../../../renderer/src/features/transfer/importEngine';
import type { DuplicateChoice } from '../../../../renderer/src/features/transfer/importModel';
import { candidateKey } from '../../../../renderer/src/features/transfer/importModel';
import { WORKER_WRITE_CHUNK } from '../../../../renderer/src/features/transfer/engineCore';
import { aPerson } from '../../../helpers/builders';
import { freshStore } from '../../data/fixtures';

// Past one of the worker's write chunks, so the people cross a chunk boundary.
const ROWS = WORKER_WRITE_CHUNK + 11;
const csv = (n: number) =>
  [
    'Name,E-mail,Organisation',
    ...Array.from({ length: n }, (_, i) => `Given${i} Family${i},p${i}@example.org,Org${i % 5}`),
  ].join('\n');

/** The review's first pages, as the wizard asks for them. */
const PAGE_SIZES = { preview: 20, problems: 20, duplicates: 20 };

let store: DataStore;
afterEach(async () => {
  await store.db.delete();
});

/** Reads and checks `text` in the engine, as the wizard's first two steps do. */
async function checked(engine: ImportEngine, text: string, people: Person[] = []) {
  const read = await engine.read(new TextEncoder().encode(text), {}, () => undefined);
  if (!read?.ok) throw new Error('read failed');
  const table = read.value.sheets[0]!.table;
  const input = {
    sheet: 0,
    mapping: proposeMapping(table.headers),
    edits: new Map<string, string>(),
    organisations: [],
    people,
    shown: PAGE_SIZES,
  };
  const review = await engine.prepare(input, () => undefined);
  if (review === null) throw new Error('check failed');
  return review;
}

/** Writes the checked rows through the store's turn, as ImportDialog.confirm does. */
function commit(
  engine: ImportEngine,
  people: Person[],
  choices = new Map<string, DuplicateChoice>(),
  onProgress: (fraction: number, phase: string) => void = () => undefined,
) {
  return store.writeElsewhere(async (stamp) => {
    const done = await engine.commit(
      {
        skip: new Set(),
        choices,
        eventId: null,
        organisations: [],
        people,
        participations: [],
        database: store.db.name,
        stamp,
        report: { fileName: 'list.csv', rows: ROWS, event: '' },
      },
      onProgress,
    );
    if (done === null) throw new Error('the commit was cancelled');
    return { result: done, changeSet: done.changeSet };
  });
}

describe('the import written by the engine', () => {
  it('lands every record with the report, stamped by the store, as one undo step', async () => {
    store = freshStore();
    await store.ready;
    const engine = createImportEngine();
    await checked(engine, csv(ROWS));
    const progress: number[] = [];
    const done = await commit(engine, [], new Map(), (fraction, phase) => {
      if (phase === 'write') progress.push(fraction);
    });

    const people = await store.db.people.toArray();
    expect(people).toHaveLength(ROWS);
    expect(await store.db.organisations.count()).toBe(5);
    // Stamped with the store's clock and identity, read when the write's turn came.
    const [first] = people;
    expect(first?.updatedBy).toBe('test-device');
    expect(first?.sync?.vv).toEqual({ [store.identity().replica]: 1 });
    expect(people.every((p) => p.createdAt === first?.createdAt)).toBe(true);
    expect(done.entry?.at).toBe(first?.createdAt);
    // The report is in the workspace history, with the build's counts.
    const [entry] = await listImportHistory(store);
    expect(entry).toEqual(done.entry);
    expect(entry?.counts).toMatchObject({ added: ROWS });
    // Progress goes up to the end.
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);

    // One undo step takes everything back; redo brings the same records back.
    const undo = store.history.peekUndo();
    expect(undo?.label).toBe('transfer.history.import');
    expect(undo?.changes).toHaveLength(ROWS + 5);
    await store.undo();
    expect(await store.db.people.count()).toBe(0);
    expect(await store.db.organisations.count()).toBe(0);
    await store.redo();
    const again = await store.db.people.toArray();
    expect(again.map((p) => [p.id, p.givenName, p.email]).sort()).toEqual(
      people.map((p) => [p.id, p.givenName, p.email]).sort(),
    );
    expect(await store.db.organisations.count()).toBe(5);
  });

  it('still lands as one undo step when the dialog is closed during the write', async () => {
    store = freshStore();
    await store.ready;
    const engine = createImportEngine();
    await checked(engine, csv(ROWS));
    // The dialog unmounting cancels its engine right after the write was asked for.
    const written = commit(engine, [], new Map(), (_, phase) => {
      if (phase === 'write') engine.cancel();
    });
    const done = await written;
    expect(done.changeSet.changes).toHaveLength(ROWS + 5);
    expect(await store.db.people.count()).toBe(ROWS);
    expect(await listImportHistory(store)).toHaveLength(1);
    expect(store.history.peekUndo()?.label).toBe('transfer.history.import');
    await store.undo();
    expect(await store.db.people.count()).toBe(0);
  });

  it('writes nothing, keeps no report and adds no undo step when a write fails', async () => {
    store = freshStore();
    await store.ready;
    // The review offered to merge the last row into someone who is no longer there.
    const gone = aPerson({ givenName: `Given${ROWS - 1}`, familyName: `Family${ROWS - 1}` });
    const engine = createImportEngine();
    const review = await checked(engine, csv(ROWS), [gone]);
    const candidate = review.duplicates[0]!.candidate;
    expect(candidate).toMatchObject({ row: ROWS + 1, target: { kind: 'existing', id: gone.id } });
    const choices = new Map([[candidateKey(candidate), { decision: 'merge' as const, take: {} }]]);
    await expect(commit(engine, [gone], choices)).rejects.toThrow(/No live people record/);
    expect(await store.db.people.count()).toBe(0);
    expect(await store.db.organisations.count()).toBe(0);
    expect(await listImportHistory(store)).toEqual([]);
    expect(store.history.peekUndo()).toBeUndefined();
  });
});

describe('change sets in parts', () => {
  it('sends creations as runs of ids and other changes whole, in order, and puts them back', () => {
    const person = aPerson({ givenName: 'Edited' });
    const created = (table: Change['table'], id: string): Change => ({
      table,
      id,
      before: undefined,
      after: undefined,
    });
    const changes: Change[] = [
      created('organisations', 'org_1'),
      created('organisations', 'org_2'),
      created('people', 'per_1'),
      { table: 'people', id: person.id, before: person, after: { ...person, notes: 'x' } },
      created('people', 'per_2'),
      created('people', 'per_3'),
      created('people', 'per_4'),
    ];
    const parts = changeParts(changes, 3);
    expect(parts.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(parts[0]).toEqual([
      { table: 'organisations', created: ['org_1', 'org_2'] },
      { table: 'people', created: ['per_1'] },
    ]);
    const back: Change[] = [];
    for (const part of parts) appendChangePart(back, part);
    expect(back).toEqual(changes);
  });
});
