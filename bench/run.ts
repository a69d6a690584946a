// `npm run bench`: runs the registered scenarios, writes bench/results.json and bench/results.md,
// and prints the table. Numbers are never asserted; a scenario that throws is reported as failed
// and the run goes on.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { USAGE, parseArgs } from './args';
import type { BrowserBench } from './browser';
import { buildRenderer, startBrowserBench } from './browser';
import { machineInfo } from './machine';
import { BENCH_ROOT } from './paths';
import { markdownReport, mergeRuns } from './report';
import { SCENARIOS } from './scenarios';
import type { BenchContext, BenchRun, ScenarioOutcome } from './types';
import { workspaceCache } from './workspaces';

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    log(`bench: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    log(USAGE);
    return 0;
  }
  const { options } = parsed;
  const unknown = (options.scenarios ?? []).filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) {
    log(
      `bench: unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const selected = SCENARIOS.filter(
    (s) => options.scenarios === null || options.scenarios.includes(s.name),
  );
  const started = Date.now();
  let browser: Promise<BrowserBench> | null = null;
  const ctx: BenchContext = {
    options,
    workspace: workspaceCache(),
    browser: () => {
      browser ??= (async () => {
        if (!options.skipBuild) {
          log('building the renderer into dist/web-bench');
          await buildRenderer();
        }
        return startBrowserBench();
      })();
      return browser;
    },
    log,
  };

  const outcomes: ScenarioOutcome[] = [];
  // A quick run never overwrites the full results. A run of some scenarios only updates their
  // rows in the results of the same kind, so one scenario can be re-measured on its own. The
  // results are saved after every scenario, so a run cut short keeps what it finished.
  const base = join(BENCH_ROOT, options.quick ? 'bench/results-quick' : 'bench/results');
  const previous = await readFile(`${base}.json`, 'utf8')
    .then((text) => JSON.parse(text) as BenchRun)
    .catch(() => null);
  const save = async (): Promise<string> => {
    const pending = browser;
    const session = pending === null ? null : await pending.catch(() => null);
    const run: BenchRun = {
      startedAt: new Date(started).toISOString(),
      durationS: (Date.now() - started) / 1000,
      options,
      machine: machineInfo(session?.chromiumVersion ?? null),
      outcomes,
    };
    const merged = mergeRuns(
      previous,
      run,
      SCENARIOS.map((s) => s.name),
    );
    const report = markdownReport(merged);
    await writeFile(`${base}.json`, `${JSON.stringify(merged, null, 2)}\n`);
    await writeFile(`${base}.md`, report);
    return report;
  };
  try {
    for (const scenario of selected) {
      if (scenario.pending !== undefined) {
        outcomes.push({
          scenario: scenario.name,
          title: scenario.title,
          status: 'pending',
          reason: scenario.pending,
        });
        continue;
      }
      log(`${scenario.name}: ${scenario.title}`);
      try {
        const measurements = await scenario.run(ctx);
        outcomes.push({
          scenario: scenario.name,
          title: scenario.title,
          status: 'ok',
          measurements,
        });
      } catch (error) {
        const reason =
          error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
        log(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        outcomes.push({ scenario: scenario.name, title: scenario.title, status: 'failed', reason });
      }
      await save();
    }
  } finally {
    if (browser !== null)
      await (await (browser as Promise<BrowserBench>).catch(() => null))?.close();
  }

  const report = await save();
  process.stdout.write(`${report}\n`);
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
