#!/usr/bin/env node
// `npx plenary …` and `npm run cli -- …`: runs the bundled command line (out/cli/plenary.mjs),
// building it first when it is missing or older than its sources (a fresh clone, or a checkout
// after changes). Build messages go to stderr, so stdout carries only the command's result.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = resolve(root, 'out/cli/plenary.mjs');

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return newestSource(join(root, 'cli')) > built || newestSource(join(root, 'shared')) > built;
}

if (stale()) {
  // logLevel 'error': vite's progress lines would otherwise go to stdout.
  const { build } = await import('vite');
  await build({ configFile: resolve(root, 'vite.cli.config.ts'), root, logLevel: 'error' });
}
await import(pathToFileURL(bundle).href);
