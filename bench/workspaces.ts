// The synthetic workspaces of a run, generated once per size with a fixed clock and seed.
import type { WorkspaceData } from '../shared/domain/model';
import type { SyntheticSize } from '../shared/demo/synthetic';
import { SYNTHETIC_SIZES, generateSyntheticWorkspace } from '../shared/demo/synthetic';

export const BENCH_NOW = '2026-11-28T12:00:00.000Z';

export function workspaceCache(): (size: SyntheticSize) => WorkspaceData {
  const cache = new Map<SyntheticSize, WorkspaceData>();
  return (size) => {
    let data = cache.get(size);
    if (data === undefined) {
      data = generateSyntheticWorkspace({ people: SYNTHETIC_SIZES[size], now: BENCH_NOW });
      cache.set(size, data);
    }
    return data;
  };
}
