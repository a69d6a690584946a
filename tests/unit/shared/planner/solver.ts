// The real HiGHS solver for planner tests (loaded once per test file).
import highsLoader from 'highs';
import { highsSolver } from '@shared/planner/highs';
import type { Solver } from '@shared/planner/types';

let loaded: Promise<Solver> | null = null;
export function nodeSolver(): Promise<Solver> {
  loaded ??= highsLoader().then((h) => highsSolver(h));
  return loaded;
}
