// The invitation planner's selection MIP on a citizens'-assembly-shaped instance: a pool of
// 2,000 with 20 quota rows over six features and 200 seats (at most 3 per organisation), against
// the same model with no quotas. Node, the real HiGHS (WASM). Target: optimal in ≤ 2 s.
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planner/highs';
import { planSelection, sharesToCounts } from '../../shared/planner/plan';
import type { PlanCandidate, PlanProblem, Quota, Solver } from '../../shared/planner/types';
import { createRandom } from '../../shared/random';
import { measurePair, timed } from '../measure';
import { toMeasurement } from '../stats';
import type { Scenario } from '../types';

const FEATURES: Record<string, readonly (readonly [string, number])[]> = {
  gender: [
    ['woman', 0.5],
    ['man', 0.47],
    ['non-binary', 0.03],
  ],
  age: [
    ['16-29', 0.22],
    ['30-44', 0.26],
    ['45-59', 0.27],
    ['60+', 0.25],
  ],
  region: [
    ['North', 0.2],
    ['South', 0.25],
    ['East', 0.2],
    ['West', 0.2],
    ['Centre', 0.15],
  ],
  education: [
    ['primary', 0.2],
    ['secondary', 0.45],
    ['tertiary', 0.35],
  ],
  tenure: [
    ['owner', 0.6],
    ['renter', 0.35],
    ['other', 0.05],
  ],
  settlement: [
    ['urban', 0.6],
    ['rural', 0.4],
  ],
};
const POOL = 2_000;
const SEATS = 200;

export function plannerInstance(withQuotas: boolean, seed = 11): PlanProblem {
  const rng = createRandom(seed);
  const features = Object.keys(FEATURES);
  const candidates: PlanCandidate[] = Array.from({ length: POOL }, (_, i) => ({
    id: `c${i}`,
    categories: Object.fromEntries(features.map((f) => [f, [rng.weighted(FEATURES[f] ?? [])]])),
    priority: rng.int(1, 5),
    organisation: `org${rng.int(0, Math.floor(POOL / 4))}`,
    country: null,
    fixed: null,
  }));
  // Quotas around the population shares (±25 %), as assembly organisers set them.
  const quotas: Quota[] = withQuotas
    ? features.flatMap((f) =>
        (FEATURES[f] ?? []).map(([category, share]) => ({
          dimension: f,
          category,
          ...sharesToCounts(share * 0.75, Math.min(1, share * 1.25 + 0.02), SEATS),
        })),
      )
    : [];
  return { candidates, seats: SEATS, quotas, maxPerOrganisation: 3, maxPerCountry: null };
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
    const samples = await measurePair(
      () => timed(() => solveOptimal(withQuotas, solver)),
      () => timed(() => solveOptimal(withoutQuotas, solver)),
      ctx.options.reps,
      ctx.options.warmup,
    );
    return [
      toMeasurement({
        scenario: 'planner',
        size: `pool ${POOL} / ${withQuotas.quotas.length} quotas / ${SEATS} seats`,
        metric: 'planSelection to optimality',
        unit: 'ms',
        subject: samples.subject,
        baselineLabel: 'same model, no quotas',
        baseline: samples.baseline,
        limits: { value: 2_000 },
      }),
    ];
  },
};
