/**
 * End-to-end harness: the built renderer (dist/web, served by tests/e2e/global-setup.ts) in
 * Debian's headless Chromium, driven by playwright-core. Electron's binary cannot be downloaded
 * here, so this is how the UI is tested end to end.
 *
 * API
 *   openApp(options?)              → Promise<AppSession>  fresh temp profile, 1440×900, offline guard
 *   session.page / session.context   the Playwright Page and (persistent) BrowserContext
 *   session.consoleErrors            console.error messages and uncaught page errors, as strings
 *   session.externalRequests         URLs the app tried to reach off the preview origin (all aborted)
 *   session.goto(route)              navigate, e.g. goto('#/people'); waits for `load`
 *   session.restart(options?)      → Promise<AppSession>  close Chromium, relaunch on the SAME profile
 *   reopen(session, options?)        the same as session.restart(options)
 *   session.screenshot(path, opts?)  PNG of the page; creates parent folders; returns the path
 *   session.close()                  close Chromium and delete the profile; idempotent
 *   takeScreenshot(page, path, opts?)
 *   axeCheck(page, options?)       → Promise<AxeViolation[]>  serious + critical violations only
 *   formatViolations(violations)     readable text for an assertion message
 *
 * Every session opened inside a test is closed automatically when that test finishes (vitest's
 * onTestFinished), so a failing assertion never leaks a browser. Sessions opened in beforeAll or
 * outside tests must be closed by the caller (afterAll(() => app.close())).
 *
 * restart() keeps IndexedDB, localStorage and everything else in the profile: use it for
 * "create a person, restart, the person is still there". The old session is closed and the new one
 * owns the profile; consoleErrors and externalRequests start empty again.
 *
 * Example
 *   import { expect, test } from 'vitest';
 *   import { axeCheck, formatViolations, openApp } from './harness';
 *
 *   test('a person survives a restart', async () => {
 *     let app = await openApp({ route: '#/people' });
 *     await app.page.getByRole('button', { name: 'Add person' }).click();
 *     // …fill the form…
 *     app = await app.restart();
 *     await app.page.getByRole('cell', { name: 'Ada Lovelace' }).waitFor();
 *     const violations = await axeCheck(app.page);
 *     expect(violations, formatViolations(violations)).toEqual([]);
 *     expect(app.consoleErrors).toEqual([]);
 *     expect(app.externalRequests).toEqual([]);
 *   });
 *
 * Playwright's `expect` is not part of playwright-core: wait with locators
 * (`locator.waitFor({ state: 'visible' })`, auto-waiting `click()`/`fill()`) and assert with
 * vitest's `expect`. Defaults: locale en-US, timezone UTC, viewport 1440×900.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import {
  installOfflineGuard,
  launchChromium,
  REPO_ROOT,
  type LaunchOptions,
} from '../../scripts/e2e-support';

export type OpenAppOptions = {
  /** Appended to the base URL: '#/people', '?x=1#/graph'… Default: the app's start page. */
  route?: string;
  /** Default { width: 1440, height: 900 }. */
  viewport?: { width: number; height: number };
  /** Default 'en-US'. */
  locale?: string;
  /** Default 'UTC'. */
  timezoneId?: string;
  /** Default inject('baseUrl') from global-setup. */
  baseUrl?: string;
  /**
   * Reuse this profile folder instead of a fresh temp one. The harness then does not delete it on
   * close(); prefer session.restart(), which hands over the harness's own profile.
   */
  profileDir?: string;
  /** Anything else for chromium.launchPersistentContext (colorScheme, reducedMotion, …). */
  launchOptions?: LaunchOptions;
};

export type ScreenshotOptions = {
  /** The whole scrollable page instead of the viewport. Default false. */
  fullPage?: boolean;
};

