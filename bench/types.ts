// The shapes every part of the bench shares: a scenario module, what it measures, and a run.
import type { WorkspaceData } from '../shared/domain/model';
import type { SyntheticSize } from '../shared/demo/synthetic';
import type { BrowserBench } from './browser';

export type Stats = { median: number; min: number; max: number; runs: number };

/** What a target allows: a ratio to the baseline, an absolute value, a difference to the baseline. */
export type Limits = { ratio?: number; value?: number; delta?: number };

export type Measurement = {
  scenario: string;
  /** 'L', or a description of a fixed-size instance ("pool 2,000 / 20 quotas / 200 seats"). */
  size: string;
  metric: string;
  unit: 'ms' | 'MB';
  subject: Stats;
  baselineLabel: string;
  baseline: Stats | null;
  /** subject median / baseline median: the headline figure (machines here are shared and noisy). */
  ratio: number | null;
  target: string;
  /** null when the target cannot be judged from this run (no limits, or no baseline). */
  met: boolean | null;
};

export type ScenarioOutcome =
  | { scenario: string; title: string; status: 'ok'; measurements: Measurement[] }
  | { scenario: string; title: string; status: 'pending' | 'failed'; reason: string };

export type BenchOptions = {
  quick: boolean;
  sizes: SyntheticSize[];
  /** null: every registered scenario. */
  scenarios: string[] | null;
  reps: number;
  warmup: number;
  /** Reuse an existing dist/web-bench instead of building the renderer first. */
  skipBuild: boolean;
  /** Where to write one DevTools CPU profile per Chromium workspace and route; null: none. */
  profileDir: string | null;
};

export type BenchContext = {
  options: BenchOptions;
  /** The synthetic workspace of a size, generated once per run. */
  workspace: (size: SyntheticSize) => WorkspaceData;
  /** The Chromium session (built renderer, preview server, browser), started on first use. */
  browser: () => Promise<BrowserBench>;
  log: (message: string) => void;
};

export type Scenario = {
  name: string;
  title: string;
  /** Set while the code path the scenario measures has not landed: reported, never run. */
  pending?: string;
  run: (ctx: BenchContext) => Promise<Measurement[]>;
};

export type MachineInfo = {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  chromium: string | null;
  platform: string;
};

export type BenchRun = {
  startedAt: string;
  durationS: number;
  options: BenchOptions;
  machine: MachineInfo;
  outcomes: ScenarioOutcome[];
};
