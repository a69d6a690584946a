// The invitation planner's selection MIP on a citizens'-assembly-shaped instance: a pool of
// 2,000 with 20 quota rows over six features and 200 seats (at most 3 per organisation), against
// the same model with no quotas. Node, the real HiGHS (WASM). Target: optimal in ≤ 2 s.
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planner/highs';
import { ASSEMBLY_FEATURES, assemblyPool, assemblyQuotas } from '../../shared/demo/assembly';
import type { AssemblyFeature } from '../../shared/demo/assembly';
import { planSelection } from '../../shared/planner/plan';
import type { PlanProblem, Solver } from '../../shared/planner/types';
import { measureTimedPair } from '../measure';
import { wallAndCpu } from '../stats';
import type { Scenario } from '../types';

const POOL = 2_000;
const SEATS = 200;
const FEATURES = Object.keys(ASSEMBLY_FEATURES) as AssemblyFeature[];

export function plannerInstance(withQuotas: boolean, seed = 11): PlanProblem {
  return {
    candidates: assemblyPool(POOL, seed, FEATURES),
    seats: SEATS,
    quotas: withQuotas ? assemblyQuotas(FEATURES, SEATS) : [],
    maxPerOrganisation: 3,
    maxPerCountry: null,
  };
}

async function solveOptimal(problem: PlanProblem, solver: Solver): Promise<void> {
  const result = await planSelection(problem, solver);
  if (!result.feasible || !result.optimal) {
    throw new Error('planner bench: the instance was not solved to optimality');
  }
}

export const planner: Scenario = {
  name: 'planner',
  title: 'Planner: pool 2,000, 20 quota rows, 200 seats (Node, HiGHS)',
  async run(ctx) {
    const solver = highsSolver(await highsLoader());
    const withQuotas = plannerInstance(true);
    const withoutQuotas = plannerInstance(false);
    const samples = await measureTimedPair(
      () => solveOptimal(withQuotas, solver),
      () => solveOptimal(withoutQuotas, solver),
      ctx.options.reps,
      ctx.options.warmup,
    );
    return wallAndCpu(
      {
        scenario: 'planner',
        size: `pool ${POOL} / ${withQuotas.quotas.length} quotas / ${SEATS} seats`,
        metric: 'planSelection to optimality',
        unit: 'ms',
        baselineLabel: 'same model, no quotas',
        limits: { value: 2_000 },
      },
      samples,
    );
  },
};
