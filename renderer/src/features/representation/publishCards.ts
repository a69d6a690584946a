// The Targets and Indices cards as published: with suppression on they must not give back a count
// the distribution table hides, so a hidden category's count, share and "what it would take"
// are not shown, and an index is shown only when no hidden count can be worked out from it.
import type {
  Distribution,
  IndexKey,
  PublishOptions,
  RepresentationRatio,
  RuleEvaluation,
  TargetEvaluation,
} from '@shared/analytics';
import { publishDistribution } from './publishModel';
import type { PublishedRow } from './publishModel';

type Published = ReturnType<typeof publishDistribution>;

/** Category keys (null: unknown) whose counts the published distribution hides. */
function hiddenKeys(published: Published): Set<string | null> {
  return new Set(published.rows.filter((r) => r.share === null).map((r) => r.key));
}

export type PublishedRule = {
  evaluation: RuleEvaluation;
  /** The count as shown: the number, "<N" or "x". */
  countText: string;
  /** null when hidden. */
  share: number | null;
  /** False when the gap ("needs 3 more") would give a hidden count back. */
  showGap: boolean;
};

export type PublishedTarget = {
  evaluation: TargetEvaluation;
  /** People in the target's scope, as shown. */
  total: string;
  rules: PublishedRule[];
};

/** A target's rule lines, suppressed like the distribution of the target's own scope. */
export function publishTarget(evaluation: TargetEvaluation, o: PublishOptions): PublishedTarget {
  const published = publishDistribution(evaluation.distribution, o);
  const byKey = new Map<string | null, PublishedRow>(published.rows.map((r) => [r.key, r]));
  return {
    evaluation,
    total: published.total,
    rules: evaluation.rules.map((r) => {
      const row = byKey.get(r.category);
      // A category nobody is in has no row: its 0 is never small, so it is shown.
      const share = row === undefined ? r.share : row.share === null ? null : r.share;
      return {
        evaluation: r,
        countText: row?.text ?? String(r.count),
        share,
        showGap: share !== null,
      };
    }),
  };
}

export type PublishedIndex = {
  key: IndexKey;
  value: number | null;
  format: 'share' | 'number';
  /** True when suppression hides it. */
  hidden: boolean;
};

/**
 * Which counts each index is computed from ('all': every category's). Women's share is women
 * among the recorded (total − unknown); the parity index women ÷ men; the diversity indices use
 * every count, and with two hidden counts of known sum, Blau's sum of squares would solve them.
 */
const INDEX_INPUTS: Partial<Record<IndexKey, readonly (string | null)[] | 'all'>> = {
  womensShare: ['woman', null],
  genderParity: ['woman', 'man'],
  blau: 'all',
  blauNormalised: 'all',
  shannonEvenness: 'all',
};

export function publishIndices(
  values: readonly Omit<PublishedIndex, 'hidden'>[],
  dist: Distribution,
  o: PublishOptions,
): PublishedIndex[] {
  const hidden = hiddenKeys(publishDistribution(dist, o));
  return values.map((v) => {
    const inputs = INDEX_INPUTS[v.key] ?? 'all';
    const isHidden = hidden.size > 0 && (inputs === 'all' || inputs.some((key) => hidden.has(key)));
    return { ...v, value: isHidden ? null : v.value, hidden: isHidden };
  });
}

export type PublishedRatio = Omit<RepresentationRatio, 'share'> & {
  /** null when hidden. */
  share: number | null;
  hidden: boolean;
};

/**
 * Representation ratios: a category's share among the recorded counts. Hidden for a category whose
 * count is hidden; and for every category when the unknown count is hidden, since the shares'
 * common denominator (total − unknown) would give it back.
 */
export function publishRatios(
  ratios: readonly RepresentationRatio[],
  dist: Distribution,
  o: PublishOptions,
): PublishedRatio[] {
  const hidden = hiddenKeys(publishDistribution(dist, o));
  return ratios.map((r) =>
    hidden.has(null) || hidden.has(r.key)
      ? { ...r, share: null, ratio: null, hidden: true }
      : { ...r, hidden: false },
  );
}
