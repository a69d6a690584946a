// The repository root, found by walking up to package.json: the bench runs both from its sources
// (tests) and bundled in dist/bench/run.mjs, so a fixed '..' would be wrong in one of them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench'))) return dir;
    if (dirname(dir) === dir) throw new Error(`bench: no repository root above ${start}`);
  }
}

export const BENCH_ROOT = findRepoRoot(import.meta.dirname);
