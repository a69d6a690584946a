// Importing a 50,000-row CSV through the app's own import wizard (Chromium): the file is chosen
// in the dialog, read and parsed in the wizard's worker, normalised and validated (prepareRows),
// checked for duplicates against the workspace and the file itself (findDuplicates), and written
// by applyImport in one validated transaction, exactly as a user does it, into an empty
// workspace. Baseline in the same page: papaparse on the same text and one Dexie bulkPut of the
// parsed rows into a scratch database. Targets: ≤ 3× the baseline, and no main-thread task over
// 200 ms while importing (the longest `longtask` entry from choosing the file to "Import
// finished"). The quick run imports 1,000 rows.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { emptyWorkspaceData } from '../../shared/domain/model';
import { WATCHED } from '../browser';
import { importCsv } from '../import-csv';
import { measurePair } from '../measure';
import { BENCH_ROOT } from '../paths';
import { formatHotspots, hotspots, profiled, saveProfile } from '../profile';
import { toMeasurement } from '../stats';
import type { Scenario } from '../types';

const LIBRARIES = {
  '/__bench/papaparse.js': 'node_modules/papaparse/papaparse.min.js',
  '/__bench/dexie.js': 'node_modules/dexie/dist/dexie.min.js',
  '/__bench/import.csv': null,
} as const;

// The baseline, in the page: the least an import of this text has to do. The CSV is fetched
// before the clock starts; the scratch database is opened and emptied before it too.
const BASELINE = `(async () => {
  const csv = await (await fetch('/__bench/import.csv')).text();
  const db = new Dexie('plenary-bench-baseline');
  db.version(1).stores({ rows: 'id' });
  await db.open();
  await db.rows.clear();
  const start = performance.now();
  const parsed = Papa.parse(csv, { header: true, skipEmptyLines: true });
  const rows = parsed.data.map((row, i) => ({ id: 'row' + i, ...row }));
  await db.rows.bulkPut(rows);
  const ms = performance.now() - start;
  db.close();
  if (rows.length === 0) throw new Error('the baseline parsed no rows');
  return ms;
})()`;

/** Marks every watched page mark as seen, which ends the harness's per-frame watcher. */
const STOP_WATCHING = `for (const name of ${JSON.stringify(Object.keys(WATCHED))}) window.__bench.seen[name] ??= -1;`;

/** Resolves once `expression` is true in the page (checked every 100 ms, up to 15 minutes). */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 900_000;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type ImportSample = {
  ms: number;
  longestTaskMs: number;
  /** Where the time went: file → mapping step, → review step, → import finished. */
  phases: { readMs: number; checkMs: number; writeMs: number };
  /** The longest task in each of those phases (0 when none was over 50 ms). */
  longestIn: { read: number; check: number; write: number };
};

// Every long task of the import with its start, to say in which phase the longest ones fall.
const RECORD_TASKS = `window.__importTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__importTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask' });`;

/** The longest of `tasks` ([start, duration] in page time) starting in [from, to). */
function longestBetween(tasks: [number, number][], from: number, to: number): number {
  let longest = 0;
  for (const [at, duration] of tasks)
    if (at >= from && at < to) longest = Math.max(longest, duration);
  return longest;
}

/** Through the wizard, the way a user does it; returns the wall time and the longest task. */
async function importThroughWizard(
  page: Page,
  csvPath: string,
  rows: number,
): Promise<ImportSample> {
  const timeout = 900_000;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people from a file' });
  await dialog.waitFor();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  const fileChooser = await chooser;
  // Only what the import itself does counts towards the longest task. The harness's watcher of
  // page marks (browser.ts) is stopped: none of its marks is for this scenario, and its
  // querySelector over the review's DOM on every frame was ~2 s of the window's CPU in a
  // 50,000-row import's profile — the harness's work, measured as the app's.
  await page.evaluate(`window.__bench.longest = 0; ${STOP_WATCHING} ${RECORD_TASKS}`);
  const pageNow = () => page.evaluate<number>('performance.now()');
  const startedAt = await pageNow();
  const start = performance.now();
  // A path, not a buffer: the driver then hands the file to Chromium directly, where a buffer is
  // decoded from base64 by a script in the page — a task of seconds at 7.8 MB that is not ours.
  await fileChooser.setFiles(csvPath);
  // Waiting polls a cheap DOM check from here every 100 ms: a role locator's waitFor re-computes
  // ARIA roles and names over the whole dialog on every animation frame, on the very main thread
  // being measured (it was a sixth of the profile of a 50,000-row import).
  // Buttons are found by CSS and text for the same reason (a role locator's click computed the
  // accessible name of every element of the review for seconds).
  const actions = 'dialog.transfer-dialog .dialog__actions button';
  const button = (text: RegExp) => page.locator(actions, { hasText: text });
  await until(
    page,
    `[...document.querySelectorAll('${actions}')].some((b) => b.textContent === 'Next')`,
  );
  const mapped = performance.now();
  const mappedAt = await pageNow();
  await button(/^Next$/).click({ timeout });
  await until(
    page,
    `[...document.querySelectorAll('${actions}')].some((b) => /^Import [\\d,]+ rows$/.test(b.textContent) && !b.disabled)`,
  );
  const reviewed = performance.now();
  const reviewedAt = await pageNow();
  await button(/^Import [\d,]+ rows$/).click({ timeout });
  await until(page, `document.querySelector('dialog.transfer-dialog .transfer-report') !== null`);
  const end = performance.now();
  const ms = end - start;
  const phases = { readMs: mapped - start, checkMs: reviewed - mapped, writeMs: end - reviewed };
  const longestTaskMs = await page.evaluate<number>('window.__bench.longest');
  const tasks = await page.evaluate<[number, number][]>('window.__importTasks');
  const longestIn = {
    read: longestBetween(tasks, startedAt, mappedAt),
    check: longestBetween(tasks, mappedAt, reviewedAt),
    write: longestBetween(tasks, reviewedAt, Infinity),
  };
  const report =
    (await page.locator('dialog.transfer-dialog .transfer-report').textContent()) ?? '';
  if (!report.includes(`${rows.toLocaleString('en')} added`) && !report.includes(`${rows} added`))
    throw new Error(`the import did not add every row: "${report}"`);
  await button(/^Close$/).click();
  return { ms, longestTaskMs, phases, longestIn };
}

