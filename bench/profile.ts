// CPU profiles of the app, recorded through the test driver with the DevTools protocol's
// profiler (`npm run bench -- --profile DIR`), and a plain-text summary of where the time went,
// so the cause of a missed target can be read in the bench log as well as in DevTools. The
// summary is pure and unit-tested.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';

type CallFrame = { functionName: string; url: string; lineNumber: number };
/** The DevTools protocol's Profiler.Profile, as far as the summary reads it. */
export type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
};

export type Hotspot = { name: string; where: string; selfMs: number; share: number };

/** The functions with the most self time (ms), heaviest first; idle time is left out. */
export function hotspots(profile: CpuProfile, top = 15): Hotspot[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const selfUs = new Map<number, number>();
  // Each sample's time is the delta to the next one (the last sample has none).
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i];
    if (id === undefined) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const byFunction = new Map<string, Hotspot>();
  let busyUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || us === 0) continue;
    busyUs += us;
    const file = url.split('/').pop() ?? '';
    const where = file === '' ? '' : `${file}:${lineNumber + 1}`;
    const name = functionName === '' ? '(anonymous)' : functionName;
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, selfMs: 0, share: 0 };
    entry.selfMs += us / 1000;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .map((h) => ({ ...h, share: busyUs === 0 ? 0 : h.selfMs / (busyUs / 1000) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

export function formatHotspots(list: readonly Hotspot[]): string {
  return list
    .map(
      (h) =>
        `${h.selfMs.toFixed(0).padStart(7)} ms ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.name}  ${h.where}`,
    )
    .join('\n');
}

/** Runs `action` under the profiler and returns what it recorded. */
export async function profiled(
  cdp: CDPSession,
  action: () => Promise<unknown>,
): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  // 1 ms sampling: fine enough for tasks of 50 ms and more, light enough not to skew them.
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const outcome = await action().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  // Stop even when the action failed, so the next profile starts clean.
  const { profile } = await cdp.send('Profiler.stop');
  if (outcome !== null) throw outcome;
  return profile;
}

export async function saveProfile(dir: string, name: string, profile: CpuProfile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}
