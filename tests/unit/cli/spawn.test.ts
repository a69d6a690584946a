// Runs the real command line as a user would (node bin/plenary.mjs), building the bundle if needed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../shared/demo';
import { toWorkspaceFile } from '../../../shared/workspace-file';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../../bin/plenary.mjs');
const dir = mkdtempSync(join(tmpdir(), 'plenary-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plenary(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the plenary executable', () => {
  it('exports a workspace file, keeping stdout for results only', { timeout: 60_000 }, async () => {
    const now = '2026-11-28T10:00:00.000Z';
    const data = generateDemoWorkspace({ now });
    writeFileSync(
      join(dir, 'ws.json'),
      JSON.stringify(toWorkspaceFile(data, { name: 'Demo', createdAt: now }, now, 't')),
    );
    const ok = await plenary([
      'export',
      '--input',
      'ws.json',
      '--format',
      'json',
      '--output',
      'copy.json',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    const copy = JSON.parse(readFileSync(join(dir, 'copy.json'), 'utf8')) as { data: unknown };
    expect(copy.data).toEqual(data);

    writeFileSync(join(dir, 'bad.json'), 'not json');
    const bad = await plenary(['export', '--input', 'bad.json', '--output', 'bad-out.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('not valid JSON');
    expect(existsSync(join(dir, 'bad-out.json'))).toBe(false);
  });
});
