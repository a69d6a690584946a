import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { generateDemoWorkspace } from '../../../shared/demo';
import { ALL_MALE_PODIUM } from '../../../shared/demo';
import { parseWorkspaceFile } from '../../../shared/export/workspace-file';
import { toWorkspaceFile } from '../../../shared/workspace-file';
import { fakeIo, text } from './fake-io';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const NOW = '2026-11-28T10:00:00.000Z';
const demo = generateDemoWorkspace({ now: NOW });
const demoFile = JSON.stringify(
  toWorkspaceFile(demo, { name: 'Demo', createdAt: NOW }, NOW, 'test'),
);

describe('plenary import', () => {
  it('imports a CSV into a new workspace file and prints the report', async () => {
    const io = fakeIo({ 'in.csv': fixture('duplicates.csv') });
    expect(await runCli(['import', '--input', 'in.csv', '--output', 'ws.json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      added: 5,
      updated: 0,
      skipped: 0,
      merged: 0,
      duplicates: 4,
    });
    const parsed = parseWorkspaceFile(text(io, 'ws.json'));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    expect(parsed.file.data.people.map((p) => p.familyName)).toEqual([
      'Odhiambo',
      'Amina',
      'Odhiámbo',
      'Smith',
      'Smith',
    ]);
    expect(io.err()).toContain(
      'row 3 may be the same person as row 2 (same-name-reordered); kept apart.',
    );
  });

  it('adds to an existing workspace, into an event, matching organisations', async () => {
    const io = fakeIo({ 'in.csv': fixture('role-status.csv'), 'ws.json': demoFile });
    const event = demo.events.find((e) => e.kind === 'conference')!;
    const code = await runCli(
      [
        'import',
        '--input',
        'in.csv',
        '--workspace',
        'ws.json',
        '--event',
        event.name,
        '--output',
        'out.json',
      ],
      io,
    );
    expect(code).toBe(0);
    const parsed = parseWorkspaceFile(text(io, 'out.json'));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    expect(parsed.file.data.people).toHaveLength(demo.people.length + 4);
    const added = parsed.file.data.participations.slice(demo.participations.length);
    expect(added.map((p) => [p.eventId, p.role, p.status])).toEqual([
      [event.id, 'speaker', 'confirmed'],
      [event.id, 'panelist', 'invited'],
      [event.id, 'moderator', 'confirmed'],
      [event.id, 'participant', 'candidate'],
    ]);
  });

  it('uses a saved mapping', async () => {
    const csv = 'Col A,Col B\nAda,Lovelace\n';
    const mapping = JSON.stringify({
      name: 'm',
      columns: { 'Col A': 'givenName', 'Col B': 'familyName' },
    });
    const io = fakeIo({ 'in.csv': csv, 'm.json': mapping });
    expect(
      await runCli(
        ['import', '--input', 'in.csv', '--mapping', 'm.json', '--output', 'ws.json'],
        io,
      ),
    ).toBe(0);
    expect(text(io, 'ws.json')).toContain('"familyName": "Lovelace"');
  });

  it.each([
    ['empty.csv', 'The file is empty.'],
    ['binary.csv', 'binary data'],
    ['truncated.xlsx', 'damaged or incomplete'],
    ['password-protected.xlsx', 'password-protected'],
    ['zip-bomb.xlsx', 'far more data'],
  ])('refuses %s and writes nothing', async (name, message) => {
    const io = fakeIo({ in: fixture(name) });
    expect(await runCli(['import', '--input', 'in', '--output', 'ws.json'], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.files.has('ws.json')).toBe(false);
    expect(io.out()).toBe('');
  });

  it('refuses a file with no name column, an unknown event and a bad mapping file', async () => {
    const a = fakeIo({ 'in.csv': 'Colour,Size\nred,L\n' });
    expect(await runCli(['import', '--input', 'in.csv', '--output', 'o.json'], a)).toBe(1);
    expect(a.err()).toContain('no column could be mapped to a name');
    const b = fakeIo({ 'in.csv': fixture('utf8.csv'), 'ws.json': demoFile });
    expect(
      await runCli(
        [
          'import',
          '--input',
          'in.csv',
          '--workspace',
          'ws.json',
          '--event',
          'Nope',
          '--output',
          'o.json',
        ],
        b,
      ),
    ).toBe(1);
    expect(b.err()).toContain('no event "Nope"');
    const c = fakeIo({ 'in.csv': fixture('utf8.csv'), 'm.json': '{"columns": {"A": "shoeSize"}}' });
    expect(
      await runCli(['import', '--input', 'in.csv', '--mapping', 'm.json', '--output', 'o.json'], c),
    ).toBe(1);
    expect(c.err()).toContain('not a valid mapping file');
    for (const io of [a, b, c]) expect(io.files.has('o.json')).toBe(false);
  });

  it('rejects a bad --role as a usage error', async () => {
    const io = fakeIo({ 'in.csv': fixture('utf8.csv') });
    expect(
      await runCli(['import', '--input', 'in.csv', '--output', 'o.json', '--role', 'king'], io),
    ).toBe(2);
    expect(io.err()).toContain('--role must be one of');
  });
});

describe('plenary validate', () => {
  it('lists every problem with row, column, value and reason, and exits 1', async () => {
    const io = fakeIo({
      'in.csv': fixture('invalid-email.csv'),
      'u.csv': fixture('unknown-country.csv'),
    });
    expect(await runCli(['validate', '--input', 'in.csv'], io)).toBe(1);
    expect(io.out()).toBe(
      'row 2\tE-mail\t"not-an-email"\terror\tThis is not a valid e-mail address.\n',
    );
    const json = fakeIo({ 'u.csv': fixture('unknown-country.csv') });
    expect(await runCli(['validate', '--input', 'u.csv', '--format', 'json'], json)).toBe(1);
    expect(JSON.parse(json.out())).toEqual({
      rows: 2,
      problems: [
        {
          row: 2,
          column: 'Nationality',
          value: 'Wakanda',
          severity: 'warning',
          reason: 'transfer.problem.unknownCountry',
          message: 'Unknown country "Wakanda": it is left out.',
        },
      ],
    });
  });

  it('exits 0 with no output for a clean file', async () => {
    const io = fakeIo({ 'in.csv': fixture('namibia.csv') });
    expect(await runCli(['validate', '--input', 'in.csv'], io)).toBe(0);
    expect(io.out()).toBe('');
  });

  it('validates workspace files too', async () => {
    const good = fakeIo({ 'ws.json': demoFile });
    expect(await runCli(['validate', '--input', 'ws.json'], good)).toBe(0);
    const bad = fakeIo({ 'ws.json': '[1,2' });
    expect(await runCli(['validate', '--input', 'ws.json'], bad)).toBe(1);
    expect(bad.out()).toContain('not valid JSON');
  });
});

describe('plenary report', () => {
  it('reports the all-male podium of the demo by gender, as the issue specifies', async () => {
    const podium = demo.events.find((e) => e.name.includes(ALL_MALE_PODIUM))!;
    const io = fakeIo({ 'ws.json': demoFile });
    expect(
      await runCli(
        ['report', '--input', 'ws.json', '--dimension', 'gender', '--event', podium.id],
        io,
      ),
      io.err(),
    ).toBe(0);
    const result = JSON.parse(io.out()) as {
      dimension: string;
      total: number;
      unknown: number;
      categories: { key: string; count: number; share: number }[];
    };
    expect(result.dimension).toBe('gender');
    expect(result.total).toBeGreaterThan(0);
    expect(result.categories).toEqual([
      { key: 'man', label: 'Man', count: result.total, share: 1 },
    ]);
  });

  it('counts a person with two nationalities in both categories', async () => {
    const io = fakeIo({ 'in.csv': fixture('multi-nationality.csv') });
    expect(await runCli(['report', '--input', 'in.csv', '--dimension', 'nationality'], io)).toBe(0);
    const result = JSON.parse(io.out()) as {
      total: number;
      categories: { key: string; count: number; share: number }[];
    };
    expect(result.total).toBe(4);
    expect(result.categories.slice(0, 2)).toEqual([
      { key: 'DE', label: 'Germany', count: 2, share: 0.5 },
      { key: 'KE', label: 'Kenya', count: 2, share: 0.5 },
    ]);
  });

  it('uses a custom scheme file and writes CSV and Markdown', async () => {
    const scheme = JSON.stringify({
      name: 'Two blocs',
      groups: { East: ['KE', 'CN'], West: ['DE', 'FR', 'CA'] },
    });
    const io = fakeIo({ 'in.csv': fixture('multi-nationality.csv'), 's.json': scheme });
    expect(
      await runCli(
        [
          'report',
          '--input',
          'in.csv',
          '--dimension',
          'nationality',
          '--scheme',
          'custom:s.json',
          '--format',
          'csv',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toBe(
      'key,label,count,share\nWest,West,3,0.75\nEast,East,2,0.5\n,Unknown,1,0.25\n',
    );
    const md = fakeIo({ 'in.csv': fixture('role-status.csv') });
    expect(
      await runCli(['report', '--input', 'in.csv', '--dimension', 'role', '--format', 'md'], md),
    ).toBe(0);
    expect(md.out()).toContain('| **Total** | **4** | |');
  });

  it.each([
    [['report', '--input', 'ws.json', '--dimension', 'height'], 2, '--dimension must be one of'],
    [
      ['report', '--input', 'ws.json', '--dimension', 'gender', '--scheme', 'ldc'],
      2,
      '--scheme applies',
    ],
    [
      ['report', '--input', 'ws.json', '--dimension', 'nationality', '--scheme', 'planets'],
      2,
      '--scheme must be one of',
    ],
    [
      ['report', '--input', 'ws.json', '--dimension', 'gender', '--status', 'maybe'],
      2,
      'unknown status "maybe"',
    ],
    [
      ['report', '--input', 'ws.json', '--dimension', 'gender', '--event', 'Nowhere'],
      1,
      'no event "Nowhere"',
    ],
    [
      [
        'report',
        '--input',
        'ws.json',
        '--dimension',
        'nationality',
        '--scheme',
        'custom:missing.json',
      ],
      1,
      'cannot find missing.json',
    ],
  ])('%j exits %i', async (argv, code, message) => {
    const io = fakeIo({ 'ws.json': demoFile });
    expect(await runCli(argv, io)).toBe(code);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
  });
});

describe('plenary export, other formats', () => {
  it('writes CSV, XLSX, GEXF, GraphML and a pseudonymised file', { timeout: 60_000 }, async () => {
    const io = fakeIo({ 'ws.json': demoFile });
    for (const [format, out] of [
      ['csv', 'p.csv'],
      ['xlsx', 'w.xlsx'],
      ['gexf', 'g.gexf'],
      ['graphml', 'g.graphml'],
      ['json', 'anon.json'],
    ]) {
      const extra = format === 'json' ? ['--pseudonymise'] : [];
      expect(
        await runCli(
          ['export', '--input', 'ws.json', '--format', format!, '--output', out!, ...extra],
          io,
        ),
      ).toBe(0);
    }
    expect(text(io, 'p.csv').split('\r\n')).toHaveLength(
      demo.people.filter((p) => p.deletedAt === null).length + 2,
    );
    expect(text(io, 'g.gexf')).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text(io, 'g.graphml')).toContain('<key id="e_role" for="edge" attr.name="role"');
    const anon = text(io, 'anon.json');
    for (const p of demo.people.slice(0, 20)) {
      expect(anon).not.toContain(p.id);
      if (p.email) expect(anon).not.toContain(p.email);
    }
    expect(io.files.get('w.xlsx')!.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
