import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { generateDemoWorkspace } from '../../../shared/demo';
import { parseWorkspaceFile } from '../../../shared/export/workspace-file';
import { toWorkspaceFile } from '../../../shared/workspace-file';
import { fakeIo, text } from './fake-io';

const NOW = '2026-11-28T10:00:00.000Z';
const demo = generateDemoWorkspace({ now: NOW });
const demoFile = JSON.stringify(
  toWorkspaceFile(demo, { name: 'Demo', createdAt: NOW }, NOW, 'test'),
);

describe('plenary export --format json', () => {
  it('writes a workspace file with every record and nothing on stdout', async () => {
    const io = fakeIo({ 'ws.json': demoFile });
    const code = await runCli(
      ['export', '--input', 'ws.json', '--format', 'json', '--output', 'out.json'],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toBe('');
    const parsed = parseWorkspaceFile(text(io, 'out.json'));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    expect(parsed.file.data).toEqual(demo);
    expect(parsed.file.exportedAt).toBe('2026-11-28T12:00:00.000Z');
  });

  it.each([
    ['not json', '{"format": ', 'not valid JSON'],
    [
      'another format',
      '{"format": "something-else", "version": 1}',
      'not a Plenary workspace file',
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'plenary-workspace', version: 9, workspace: {}, data: {} }),
      'newer Plenary (workspace file version 9)',
    ],
    [
      'an invalid record',
      JSON.stringify({
        ...JSON.parse(demoFile),
        data: { ...demo, people: [{ ...demo.people[0], email: 'not-an-email' }] },
      }),
      'data.people[0].email (validation.invalidEmail)',
    ],
  ])('refuses %s, with a clear message and no output file', async (_name, contents, message) => {
    const io = fakeIo({ 'ws.json': contents });
    const code = await runCli(['export', '--input', 'ws.json', '--output', 'out.json'], io);
    expect(code).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.files.has('out.json')).toBe(false);
    expect(io.out()).toBe('');
  });

  it('reports a missing input file', async () => {
    const io = fakeIo();
    expect(await runCli(['export', '--input', 'nope.json', '--output', 'o.json'], io)).toBe(1);
    expect(io.err()).toContain('cannot find nope.json');
  });

  it.each([
    [['export', '--input', 'ws.json'], '--output is required'],
    [
      ['export', '--input', 'ws.json', '--output', 'o.json', '--colour', 'red'],
      'Unknown option --colour',
    ],
    [
      ['export', '--input', 'ws.json', '--output', 'o.json', '--format', 'pdf'],
      '--format must be one of',
    ],
    [['export', '--input'], '--input needs a value'],
  ])('treats %j as a usage error (exit 2)', async (argv, message) => {
    const io = fakeIo({ 'ws.json': demoFile });
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain('Usage: plenary export');
  });
});

describe('plenary dispatch', () => {
  it('rejects an unknown command with exit 2 and lists the commands', async () => {
    const io = fakeIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
    expect(io.err()).toContain('export');
  });

  it('prints a command usage on help', async () => {
    const io = fakeIo();
    expect(await runCli(['help', 'export'], io)).toBe(0);
    expect(io.out()).toContain('Usage: plenary export');
  });
});
