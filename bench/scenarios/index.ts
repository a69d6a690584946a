// Every scenario of `npm run bench`, in the order they run and appear in the table. A scenario
// whose code path has not landed stays here with `pending` set: it is reported, never faked.
import type { Scenario } from '../types';
import { analytics } from './analytics';
import { appOpen } from './app-open';
import { importCsvScenario } from './import';
import { longTask } from './longtask';
import { memory } from './memory';
import { merge } from './merge';
import { network } from './network';
import { planner } from './planner';
import { synthetic } from './synthetic';

export const SCENARIOS: readonly Scenario[] = [
  synthetic,
  analytics,
  planner,
  merge,
  appOpen,
  longTask,
  memory,
  importCsvScenario,
  network,
];
