// The pure parts of the end-to-end plumbing (scripts/e2e-support.mjs): URL guard, free port,
// prerequisite messages, and the preview server's failure reports.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  assertPrerequisites,
  findFreePort,
  isAllowedUrl,
  startPreviewServer,
} from '../../../scripts/e2e-support';

const origin = 'http://127.0.0.1:41234';

describe('isAllowedUrl', () => {
  test.each([
    'http://127.0.0.1:41234/',
    'http://127.0.0.1:41234/assets/index-abc.js',
    'http://127.0.0.1:41234/#/people',
    'ws://127.0.0.1:41234/socket',
    'data:image/png;base64,AAAA',
    'blob:http://127.0.0.1:41234/5e1f6a3c-0000-4000-8000-000000000000',
    'about:blank',
  ])('allows %s', (url) => {
    expect(isAllowedUrl(url, origin)).toBe(true);
  });

  test.each([
    'http://127.0.0.1:41235/',
    'http://localhost:41234/',
    'https://127.0.0.1:41234/',
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://example.invalid/tracker.gif',
    'wss://127.0.0.1:41234/socket',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isAllowedUrl(url, origin)).toBe(false);
  });
});

test('findFreePort returns a port that can be listened on', async () => {
  const port = await findFreePort();
  expect(port).toBeGreaterThan(0);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('assertPrerequisites', () => {
  let emptyRoot: string | undefined;
  afterEach(async () => {
    if (emptyRoot) await rm(emptyRoot, { recursive: true, force: true });
    emptyRoot = undefined;
  });

  test('names a missing browser and a missing build, with what to run', async () => {
    emptyRoot = await mkdtemp(join(tmpdir(), 'plenary-prereq-'));
    let message = '';
    try {
      assertPrerequisites({ root: emptyRoot, browserPath: '/nonexistent/chromium' });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('/nonexistent/chromium');
    expect(message).toContain('apt-get install -y chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('dist/web/index.html');
    expect(message).toContain('npm run build:web');
  });

  test('rejects a path that is not an executable file', () => {
    expect(() => assertPrerequisites({ browserPath: tmpdir() })).toThrow(/not executable/);
  });
});

describe('startPreviewServer failures', () => {
  test('reports a server that exits at once, with its output', async () => {
    const root = await mkdtemp(join(tmpdir(), 'plenary-preview-'));
    try {
      await expect(startPreviewServer({ root })).rejects.toThrow(
        /vite preview .* exited early[\s\S]*Its output:[\s\S]*Cannot find module/,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('gives up after the timeout, naming the URL', async () => {
    await expect(startPreviewServer({ timeoutMs: 1 })).rejects.toThrow(
      /did not answer HTTP 200 at http:\/\/127\.0\.0\.1:\d+\/ within 1 ms/,
    );
  });
});
