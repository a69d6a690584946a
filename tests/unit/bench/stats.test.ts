import { describe, expect, it } from 'vitest';
import {
  describeLimits,
  meets,
  ratioOf,
  summarize,
  toMeasurement,
  wallAndCpu,
} from '../../../bench/stats';
import { measurePair, measureTimedPair } from '../../../bench/measure';

describe('summarize', () => {
  it('gives median, min and max of an odd and an even number of values', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, runs: 4 });
    expect(summarize([7])).toEqual({ median: 7, min: 7, max: 7, runs: 1 });
  });

  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('ratio and targets', () => {
  const s = (median: number) => summarize([median]);

  it('divides the medians, and has no ratio without a usable baseline', () => {
    expect(ratioOf(s(30), s(10))).toBe(3);
    expect(ratioOf(s(30), null)).toBeNull();
    expect(ratioOf(s(30), s(0))).toBeNull();
  });

  it('checks every limit: ratio, absolute value and difference to the baseline', () => {
    expect(meets({ ratio: 3 }, s(30), s(10))).toBe(true);
    expect(meets({ ratio: 3 }, s(31), s(10))).toBe(false);
    expect(meets({ ratio: 3, value: 100 }, s(120), s(100))).toBe(false);
    expect(meets({ delta: 400 }, s(450), s(60))).toBe(true);
    expect(meets({ delta: 400 }, s(470), s(60))).toBe(false);
    expect(meets({ ratio: 2 }, s(1), null)).toBeNull();
    expect(meets({}, s(1), s(1))).toBeNull();
  });

  it('describes the limits in words', () => {
    expect(describeLimits({ ratio: 3, value: 100 }, 'ms')).toBe('≤ 3× baseline, ≤ 100 ms');
    expect(describeLimits({ delta: 400 }, 'MB')).toBe('≤ 400 MB above baseline');
    expect(describeLimits({}, 'ms')).toBe('—');
  });

  it('builds a measurement with its headline ratio and verdict', () => {
    const m = toMeasurement({
      scenario: 'x',
      size: 'L',
      metric: 'm',
      unit: 'ms',
      subject: [20, 22, 21],
      baselineLabel: 'b',
      baseline: [10, 10, 11],
      limits: { ratio: 2 },
    });
    expect(m.ratio).toBeCloseTo(2.1);
    expect(m.met).toBe(false);
    expect(m.subject.median).toBe(21);
  });
});

describe('measurePair', () => {
  it('runs the warm-up on both sides, then interleaves the repetitions and keeps only those', async () => {
    const calls: string[] = [];
    let n = 0;
    const samples = await measurePair(
      () => {
        calls.push('s');
        return ++n;
      },
      () => {
        calls.push('b');
        return -++n;
      },
      3,
      1,
    );
    expect(calls).toEqual(['b', 's', 'b', 's', 's', 'b', 'b', 's']);
    expect(samples.subject).toHaveLength(3);
    expect(samples.baseline).toHaveLength(3);
    expect(samples.subject.every((v) => v > 2)).toBe(true);
  });
});

describe('measureTimedPair', () => {
  it('keeps a CPU sample beside each repetition, none of the warm-up, and makes two rows', async () => {
    const calls: string[] = [];
    const samples = await measureTimedPair(
      () => calls.push('s'),
      () => calls.push('b'),
      3,
      2,
    );
    expect(calls).toEqual(['b', 's', 'b', 's', 'b', 's', 's', 'b', 'b', 's']);
    for (const list of [
      samples.subject,
      samples.baseline,
      samples.cpu.subject,
      samples.cpu.baseline,
    ])
      expect(list).toHaveLength(3);
    for (const v of [...samples.cpu.subject, ...samples.cpu.baseline])
      expect(v).toBeGreaterThanOrEqual(0);
    const rows = wallAndCpu(
      {
        scenario: 'x',
        size: 'S',
        metric: 'f',
        unit: 'ms',
        baselineLabel: 'g',
        limits: { value: 1e9 },
      },
      samples,
    );
    expect(rows.map((r) => r.metric)).toEqual(['f', 'f, CPU time']);
    expect(rows[1]?.subject.runs).toBe(3);
    expect(rows.every((r) => r.met === true)).toBe(true);
  });
});
