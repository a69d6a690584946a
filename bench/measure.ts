// Repetition with a warm-up, subject and baseline interleaved so that a burst of load from
// the other users of a shared machine hits both sides instead of one.
export type Probe = () => Promise<number> | number;
export type PairedSamples = { subject: number[]; baseline: number[] };

export async function measurePair(
  subject: Probe,
  baseline: Probe,
  reps: number,
  warmup: number,
): Promise<PairedSamples> {
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await subject();
  }
  const out: PairedSamples = { subject: [], baseline: [] };
  for (let i = 0; i < reps; i++) {
    // Alternate which side goes first, so neither always runs on a cooler cache.
    if (i % 2 === 0) {
      out.baseline.push(await baseline());
      out.subject.push(await subject());
    } else {
      out.subject.push(await subject());
      out.baseline.push(await baseline());
    }
  }
  return out;
}

/** Milliseconds one call of fn takes (performance.now, monotonic). */
export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
