// The import engine as the wizard drives it: reading with progress, checking rows with the
// user's edits and the workspace's people, re-checking without sending the file again, and
// cancelling. In node there is no Worker, so the same core runs inline — the code the worker runs.
import { describe, expect, it } from 'vitest';
import {
  createEngineCore,
  SAMPLE_ROWS,
} from '../../../../renderer/src/features/transfer/engineCore';
import type {
  EngineReply,
  EngineRequest,
} from '../../../../renderer/src/features/transfer/engineCore';
import { createImportEngine } from '../../../../renderer/src/features/transfer/importEngine';
import { candidateKey, cellKey } from '../../../../renderer/src/features/transfer/importModel';
import type { EventId } from '../../../../shared/domain/model';
import {
  buildImport,
  findDuplicates,
  prepareRows,
  proposeMapping,
} from '../../../../shared/import';
import { aPerson } from '../../../helpers/builders';

const encode = (s: string) => new TextEncoder().encode(s);
const bigCsv = (n: number) =>
  [
    'Name,E-mail,Nationality',
    ...Array.from({ length: n }, (_, i) => `Person${i} Family${i},p${i}@example.org,Kenyan`),
  ].join('\n');
const shown = { preview: 20, problems: 20, duplicates: 20 };

async function run(
  core: ReturnType<typeof createEngineCore>,
  req: EngineRequest,
  replies: EngineReply[],
) {
  await core.handle(req);
  return replies.filter((r) => r.id === req.id);
}

