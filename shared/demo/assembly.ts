// Selection instances shaped like citizens'-assembly panels (pools described by a few features
// with population shares, quotas within ±25 % of each share), shared by the planner's tests and
// `npm run bench`, so that both solve the same public-style instances.
import { sharesToCounts } from '../planner/plan';
import type { PlanCandidate, Quota } from '../planner/types';
import { createRandom } from '../random';

export const ASSEMBLY_FEATURES = {
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
} as const satisfies Record<string, readonly (readonly [string, number])[]>;
export type AssemblyFeature = keyof typeof ASSEMBLY_FEATURES;

/** A seeded pool: each candidate draws one category per feature, a 1–5 priority, an organisation. */
export function assemblyPool(
  size: number,
  seed: number,
  features: readonly AssemblyFeature[],
): PlanCandidate[] {
  const rng = createRandom(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `c${i}`,
    categories: Object.fromEntries(features.map((f) => [f, [rng.weighted(ASSEMBLY_FEATURES[f])]])),
    priority: rng.int(1, 5),
    organisation: `org${rng.int(0, Math.floor(size / 4))}`,
    country: null,
    fixed: null,
  }));
}

/** Quotas around the population shares (±25 %), as assembly organisers set them. */
export function assemblyQuotas(features: readonly AssemblyFeature[], seats: number): Quota[] {
  return features.flatMap((f) =>
    ASSEMBLY_FEATURES[f].map(([category, share]) => ({
      dimension: f,
      category,
      ...sharesToCounts(share * 0.75, Math.min(1, share * 1.25 + 0.02), seats),
    })),
  );
}
