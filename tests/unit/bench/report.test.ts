import { describe, expect, it } from 'vitest';
import { formatStats, machineLine, markdownTable, mergeRuns } from '../../../bench/report';
import { toMeasurement } from '../../../bench/stats';
import type { ScenarioOutcome } from '../../../bench/types';

const measured: ScenarioOutcome = {
  scenario: 'analytics',
  title: 'Analytics',
  status: 'ok',
  measurements: [
    toMeasurement({
      scenario: 'analytics',
      size: 'L',
      metric: 'distribution | gender',
      unit: 'ms',
      subject: [40, 50, 60],
      baselineLabel: 'counting loop',
      baseline: [10, 20, 30],
      limits: { ratio: 3, value: 100 },
    }),
  ],
};

describe('markdownTable', () => {
  it('shows median (min–max), baseline, ratio, target and verdict, escaping pipes', () => {
    const lines = markdownTable({ outcomes: [measured] }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '| analytics | L | distribution \\| gender | 50.0 ms (40.0 ms–60.0 ms) | counting loop | 20.0 ms (10.0 ms–30.0 ms) | 2.50× | ≤ 3× baseline, ≤ 100 ms | met |',
    );
  });

  it('lists a pending scenario with its reason and no number', () => {
    const table = markdownTable({
      outcomes: [
        { scenario: 'network', title: 'Network', status: 'pending', reason: 'not landed' },
      ],
    });
    expect(table.split('\n')[2]).toBe(
      '| network | — | pending: not landed | — | — | — | — | — | pending |',
    );
  });

  it('marks a missed target in bold', () => {
    const missed = toMeasurement({
      scenario: 'p',
      size: 'x',
      metric: 'm',
      unit: 'ms',
      subject: [3000],
      baselineLabel: 'b',
      baseline: null,
      limits: { value: 2000 },
    });
    const table = markdownTable({
      outcomes: [{ scenario: 'p', title: 'P', status: 'ok', measurements: [missed] }],
    });
    expect(table).toContain('| 3000 ms | b | — | — | ≤ 2000 ms | **missed** |');
  });
});

describe('formatting', () => {
  it('rounds by magnitude and drops the range for a single run', () => {
    expect(formatStats({ median: 1234.56, min: 1000, max: 1500, runs: 3 }, 'ms')).toBe(
      '1235 ms (1000 ms–1500 ms)',
    );
    expect(formatStats({ median: 5.678, min: 5.678, max: 5.678, runs: 1 }, 'MB')).toBe('5.68 MB');
  });

  it('describes the machine', () => {
    expect(
      machineLine({
        cpus: 2,
        cpuModel: 'AMD EPYC',
        memoryGB: 23.5,
        node: 'v20.20.2',
        chromium: '156.0',
        platform: 'linux 6',
      }),
    ).toBe('2 × AMD EPYC, 23.5 GB RAM, Node v20.20.2, Chromium 156.0, linux 6');
  });
});

describe('mergeRuns', () => {
  const machine = {
    cpus: 2,
    cpuModel: 'x',
    memoryGB: 1,
    node: 'v20',
    chromium: null,
    platform: 'p',
  };
  const options = {
    quick: false,
    sizes: ['L' as const],
    scenarios: null,
    reps: 5,
    warmup: 1,
    skipBuild: false,
    profileDir: null,
  };
  const pending = (scenario: string, reason: string): ScenarioOutcome => ({
    scenario,
    title: scenario,
    status: 'pending',
    reason,
  });
  const run = (outcomes: ScenarioOutcome[], startedAt = 't1') => ({
    startedAt,
    durationS: 1,
    options,
    machine,
    outcomes,
  });

  it('replaces the re-run scenarios, keeps the others, in registry order', () => {
    const previous = run([pending('a', 'old a'), pending('b', 'old b')], 't0');
    const merged = mergeRuns(previous, run([pending('a', 'new a')]), ['a', 'b']);
    expect(merged.outcomes).toEqual([pending('a', 'new a'), pending('b', 'old b')]);
    expect(merged.startedAt).toBe('t1');
  });

  it('starts afresh when there is nothing to merge with or the sizes differ', () => {
    const next = run([pending('a', 'new')]);
    expect(mergeRuns(null, next, ['a'])).toBe(next);
    const other = { ...run([pending('b', 'x')]), options: { ...options, sizes: ['S' as const] } };
    expect(mergeRuns(other, next, ['a', 'b'])).toBe(next);
  });
});
