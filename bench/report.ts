// The Markdown table of a run (bench/results.md, the README's Performance section). Pure.
import type { BenchRun, Measurement, MachineInfo, Stats } from './types';

function fmt(value: number, unit: Measurement['unit']): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function formatStats(stats: Stats, unit: Measurement['unit']): string {
  if (stats.runs === 1) return fmt(stats.median, unit);
  return `${fmt(stats.median, unit)} (${fmt(stats.min, unit)}–${fmt(stats.max, unit)})`;
}

function verdict(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'met' : '**missed**';
}

/** Escapes the one character that breaks a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(run: Pick<BenchRun, 'outcomes'>): string {
  const lines = [
    '| scenario | size | metric | median (min–max) | baseline | baseline median | ratio | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const outcome of run.outcomes) {
    if (outcome.status !== 'ok') {
      lines.push(
        `| ${cell(outcome.scenario)} | — | ${outcome.status}: ${cell(outcome.reason)} | — | — | — | — | — | ${outcome.status} |`,
      );
      continue;
    }
    for (const m of outcome.measurements) {
      lines.push(
        [
          '',
          cell(m.scenario),
          cell(m.size),
          cell(m.metric),
          formatStats(m.subject, m.unit),
          cell(m.baselineLabel),
          m.baseline === null ? '—' : formatStats(m.baseline, m.unit),
          m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`,
          cell(m.target),
          verdict(m.met),
          '',
        ]
          .join(' | ')
          .trim(),
      );
    }
  }
  return lines.join('\n');
}

export function machineLine(machine: MachineInfo): string {
  return [
    `${machine.cpus} × ${machine.cpuModel}`,
    `${machine.memoryGB.toFixed(1)} GB RAM`,
    `Node ${machine.node}`,
    `Chromium ${machine.chromium ?? 'not used'}`,
    machine.platform,
  ].join(', ');
}

export function markdownReport(run: BenchRun): string {
  const how = run.options.quick
    ? 'quick run (size S, one repetition, no warm-up): numbers are indicative only'
    : `${run.options.reps} repetitions after ${run.options.warmup} warm-up, sizes ${run.options.sizes.join(', ')}`;
  return [
    `Run of ${run.startedAt} (${Math.round(run.durationS)} s; ${how}).`,
    '',
    `Machine: ${machineLine(run.machine)}.`,
    '',
    markdownTable(run),
    '',
  ].join('\n');
}

/**
 * `next`'s outcomes replace those of the same scenarios in `previous` (when both ran the same
 * sizes); the rest of `previous` stays, in registry order. Machine and time are `next`'s.
 */
export function mergeRuns(
  previous: BenchRun | null,
  next: BenchRun,
  order: readonly string[],
): BenchRun {
  if (previous === null || previous.options.sizes.join() !== next.options.sizes.join()) return next;
  const replaced = new Set(next.outcomes.map((o) => o.scenario));
  const outcomes = [
    ...previous.outcomes.filter((o) => !replaced.has(o.scenario)),
    ...next.outcomes,
  ];
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  outcomes.sort((a, b) => rank(a.scenario) - rank(b.scenario));
  // A Node-only re-run keeps the Chromium version of the rows measured in Chromium.
  const chromium = next.machine.chromium ?? previous.machine.chromium;
  return { ...next, machine: { ...next.machine, chromium }, outcomes };
}
