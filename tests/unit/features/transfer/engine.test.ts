// The import engine as the wizard drives it: reading with progress, checking rows with the
// user's edits and the workspace's people, re-checking without sending the file again, and
// cancelling. In node there is no Worker, so the same core runs inline — the code the worker runs.
import { describe, expect, it } from 'vitest';
import {
  createAssembler,
  createEngineCore,
  PREPARED_ROWS_PER_PART,
  TABLE_ROWS_PER_PART,
} from '../../../../renderer/src/features/transfer/engineCore';
import type {
  EngineReply,
  EngineRequest,
} from '../../../../renderer/src/features/transfer/engineCore';
import { createImportEngine } from '../../../../renderer/src/features/transfer/importEngine';
import { cellKey } from '../../../../renderer/src/features/transfer/importModel';
import type { EventId } from '../../../../shared/domain/model';
import { buildImport, proposeMapping } from '../../../../shared/import';
import { aPerson } from '../../../helpers/builders';

const encode = (s: string) => new TextEncoder().encode(s);
const bigCsv = (n: number) =>
  [
    'Name,E-mail,Nationality',
    ...Array.from({ length: n }, (_, i) => `Person${i} Family${i},p${i}@example.org,Kenyan`),
  ].join('\n');

async function run(
  core: ReturnType<typeof createEngineCore>,
  req: EngineRequest,
  replies: EngineReply[],
) {
  await core.handle(req);
  return replies.filter((r) => r.id === req.id);
}

/** The job's parts put back together, as the wizard's side does. */
function assembled(replies: EngineReply[]) {
  const parts = createAssembler();
  for (const r of replies) if (r.type === 'tableRows' || r.type === 'preparedPart') parts.part(r);
  const last = replies.at(-1);
  if (last?.type === 'read') return parts.read(last.result);
  if (last?.type === 'prepared') return parts.prepared();
  throw new Error(`the job ended with ${last?.type}`);
}

describe('engine core (what the worker runs)', () => {
  it('reads a large file with increasing progress, then checks every row', async () => {
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
    // The rows travel in parts, each small enough to deserialise in a short task.
    const tableParts = read.flatMap((r) => (r.type === 'tableRows' ? [r.rows.length] : []));
    expect(tableParts).toEqual([TABLE_ROWS_PER_PART, TABLE_ROWS_PER_PART, 2_000]);
    const done = assembled(read);
    if (!('ok' in done) || !done.ok) throw new Error('read failed');
    const table = done.value.sheets[0]!.table;
    expect(table.rows).toHaveLength(12_000);
    expect(table.rows[11_999]?.[0]).toBe('Person11999 Family11999');

    const existing = aPerson({ givenName: 'Person7', familyName: 'Family7', email: '' });
    const prepared = await run(
      core,
      {
        type: 'prepare',
        id: 2,
        sheet: 0,
        mapping: proposeMapping(table.headers),
        edits: [[cellKey(2, 2), 'Wakanda']],
        workspace: { organisations: [], people: [existing] },
      },
      replies,
    );
    const phases = prepared.filter((r) => r.type === 'progress');
    expect(phases.length).toBeGreaterThan(5);
    expect(phases.every((r) => r.type === 'progress' && r.phase === 'prepare')).toBe(true);
    const rowParts = prepared.flatMap((r) => (r.type === 'preparedPart' ? [r.rows.length] : []));
    expect(Math.max(...rowParts)).toBe(PREPARED_ROWS_PER_PART);
    const assembledRows = assembled(prepared);
    if ('ok' in assembledRows) throw new Error('not prepared');
    const result = { result: assembledRows };
    expect(result.result.rows).toHaveLength(12_000);
    expect(result.result.rows.map((r) => r.row)).toEqual(
      Array.from({ length: 12_000 }, (_, i) => i + 2),
    );
    // The edit replaced the file's value before normalising.
    expect(result.result.rows[0]?.problems[0]).toMatchObject({ row: 2, value: 'Wakanda' });
    expect(result.result.rows[1]?.person.nationalities).toEqual(['KE']);
    expect(result.result.duplicates).toEqual([
      expect.objectContaining({ row: 9, target: { kind: 'existing', id: existing.id } }),
    ]);
  });

  it('says so when asked to check a sheet it does not hold', async () => {
    const replies: EngineReply[] = [];
    const core = createEngineCore((r) => replies.push(r));
    const out = await run(
      core,
      { type: 'prepare', id: 5, sheet: 0, mapping: [], edits: [] },
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
  it('reads, checks, re-checks after an edit, and cancels', async () => {
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
      table,
      mapping: proposeMapping(table.headers),
      edits: new Map<string, string>(),
      organisations: [],
      people: [],
    };
    const first = await engine.prepare(input, () => undefined);
    expect(first?.rows.map((r) => r.person.gender)).toEqual(['woman', 'man']);
    const again = await engine.prepare(
      { ...input, edits: new Map([[cellKey(3, 1), 'Femme']]) },
      () => undefined,
    );
    expect(again?.rows.map((r) => r.person.gender)).toEqual(['woman', 'woman']);

    // A newer check supersedes an older one; cancel resolves what is pending to null.
    const older = engine.prepare(input, () => undefined);
    const newer = engine.prepare(input, () => undefined);
    engine.cancel();
    expect(await older).toBeNull();
    expect(await newer).toBeNull();
    // After a cancel the engine starts afresh, sending the table again.
    const after = await engine.prepare(input, () => undefined);
    expect(after?.rows).toHaveLength(2);
  });

  it('a new file supersedes the one being read', async () => {
    const engine = createImportEngine();
    const first = engine.read(encode('Name\nA B'), {}, () => undefined);
    const second = engine.read(encode('Name\nC D'), {}, () => undefined);
    expect(await first).toBeNull();
    const r = await second;
    expect(r?.ok && r.value.sheets[0]?.table.rows).toEqual([['C D']]);
  });

  it('builds the import of the checked rows in the worker, as buildImport does, in parts', async () => {
    const engine = createImportEngine();
    const read = await engine.read(encode(bigCsv(2_500)), {}, () => undefined);
    if (!read?.ok) throw new Error('read failed');
    const table = read.value.sheets[0]!.table;
    // Before any check there is nothing to build from.
    await expect(
      engine.build({
        skip: new Set(),
        merges: new Map(),
        eventId: null,
        organisations: [],
        people: [],
        participations: [],
      }),
    ).rejects.toThrow();
    const existing = aPerson({ givenName: 'Person7', familyName: 'Family7', email: '' });
    const input = {
      sheet: 0,
      table,
      mapping: proposeMapping(table.headers),
      edits: new Map<string, string>(),
      organisations: [],
      people: [existing],
    };
    const prepared = await engine.prepare(input, () => undefined);
    if (!prepared) throw new Error('not prepared');
    const decisions = {
      skip: new Set([4, 5]),
      merges: new Map([[9, { target: { kind: 'existing' as const, id: existing.id } }]]),
      eventId: 'evt_0000000000000001' as EventId,
    };
    const built = await engine.build({
      ...decisions,
      organisations: [],
      people: [existing],
      participations: [],
    });
    const expected = buildImport(prepared.rows, decisions, {
      people: [existing],
      participations: [],
    });
    expect(built).toEqual(expected);
    expect(built?.ops.people).toHaveLength(2_500 - 3);
    expect(built?.ops.participations).toHaveLength(2_500 - 2);
    expect(built?.report).toEqual({ added: 2_497, updated: 1, skipped: 2, merged: 1 });
  });
});
