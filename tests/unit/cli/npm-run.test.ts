// `npm run cli -- …` as a user types it, in a real subprocess: stdout must carry only the
// command's result (npm's run-script banner goes to stderr thanks to the project's .npmrc).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

/** The environment of a user's shell: without the npm_config_* that an outer `npm test` sets. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries<string | undefined>(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)),
  );
}

describe('npm run cli', () => {
  it('prints only the report JSON on stdout', { timeout: 180_000 }, async () => {
    const { stdout, stderr } = await run(
      'npm',
      [
        'run',
        'cli',
        '--',
        'report',
        '--input',
        'tests/fixtures/import/multi-nationality.csv',
        '--dimension',
        'nationality',
        '--format',
        'json',
      ],
      { cwd: root, env: userEnv() },
    );
    const report = JSON.parse(stdout) as {
      dimension: string;
      total: number;
      categories: { key: string; count: number; share: number }[];
    };
    expect(report.dimension).toBe('nationality');
    expect(report.total).toBeGreaterThan(0);
    expect(report.categories.length).toBeGreaterThan(0);
    for (const c of report.categories) expect(c.share).toBeCloseTo(c.count / report.total, 10);
    // The banner is still shown to the person at the terminal, on stderr.
    expect(stderr).toContain('> plenary@');
  });
});
