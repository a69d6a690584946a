// The browser and preview-server plumbing shared by the end-to-end tests (tests/e2e/global-setup.ts,
// tests/e2e/harness.ts) and scripts/screenshot.mjs. Plain JavaScript so that `node` 20 runs the
// screenshot script without a TypeScript loader. TypeScript code imports it extensionless
// ('../../scripts/e2e-support'): TypeScript then reads e2e-support.d.ts, Vite/Vitest load this file.
// Keep e2e-support.d.ts in step with the exports here.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

/** The repository root (this file lives in scripts/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..');

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Chromium flags for a closed network and for running as root. Without the background-networking
 * flags Chromium keeps trying (and failing) to reach Google's hosts. Playwright forbids
 * `--user-data-dir` here: the profile directory is the first argument of launchPersistentContext.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** The default window size of every end-to-end browser and screenshot. */
export const DEFAULT_VIEWPORT = Object.freeze({ width: 1440, height: 900 });

/** `$CHROMIUM_PATH` when set and not empty, else /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/**
 * Throws one Error naming everything that is missing to run the renderer in a browser: the
 * Chromium binary and the built renderer (dist/web/index.html). A missing browser is a failure,
 * never a reason to skip.
 * @param {{ root?: string; browserPath?: string }} [options]
 */
export function assertPrerequisites(options = {}) {
  const root = options.root ?? REPO_ROOT;
  const browserPath = options.browserPath ?? chromiumPath();
  const problems = [];
  if (!isExecutableFile(browserPath)) {
    problems.push(
      `Chromium was not found (or is not executable) at ${browserPath}. ` +
        'Install Debian\'s Chromium as root with "apt-get update && apt-get install -y chromium" ' +
        '(.ci/run does this on CI), or point CHROMIUM_PATH at a Chromium or Chrome binary. ' +
        'End-to-end tests do not skip without a browser: they fail.',
    );
  }
  const index = resolve(root, process.env.PLENARY_WEB_OUT ?? 'dist/web', 'index.html');
  if (!existsSync(index)) {
    problems.push(
      `The renderer is not built: ${index} does not exist. ` +
        'Run "npm run build:web" first ("npm run test:e2e" builds it before testing).',
    );
  }
  if (problems.length > 0) {
    throw new Error(`End-to-end prerequisites missing:\n - ${problems.join('\n - ')}`);
  }
}

/** @param {string} path */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A TCP port that was free a moment ago on `host`: the port the OS picks for a listen on port 0.
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export function findFreePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close((error) => (error ? reject(error) : resolvePort(port)));
    });
  });
}

const OUTPUT_LIMIT = 64 * 1024;

/**
 * @typedef {{ root?: string; port?: number; timeoutMs?: number }} PreviewServerOptions
 * @typedef {{
 *   baseUrl: string;
 *   origin: string;
 *   port: number;
 *   pid: number;
 *   output: () => string;
 *   stop: () => Promise<void>;
 * }} PreviewServer
 * @typedef {Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'headless'>} LaunchOptions
 */

/**
 * Starts `vite preview` on the built renderer (dist/web) on a free loopback port and waits until it
 * answers HTTP 200. Retries with another port when the chosen one was taken in between.
 * @param {PreviewServerOptions} [options]
 * @returns {Promise<PreviewServer>}
 */
export async function startPreviewServer(options = {}) {
  const attempts = options.port === undefined ? 3 : 1;
  /** @type {unknown} */
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await startOnce({ ...options, port: options.port ?? (await findFreePort()) });
    } catch (error) {
      lastError = error;
      if (!(error instanceof PortInUseError)) throw error;
    }
  }
  throw lastError;
}

class PortInUseError extends Error {}

/** @param {PreviewServerOptions & { port: number }} options */
async function startOnce(options) {
  const root = options.root ?? REPO_ROOT;
  const host = '127.0.0.1';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const port = options.port;
  const baseUrl = `http://${host}:${port}`;
  const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
  const args = [
    viteBin,
    'preview',
    '--config',
    'vite.web.config.ts',
    '--host',
    host,
    '--port',
    String(port),
    '--strictPort',
  ];
  // `node vite.js` directly (not npx or npm run): the pid we hold is the server itself, so killing
  // it leaves nothing behind.
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {Promise<void>} */
  const exited = new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
  /** @type {Error | undefined} */
  let spawnError;
  child.once('error', (error) => {
    spawnError = error;
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  const describeFailure = (/** @type {string} */ why) =>
    `vite preview (${[process.execPath, ...args].join(' ')}) ${why}.\n` +
    `Its output:\n${output.trim() || '(nothing)'}`;

  const deadline = Date.now() + timeoutMs;
  /** @type {string} */
  let lastProblem;
  for (;;) {
    if (spawnError) {
      await stop();
      throw new Error(describeFailure(`could not start: ${spawnError.message}`));
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      process.removeListener('exit', killOnExit);
      const status = child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode;
      const message = describeFailure(`exited early (${status})`);
      if (/already in use|EADDRINUSE/i.test(output)) throw new PortInUseError(message);
      throw new Error(message);
    }
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = describeError(error);
    }
    if (Date.now() >= deadline) {
      await stop();
      throw new Error(
        describeFailure(
          `did not answer HTTP 200 at ${baseUrl}/ within ${timeoutMs} ms (last: ${lastProblem})`,
        ),
      );
    }
    await sleep(100);
  }

  return {
    baseUrl,
    origin: baseUrl,
    port,
    pid: /** @type {number} */ (child.pid),
    output: () => output,
    stop,
  };
}

/** @param {unknown} error */
function describeError(error) {
  if (!(error instanceof Error)) return typeof error === 'string' ? error : JSON.stringify(error);
  const cause = /** @type {{ cause?: unknown }} */ (error).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

/**
 * Launches Debian's Chromium headless with a persistent profile in `profileDir` (which the caller
 * creates and removes) and the flags of CHROMIUM_ARGS.
 * @param {string} profileDir
 * @param {LaunchOptions} [options]
 */
export function launchChromium(profileDir, options = {}) {
  const extraArgs = options.args ?? [];
  return chromium.launchPersistentContext(profileDir, {
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options,
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: options.viewport ?? { ...DEFAULT_VIEWPORT },
  });
}

/**
 * Whether a request URL stays on the machine: the preview server's origin (and WebSockets to its
 * host and port), or data:, blob: and about: URLs, which never touch the network.
 * @param {string} url
 * @param {string} origin e.g. http://127.0.0.1:4173
 */
export function isAllowedUrl(url, origin) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') {
    return true;
  }
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    parsed = new URL(`${parsed.protocol === 'ws:' ? 'http:' : 'https:'}//${parsed.host}`);
  }
  return parsed.origin === new URL(origin).origin;
}

/**
 * Aborts every request (HTTP and WebSocket) of `context` that leaves `origin`, and reports it to
 * `onBlocked`. The app must work fully offline, so anything reported here is a bug.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @param {(url: string) => void} onBlocked
 */
export async function installOfflineGuard(context, origin, onBlocked) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isAllowedUrl(url, origin)) {
      await route.continue();
    } else {
      onBlocked(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.routeWebSocket(
    (url) => !isAllowedUrl(url.href, origin),
    async (ws) => {
      onBlocked(ws.url());
      await ws.close({ code: 1008, reason: 'Blocked by the Plenary end-to-end offline guard' });
    },
  );
}
