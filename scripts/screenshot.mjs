// Screenshot of one route of the built renderer (dist/web) in headless Chromium, for docs and
// reviews. Builds nothing: run `npm run build:web` first.
//
//   npm run screenshot -- --route '#/people' --out docs/screenshots/people.png \
//     [--width 1440] [--height 900] [--wait-for '[data-testid=people-table]'] [--full-page]
//
// Starts `vite preview` on a free loopback port (like the end-to-end tests), opens the route in a
// fresh Chromium profile with every request off that origin aborted, waits for network idle, the
// optional --wait-for selector and the web fonts, saves a PNG, and stops everything again.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertPrerequisites,
  DEFAULT_VIEWPORT,
  installOfflineGuard,
  launchChromium,
  startPreviewServer,
} from './e2e-support.mjs';

const USAGE = `Usage: npm run screenshot -- --out <file.png> [--route '#/people'] [--width 1440] [--height 900]
                          [--wait-for <css selector>] [--timeout <ms>] [--full-page]`;

/** @param {string | undefined} value @param {string} name @param {number} fallback */
function positiveInt(value, name, fallback) {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`--${name} must be a positive integer, got "${value}"\n${USAGE}`);
  }
  return parsed;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      route: { type: 'string', default: '' },
      out: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      'wait-for': { type: 'string' },
      timeout: { type: 'string' },
      'full-page': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  if (!values.out.toLowerCase().endsWith('.png')) {
    throw new Error(`--out must name a .png file, got "${values.out}"`);
  }
  return {
    route: values.route ?? '',
    out: resolve(process.cwd(), values.out),
    width: positiveInt(values.width, 'width', DEFAULT_VIEWPORT.width),
    height: positiveInt(values.height, 'height', DEFAULT_VIEWPORT.height),
    waitFor: values['wait-for'],
    timeout: positiveInt(values.timeout, 'timeout', 30_000),
    fullPage: values['full-page'] ?? false,
  };
}

/** @param {string} baseUrl @param {string} route */
function routeUrl(baseUrl, route) {
  return `${baseUrl}/${route.replace(/^\/+/, '')}`;
}

async function main() {
  const options = readOptions();
  assertPrerequisites();
  const server = await startPreviewServer();
  const profileDir = await mkdtemp(join(tmpdir(), 'plenary-screenshot-'));
  /** @type {string[]} */
  const blocked = [];
  /** @type {string[]} */
  const errors = [];
  try {
    const context = await launchChromium(profileDir, {
      viewport: { width: options.width, height: options.height },
    });
    try {
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      context.on('weberror', (webError) => errors.push(webError.error().message));
      await installOfflineGuard(context, server.origin, (url) => blocked.push(url));
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(options.timeout);
      const url = routeUrl(server.baseUrl, options.route);
      await page.goto(url, { waitUntil: 'networkidle', timeout: options.timeout });
      if (options.waitFor) {
        await page.locator(options.waitFor).first().waitFor({ state: 'visible' });
      }
      // Runs in the page, where `document` exists.
      // eslint-disable-next-line no-undef
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await mkdir(dirname(options.out), { recursive: true });
      await page.screenshot({ path: options.out, type: 'png', fullPage: options.fullPage });
      console.log(
        `Saved ${options.out} (${options.width}×${options.height}${options.fullPage ? ', full page' : ''}) of ${url}`,
      );
    } finally {
      await context.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    await server.stop();
  }
  for (const url of blocked)
    console.warn(`warning: blocked a request off the app's origin: ${url}`);
  for (const error of errors) console.warn(`warning: the page logged an error: ${error}`);
}

main().catch((/** @type {unknown} */ error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