export type AppSession = {
  page: Page;
  context: BrowserContext;
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** The Chromium profile folder (IndexedDB lives here). */
  profileDir: string;
  /** console.error messages ("[console.error] …") and uncaught errors ("[pageerror] …"). */
  consoleErrors: string[];
  /** URLs off the preview origin that the app tried to load; each one was aborted. */
  externalRequests: string[];
  /** Navigates to baseUrl + route and waits for the `load` event. */
  goto(route: string): Promise<void>;
  /** Closes Chromium (keeping the profile) and opens it again on the same profile and URL. */
  restart(options?: Omit<OpenAppOptions, 'profileDir' | 'baseUrl'>): Promise<AppSession>;
  /** Saves a PNG of the page to `path` (relative paths are relative to the repo root). */
  screenshot(path: string, options?: ScreenshotOptions): Promise<string>;
  /** Closes Chromium and deletes the temp profile. Safe to call twice. */
  close(): Promise<void>;
};

/** Launches Chromium with a fresh profile and opens the app. */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  if (options.profileDir !== undefined) {
    return launchSession(options, options.profileDir, false);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'plenary-e2e-'));
  try {
    return await launchSession(options, profileDir, true);
  } catch (error) {
    await removeProfile(profileDir);
    throw error;
  }
}

/** Closes `session`'s browser and relaunches it on the same profile (see AppSession.restart). */
export function reopen(
  session: AppSession,
  options?: Omit<OpenAppOptions, 'profileDir' | 'baseUrl'>,
): Promise<AppSession> {
  return session.restart(options);
}

async function launchSession(
  options: OpenAppOptions,
  profileDir: string,
  ownsProfile: boolean,
): Promise<AppSession> {
  // inject() is typed as always present, but is undefined outside the e2e project.
  const provided: string | undefined = options.baseUrl ?? inject('baseUrl');
  if (!provided) {
    throw new Error(
      'openApp(): no base URL. Run under the vitest "e2e" project (its globalSetup starts the ' +
        'preview server) or pass { baseUrl }.',
    );
  }
  const baseUrl = provided.replace(/\/+$/, '');
  const launchOptions: LaunchOptions = { ...options.launchOptions };
  if (options.viewport) launchOptions.viewport = options.viewport;
  if (options.locale) launchOptions.locale = options.locale;
  if (options.timezoneId) launchOptions.timezoneId = options.timezoneId;
  const context = await launchChromium(profileDir, launchOptions);

  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  let state: 'open' | 'handed-over' | 'closed' = 'open';

  const close = async (): Promise<void> => {
    if (state === 'closed') return;
    const deleteProfile = ownsProfile && state === 'open';
    state = 'closed';
    await context.close().catch(() => undefined);
    if (deleteProfile) await removeProfile(profileDir);
  };

  try {
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      consoleErrors.push(
        `[console.error] ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`,
      );
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      consoleErrors.push(`[pageerror] ${error.stack ?? error.message}`);
    });
    await installOfflineGuard(context, baseUrl, (url) => externalRequests.push(url));

    const page = context.pages()[0] ?? (await context.newPage());
    const goto = async (route: string): Promise<void> => {
      await page.goto(appUrl(baseUrl, route), { waitUntil: 'load' });
    };
    await goto(options.route ?? '');

    const session: AppSession = {
      page,
      context,
      baseUrl,
      profileDir,
      consoleErrors,
      externalRequests,
      goto,
      close,
      screenshot: (path, screenshotOptions) => takeScreenshot(page, path, screenshotOptions),
      restart: async (restartOptions = {}) => {
        if (state !== 'open') throw new Error('restart(): this session is already closed');
        const here = page.url();
        state = 'handed-over';
        await context.close();
        state = 'closed';
        const route =
          restartOptions.route ?? (here.startsWith(baseUrl) ? here.slice(baseUrl.length) : '');
        return launchSession(
          { ...options, ...restartOptions, route, baseUrl },
          profileDir,
          ownsProfile,
        );
      },
    };
    autoClose(session);
    return session;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Closes the session when the current test finishes; a no-op outside a running test. */
function autoClose(session: AppSession): void {
  try {
    onTestFinished(() => session.close());
  } catch {
    // Not inside a test (beforeAll, a script): the caller closes the session.
  }
}

function appUrl(baseUrl: string, route: string): string {
  if (route === '' || route === '/') return `${baseUrl}/`;
  if (/^[a-z][a-z\d+.-]*:/i.test(route)) return route;
  return `${baseUrl}/${route.replace(/^\/+/, '')}`;
}

