import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { parseWorkspaceFile } from '../../../shared/export/workspace-file';
import { toWorkspaceFile } from '../../../shared/workspace-file';
import { aPerson } from '../../helpers/builders';
import { edit, remove, replicaOf, workspaceWith } from '../shared/merge/replica';
import { fakeIo, text } from './fake-io';

const NOW = '2026-11-28T10:00:00.000Z';

function files() {
  const shared = aPerson({ familyName: 'Otieno', email: 'a@example.org' });
  const gone = aPerson({ familyName: 'Mensah' });
  const base = workspaceWith([shared, gone]);
  const mine = replicaOf('Amina', base);
  const theirs = replicaOf('Kofi', base);
  edit(mine, shared.id, { phone: '+254 1' });
  edit(theirs, shared.id, { phone: '+254 2', notes: 'from Kofi' });
  remove(theirs, gone.id);
  const file = (data: typeof base, by: string) =>
    JSON.stringify(toWorkspaceFile(data, { name: 'Team', createdAt: NOW }, NOW, by));
  return { shared, gone, mine: file(mine.data, 'Amina'), theirs: file(theirs.data, 'Kofi') };
}

const run = (io: ReturnType<typeof fakeIo>, extra: string[] = []) =>
  runCli(
    ['merge', '--base', 'mine.json', '--input', 'theirs.json', '--output', 'out.json', ...extra],
    io,
  );

describe('plenary merge', () => {
  it('writes the merged workspace and prints the summary with every conflict', async () => {
    const { shared, gone, mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    expect(await run(io, ['--format', 'json'])).toBe(0);
    const summary = JSON.parse(io.out()) as Record<string, unknown>;
    expect(summary).toMatchObject({ added: 0, updated: 1, deleted: 1 });
    expect(summary.conflicts).toEqual([
      expect.objectContaining({
        type: 'field',
        id: shared.id,
        field: 'phone',
        mine: '+254 1',
        theirs: '+254 2',
        chosen: 'theirs',
      }),
    ]);
    const parsed = parseWorkspaceFile(text(io, 'out.json'));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    const people = new Map(parsed.file.data.people.map((p) => [p.id, p]));
    expect(people.get(shared.id)).toMatchObject({ phone: '+254 2', notes: 'from Kofi' });
    expect(people.get(gone.id)?.deletedAt).not.toBeNull();
  });

  it('--prefer mine keeps my side of each conflict, and still lists it', async () => {
    const { shared, mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    expect(await run(io, ['--prefer', 'mine'])).toBe(0);
    const summary = JSON.parse(io.out()) as { conflicts: { chosen: string }[] };
    expect(summary.conflicts.map((c) => c.chosen)).toEqual(['mine']);
    const parsed = parseWorkspaceFile(text(io, 'out.json'));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    expect(parsed.file.data.people.find((p) => p.id === shared.id)?.phone).toBe('+254 1');
  });

  it('prints exactly the summary keys of the contract, --prefer theirs, conflicts listed', async () => {
    const { shared, mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    expect(await run(io, ['--prefer', 'theirs'])).toBe(0);
    const summary = JSON.parse(io.out()) as Record<string, unknown>;
    for (const key of ['added', 'updated', 'deleted']) expect(typeof summary[key]).toBe('number');
    const [conflict] = summary.conflicts as Record<string, unknown>[];
    expect(conflict).toMatchObject({
      type: 'field',
      id: shared.id,
      field: 'phone',
      chosen: 'theirs',
    });
    expect(Object.keys(conflict!)).toEqual(
      expect.arrayContaining(['type', 'id', 'field', 'mine', 'theirs']),
    );
  });

  it('people erased in either file stay erased in the merged file, which carries the ids on', async () => {
    const { shared, gone, mine } = files();
    // Kofi erased `gone`; Amina's file still holds them.
    const base = JSON.parse(mine) as { data: { people: { id: string }[] } };
    const theirs = {
      ...base,
      exportedBy: 'Kofi',
      data: { ...base.data, people: base.data.people.filter((p) => p.id !== gone.id) },
      team: { erased: [gone.id, 'Not an id: Jane Doe'], writers: {} },
    };
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': JSON.stringify(theirs) });
    expect(await run(io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ deleted: 1 });
    const out = JSON.parse(text(io, 'out.json')) as {
      data: { people: { id: string }[] };
      team: { erased: string[] };
    };
    expect(out.data.people.map((p) => p.id)).toEqual([shared.id]);
    // Only bare ids travel on.
    expect(out.team.erased).toEqual([gone.id]);
  });

  it('merging the merged file again changes nothing', async () => {
    const { mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    await run(io);
    const again = fakeIo({ 'mine.json': text(io, 'out.json'), 'theirs.json': theirs });
    expect(await run(again)).toBe(0);
    expect(JSON.parse(again.out())).toMatchObject({
      added: 0,
      updated: 0,
      deleted: 0,
      conflicts: [],
    });
  });

  it.each([
    [['--prefer', 'loudest'], 2, '--prefer must be one of mine, theirs, newest'],
    [['--format', 'csv'], 2, '--format must be json'],
  ])('refuses bad options %j with a usage error and writes nothing', async (extra, code, msg) => {
    const { mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    expect(await run(io, extra)).toBe(code);
    expect(io.err()).toContain(msg);
    expect(io.files.has('out.json')).toBe(false);
  });

  it('refuses a missing option, a missing file and an invalid file', async () => {
    const { mine, theirs } = files();
    const io = fakeIo({ 'mine.json': mine, 'theirs.json': theirs });
    expect(await runCli(['merge', '--base', 'mine.json', '--output', 'o.json'], io)).toBe(2);
    expect(io.err()).toContain('--input is required');
    const missing = fakeIo({ 'mine.json': mine });
    expect(await run(missing)).toBe(1);
    expect(missing.err()).toContain('theirs.json');
    const invalid = fakeIo({ 'mine.json': mine, 'theirs.json': '{"format": "x"}' });
    expect(await run(invalid)).toBe(1);
    expect(invalid.err()).toContain('not a Plenary workspace file');
    expect(invalid.files.has('out.json')).toBe(false);
  });
});
