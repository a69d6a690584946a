// The machine a run measured: the numbers only mean something next to it.
import { cpus, platform, release, totalmem } from 'node:os';
import type { MachineInfo } from './types';

export function machineInfo(chromium: string | null): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: totalmem() / 1024 ** 3,
    node: process.version,
    chromium,
    platform: `${platform()} ${release()}`,
  };
}