async function removeProfile(profileDir: string): Promise<void> {
  await rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Saves a PNG of `page` to `path` (relative to the repo root), creating folders; returns it. */
export async function takeScreenshot(
  page: Page,
  path: string,
  options: ScreenshotOptions = {},
): Promise<string> {
  const target = resolve(REPO_ROOT, path);
  await mkdir(dirname(target), { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: target, type: 'png', fullPage: options.fullPage ?? false });
  return target;
}

export type AxeViolation = {
  /** The axe rule, e.g. 'color-contrast'. */
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  /** One entry per offending element: its CSS selector path and a failure summary. */
  nodes: { target: string; html: string; failureSummary: string | undefined }[];
};

export type AxeCheckOptions = {
  /** CSS selectors to test (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** Which impacts to return. Default ['serious', 'critical']. */
  impacts?: ImpactValue[];
  /** Passed to axe.run, e.g. { runOnly: ['wcag2a', 'wcag2aa'] } or { rules: { … } }. */
  runOptions?: RunOptions;
};

let axeSource: string | undefined;

/**
 * Runs axe-core on the page and returns the violations of impact serious or critical.
 *
 * How axe gets in: the app's CSP is `script-src 'self'`, so page.addScriptTag({ content }) is an
 * inline script and Chromium refuses it. page.evaluate(source) goes through the DevTools protocol,
 * which CSP does not govern, so axe is evaluated that way (as @axe-core/playwright does). We do not
 * use bypassCSP: the tests must see the page under its real CSP, and a CSP violation must show up
 * in consoleErrors. Only the top frame is checked (iframes: false).
 */
export async function axeCheck(page: Page, options: AxeCheckOptions = {}): Promise<AxeViolation[]> {
  axeSource ??= await readFile(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);

  const impacts = options.impacts ?? ['serious', 'critical'];
  const violations = await page.evaluate(
    async ({ include, exclude, runOptions }) => {
      const { axe } = window as unknown as {
        axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
      };
      const context =
        include || exclude ? { include: include ?? ['html'], exclude: exclude ?? [] } : document;
      const results = await axe.run(context, {
        iframes: false,
        resultTypes: ['violations'],
        ...runOptions,
      });
      return results.violations;
    },
    { include: options.include, exclude: options.exclude, runOptions: options.runOptions },
  );
  return violations
    .filter((violation: Result) => impacts.includes(violation.impact ?? null))
    .map((violation: Result) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target
          .map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
          .join(' '),
        html: node.html,
        failureSummary: node.failureSummary,
      })),
    }));
}

/** Readable summary of axe violations, for `expect(violations, formatViolations(violations))`. */
export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no accessibility violations';
  return violations
    .map(
      (violation) =>
        `${violation.impact ?? 'unknown'}: ${violation.id} — ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes.map((node) => `    ${node.target}: ${node.html}`).join('\n'),
    )
    .join('\n');
}

/** A file to hand to a file chooser: a path on disk, or a name with its contents. */
export type ChosenFile = string | { name: string; text: string | Buffer; mimeType?: string };

const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Clicks `trigger` and answers the file chooser it opens with `file`. */
export async function chooseFile(page: Page, trigger: Locator, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger.click();
  if (typeof file === 'string') {
    await (await chooser).setFiles(file);
    return;
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  await (
    await chooser
  ).setFiles({
    name: file.name,
    mimeType: file.mimeType ?? MIME_TYPES[extension] ?? 'application/octet-stream',
    buffer: typeof file.text === 'string' ? Buffer.from(file.text, 'utf8') : file.text,
  });
}

/**
 * Opens the People page's import dialog (unless it is already open) and chooses the file
 * `name` holding `text`; returns the dialog, now at its mapping step.
 */
export async function chooseImportFile(
  page: Page,
  name: string,
  text: string | Buffer,
): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Import people from a file' });
  if (!(await dialog.isVisible())) {
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.waitFor();
  }
  await chooseFile(page, dialog.getByRole('button', { name: 'Choose a file…' }), { name, text });
  return dialog;
}
