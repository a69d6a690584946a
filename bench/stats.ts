// Summaries of repeated measurements and the verdict against a target. Pure, unit-tested.
import type { Limits, Measurement, Stats } from './types';

export function summarize(values: readonly number[]): Stats {
  if (values.length === 0) throw new RangeError('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

/** subject / baseline of the medians; null when the baseline is missing or zero. */
export function ratioOf(subject: Stats, baseline: Stats | null): number | null {
  if (baseline === null || baseline.median <= 0) return null;
  return subject.median / baseline.median;
}

/** Human text of the limits, e.g. "≤ 3× and ≤ 100 ms". */
export function describeLimits(limits: Limits, unit: Measurement['unit']): string {
  const parts: string[] = [];
  if (limits.ratio !== undefined) parts.push(`≤ ${limits.ratio}× baseline`);
  if (limits.value !== undefined) parts.push(`≤ ${limits.value} ${unit}`);
  if (limits.delta !== undefined) parts.push(`≤ ${limits.delta} ${unit} above baseline`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

/** Whether the medians meet every limit; null when a needed baseline is missing or no limit is set. */
export function meets(limits: Limits, subject: Stats, baseline: Stats | null): boolean | null {
  const checks: boolean[] = [];
  if (limits.ratio !== undefined) {
    const ratio = ratioOf(subject, baseline);
    if (ratio === null) return null;
    checks.push(ratio <= limits.ratio);
  }
  if (limits.value !== undefined) checks.push(subject.median <= limits.value);
  if (limits.delta !== undefined) {
    if (baseline === null) return null;
    checks.push(subject.median - baseline.median <= limits.delta);
  }
  return checks.length === 0 ? null : checks.every(Boolean);
}

export type MeasurementInput = {
  scenario: string;
  size: string;
  metric: string;
  unit: Measurement['unit'];
  subject: readonly number[];
  baselineLabel: string;
  baseline: readonly number[] | null;
  limits: Limits;
};

export function toMeasurement(input: MeasurementInput): Measurement {
  const subject = summarize(input.subject);
  const baseline = input.baseline === null ? null : summarize(input.baseline);
  return {
    scenario: input.scenario,
    size: input.size,
    metric: input.metric,
    unit: input.unit,
    subject,
    baselineLabel: input.baselineLabel,
    baseline,
    ratio: ratioOf(subject, baseline),
    target: describeLimits(input.limits, input.unit),
    met: meets(input.limits, subject, baseline),
  };
}

/** The wall-time row and the CPU-time row of a Node scenario (measureTimedPair), same limits. */
export function wallAndCpu(
  input: Omit<MeasurementInput, 'subject' | 'baseline'>,
  samples: {
    subject: readonly number[];
    baseline: readonly number[];
    cpu: { subject: readonly number[]; baseline: readonly number[] };
  },
): Measurement[] {
  return [
    toMeasurement({ ...input, subject: samples.subject, baseline: samples.baseline }),
    toMeasurement({
      ...input,
      metric: `${input.metric}, CPU time`,
      subject: samples.cpu.subject,
      baseline: samples.cpu.baseline,
    }),
  ];
}
