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

/** Milliseconds of CPU this process (all its threads, GC included) spent since `start`. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

export type TimedPair = PairedSamples & { cpu: PairedSamples };

/**
 * measurePair for Node code, recording each call's CPU time beside its wall time. On a machine
 * shared by several users wall time mostly measures the others' load; CPU time is what the code
 * costs (what wall time would be on a quiet machine, for single-threaded code).
 */
export async function measureTimedPair(
  subject: () => unknown,
  baseline: () => unknown,
  reps: number,
  warmup: number,
): Promise<TimedPair> {
  const cpu: PairedSamples = { subject: [], baseline: [] };
  const probe = (fn: () => unknown, into: number[]) => async () => {
    const startCpu = process.cpuUsage();
    const wall = await timed(fn);
    into.push(cpuMsSince(startCpu));
    return wall;
  };
  const wall = await measurePair(
    probe(subject, cpu.subject),
    probe(baseline, cpu.baseline),
    reps,
    warmup,
  );
  // Each probe ran `warmup` times before its repetitions.
  return {
    ...wall,
    cpu: { subject: cpu.subject.slice(warmup), baseline: cpu.baseline.slice(warmup) },
  };
}
