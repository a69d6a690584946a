// Every scenario of `npm run bench`, in the order they run and appear in the table. A scenario
// whose code path has not landed stays here with `pending` set: it is reported, never faked.
import type { Scenario } from '../types';
import { analytics } from './analytics';
import { appOpen } from './app-open';
import { longTask } from './longtask';
import { memory } from './memory';
import { network } from './network';
import { planner } from './planner';
import { synthetic } from './synthetic';

const importCsv: Scenario = {
  name: 'import',
  title: 'Import a 50,000-row CSV through the real import pipeline (Chromium)',
  pending:
    'the import wizard landed late in this session (d2ce982); the scenario (50,000-row CSV through it vs papaparse + one bulkPut) is not written yet',
  run: () => Promise.reject(new Error('pending')),
};

export const SCENARIOS: readonly Scenario[] = [
  synthetic,
  analytics,
  planner,
  appOpen,
  longTask,
  memory,
  importCsv,
  network,
];