export const importCsvScenario: Scenario = {
  name: 'import',
  title: 'Import a 50,000-row CSV through the import wizard (Chromium)',
  async run(ctx) {
    const rows = ctx.options.quick ? 1_000 : 50_000;
    const csvText = importCsv(ctx.workspace(ctx.options.quick ? 'S' : 'L'), rows);
    const csv = Buffer.from(csvText, 'utf8');
    const csvDir = await mkdtemp(join(tmpdir(), 'plenary-bench-import-'));
    const csvPath = join(csvDir, 'registrations.csv');
    await writeFile(csvPath, csv);
    const browser = await ctx.browser();
    const app = await browser.seeded('import', emptyWorkspaceData());
    const context = app.page.context();
    for (const [path, file] of Object.entries(LIBRARIES)) {
      const body = file === null ? csv : await readFile(join(BENCH_ROOT, file));
      await context.route(`${browser.baseUrl}${path}`, (route) =>
        route.fulfill({
          status: 200,
          contentType: file === null ? 'text/csv' : 'text/javascript',
          body,
        }),
      );
    }
    const subject: ImportSample[] = [];
    const size = `${rows.toLocaleString('en')} rows`;
    // With --profile, the first import (the warm-up, when there is one, so no measured sample
    // carries the profiler's overhead) runs under the CPU profiler.
    let profileNext = ctx.options.profileDir !== null;
    const probe = async () => {
      // Every import starts from the same empty workspace.
      await app.reseed();
      await app.open();
      const dir = profileNext ? ctx.options.profileDir : null;
      profileNext = false;
      let sample: ImportSample | undefined;
      const run = async () => {
        sample = await importThroughWizard(app.page, csvPath, rows);
      };
      if (dir === null) await run();
      else {
        const profile = await profiled(app.cdp, run);
        const file = await saveProfile(dir, `import-${rows}`, profile);
        ctx.log(
          `  CPU profile of importing ${size}: ${file}\n${formatHotspots(hotspots(profile, 25))}`,
        );
      }
      if (sample === undefined) throw new Error('the import returned no sample');
      const { readMs, checkMs, writeMs } = sample.phases;
      const { read, check, write } = sample.longestIn;
      ctx.log(
        `  import: ${sample.ms.toFixed(0)} ms (read ${readMs.toFixed(0)}, check ${checkMs.toFixed(0)}, write ${writeMs.toFixed(0)}), longest task ${sample.longestTaskMs.toFixed(0)} ms (read ${read.toFixed(0)}, check ${check.toFixed(0)}, write ${write.toFixed(0)})`,
      );
      subject.push(sample);
      return sample.ms;
    };
    const baseline = async () => {
      await app.open();
      await app.page.addScriptTag({ url: '/__bench/papaparse.js' });
      await app.page.addScriptTag({ url: '/__bench/dexie.js' });
      // Under the same conditions as the import (no harness watcher).
      await app.page.evaluate(STOP_WATCHING);
      return app.page.evaluate<number>(BASELINE);
    };
    ctx.log(`  importing ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB) per repetition`);
    const samples = await measurePair(
      probe,
      baseline,
      ctx.options.reps,
      ctx.options.warmup,
    ).finally(() => rm(csvDir, { recursive: true, force: true }));
    const measured = subject.slice(-samples.subject.length);
    return [
      toMeasurement({
        scenario: 'import',
        size,
        metric: 'choose file → import finished',
        unit: 'ms',
        subject: samples.subject,
        baselineLabel: 'papaparse + one Dexie bulkPut',
        baseline: samples.baseline,
        limits: { ratio: 3 },
      }),
      toMeasurement({
        scenario: 'import',
        size,
        metric: 'longest main-thread task while importing',
        unit: 'ms',
        subject: measured.map((s) => s.longestTaskMs),
        baselineLabel: '—',
        baseline: null,
        limits: { value: 200 },
      }),
    ];
  },
};