describe('engine core (what the worker runs)', () => {
  it('reads a large file with increasing progress, keeps its rows, and sends what the review shows', async () => {
    const replies: EngineReply[] = [];
    const core = createEngineCore((r) => replies.push(r));
    const read = await run(
      core,
      { type: 'read', id: 1, bytes: encode(bigCsv(12_000)), options: {} },
      replies,
    );
    const progress = read
      .filter((r) => r.type === 'progress')
      .map((r) => (r.type === 'progress' ? r.fraction : -1));
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);
    // The window gets the headers, a sample for the mapping step and the row count, not the rows.
    const done = read.at(-1);
    if (done?.type !== 'read' || !done.result.ok) throw new Error('read failed');
    expect(done.result.value.rowCounts).toEqual([12_000]);
    const sample = done.result.value.sheets[0]!.table;
    expect(sample.headers).toEqual(['Name', 'E-mail', 'Nationality']);
    expect(sample.rows).toHaveLength(SAMPLE_ROWS);
    expect(sample.rows[0]?.[0]).toBe('Person0 Family0');

    const existing = aPerson({ givenName: 'Person7', familyName: 'Family7', email: '' });
    const prepared = await run(
      core,
      {
        type: 'prepare',
        id: 2,
        sheet: 0,
        mapping: proposeMapping(sample.headers),
        edits: [[cellKey(2, 2), 'Wakanda']],
        shown,
        workspace: { organisations: [], people: [existing] },
      },
      replies,
    );
    const phases = prepared.filter((r) => r.type === 'progress');
    expect(phases.length).toBeGreaterThan(5);
    expect(phases.every((r) => r.type === 'progress' && r.phase === 'prepare')).toBe(true);
    const checked = prepared.at(-1);
    if (checked?.type !== 'checked') throw new Error('not checked');
    const { summary, preview, problems, duplicates } = checked.review;
    expect(summary).toMatchObject({ rows: 12_000, errorRows: [], problemCount: 1 });
    expect(preview.map((r) => r.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    // The preview shows the file's cells as read (the window lays the edits over them)…
    expect(preview[0]?.cells).toEqual(['Person0 Family0', 'p0@example.org', 'Kenyan']);
    // …and the edit replaced the file's value before normalising.
    expect(problems[0]).toMatchObject({ row: 2, value: 'Wakanda' });
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({
      candidate: { row: 9, target: { kind: 'existing', id: existing.id } },
      targetName: 'Person7 Family7',
    });

    // Further rows come a page at a time, from the rows the worker kept.
    const page = await run(
      core,
      { type: 'page', id: 3, list: 'preview', from: 11_990, count: 20 },
      replies,
    );
    expect(page).toHaveLength(1);
    const rows = page[0]?.type === 'page' ? page[0].items : [];
    expect(rows.map((r) => ('cells' in r ? r.cells[0] : ''))).toEqual(
      Array.from({ length: 10 }, (_, i) => `Person${11_990 + i} Family${11_990 + i}`),
    );
  });

  it('says so when asked to check a sheet it does not hold', async () => {
    const replies: EngineReply[] = [];
    const core = createEngineCore((r) => replies.push(r));
    const out = await run(
      core,
      { type: 'prepare', id: 5, sheet: 0, mapping: [], edits: [], shown },
      replies,
    );
    expect(out).toEqual([{ type: 'failed', id: 5 }]);
  });

  it('refuses an empty file with a read error, not a crash', async () => {
    const replies: EngineReply[] = [];
    const core = createEngineCore((r) => replies.push(r));
    const out = await run(
      core,
      { type: 'read', id: 1, bytes: new Uint8Array(), options: {} },
      replies,
    );
    expect(out.at(-1)).toEqual({
      type: 'read',
      id: 1,
      result: { ok: false, error: { kind: 'empty' } },
    });
  });
});

describe('import engine (the wizard side)', () => {
  const noDecisions = {
    skip: new Set<number>(),
    choices: new Map(),
    eventId: null,
    organisations: [],
    people: [],
    participations: [],
  };

  it('reads, checks, re-checks after an edit, pages, and cancels', async () => {
    const engine = createImportEngine();
    const fractions: number[] = [];
    const read = await engine.read(encode('Name,Gender\nAna Lima,F\nBo Chen,Homme'), {}, (f) =>
      fractions.push(f),
    );
    if (!read?.ok) throw new Error('read failed');
    expect(fractions.at(-1)).toBe(1);
    const table = read.value.sheets[0]!.table;
    const input = {
      sheet: 0,
      mapping: proposeMapping(table.headers),
      edits: new Map<string, string>(),
      organisations: [],
      people: [],
      shown,
    };
    // What the worker would write: the checked rows it kept.
    const genders = async () =>
      (await engine.build(noDecisions))?.ops.people.map((p) => p.draft.gender);
    const first = await engine.prepare(input, () => undefined);
    expect(first?.summary.rows).toBe(2);
    expect(await genders()).toEqual(['woman', 'man']);
    const again = await engine.prepare(
      { ...input, edits: new Map([[cellKey(3, 1), 'Femme']]) },
      () => undefined,
    );
    expect(again?.preview.map((r) => r.cells)).toEqual([
      ['Ana Lima', 'F'],
      ['Bo Chen', 'Homme'],
    ]);
    expect(await genders()).toEqual(['woman', 'woman']);
    expect(await engine.page('preview', 1, 20)).toEqual([again?.preview[1]]);

    // A newer check supersedes an older one and the pages of the last; cancel resolves what is
    // pending to null.
    const page = engine.page('problems', 0, 20);
    const older = engine.prepare(input, () => undefined);
    const newer = engine.prepare(input, () => undefined);
    engine.cancel();
    expect(await page).toBeNull();
    expect(await older).toBeNull();
    expect(await newer).toBeNull();
    // After a cancel the engine starts afresh: the fresh worker is sent the file again.
    const after = await engine.prepare(input, () => undefined);
    expect(after?.summary.rows).toBe(2);
    expect(await genders()).toEqual(['woman', 'man']);
  });

  it('a new file supersedes the one being read', async () => {
    const engine = createImportEngine();
    const first = engine.read(encode('Name\nA B'), {}, () => undefined);
    const second = engine.read(encode('Name\nC D'), {}, () => undefined);
    expect(await first).toBeNull();
    const r = await second;
    expect(r?.ok && r.value.sheets[0]?.table.rows).toEqual([['C D']]);
  });

  it('builds the import of the checked rows with the chosen merges, as buildImport does', async () => {
    const engine = createImportEngine();
    const text = bigCsv(2_500);
    const read = await engine.read(encode(text), {}, () => undefined);
    if (!read?.ok) throw new Error('read failed');
    const headers = read.value.sheets[0]!.table.headers;
    // Before any check there is nothing to build from.
    await expect(engine.build(noDecisions)).rejects.toThrow();
    const existing = aPerson({ givenName: 'Person7', familyName: 'Family7', email: '' });
    const input = {
      sheet: 0,
      mapping: proposeMapping(headers),
      edits: new Map<string, string>(),
      organisations: [],
      people: [existing],
      shown,
    };
    const review = await engine.prepare(input, () => undefined);
    const candidate = review?.duplicates[0]?.candidate;
    if (!candidate) throw new Error('no duplicate listed');
    const take = { email: 'incoming' as const };
    const decisions = {
      skip: new Set([4, 5]),
      eventId: 'evt_0000000000000001' as EventId,
    };
    const built = await engine.build({
      ...decisions,
      choices: new Map([[candidateKey(candidate), { decision: 'merge' as const, take }]]),
      organisations: [],
      people: [existing],
      participations: [],
    });
    // The same rows, checked here, built with the merge the choice stands for.
    const table = {
      headers,
      rows: text
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')),
    };
    const rows = prepareRows(table, input.mapping, { organisations: [] });
    expect(findDuplicates(rows, [existing])).toEqual([candidate]);
    const merges = new Map([[9, { target: candidate.target, take }]]);
    const expected = buildImport(
      rows,
      { ...decisions, merges },
      { people: [existing], participations: [] },
    );
    expect(built).toEqual(expected);
    expect(built?.ops.people).toHaveLength(2_500 - 3);
    expect(built?.ops.updates[0]?.draft.email).toBe('p7@example.org');
    expect(built?.ops.participations).toHaveLength(2_500 - 2);
    expect(built?.report).toEqual({ added: 2_497, updated: 1, skipped: 2, merged: 1 });
  });
});
