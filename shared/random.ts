// A small seeded pseudo-random generator, so that generators (the demo workspace, property tests)
// produce the same output for the same seed on every platform. Not for anything secret.

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both ends included. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** Picks a value with probability proportional to its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** A shuffled copy; the input is left alone. */
  shuffle: <T>(items: readonly T[]) => T[];
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample: <T>(items: readonly T[], count: number) => T[];
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** Fits `RandomBytes` in shared/domain/ids.ts, so ids can be deterministic too. */
  bytes: (length: number) => Uint8Array;
};

// sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128 bits of state, passes PractRand, and
// needs only 32-bit integer arithmetic, which JavaScript does exactly with `| 0` and `>>> 0`.
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

// splitmix32 spreads one seed over the four state words, so that nearby seeds (1, 2, 3…) start
// from unrelated states instead of similar ones.
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed))
    throw new RangeError(`createRandom: seed must be finite, got ${seed}`);
  const mix = splitmix32(Math.trunc(seed));
  const nextUint32 = sfc32(mix(), mix(), mix(), mix());
  // Warm-up: the first outputs of sfc32 still correlate with the seed words.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = () => nextUint32() / 0x1_0000_0000;

  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int: need integers with min <= max, got ${min}, ${max}`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, weight] of entries) {
      if (!(weight >= 0)) throw new RangeError(`weighted: negative or NaN weight ${weight}`);
      total += weight;
    }
    if (total <= 0) throw new RangeError('weighted: weights must add up to more than 0');
    let r = next() * total;
    for (const [value, weight] of entries) {
      if (r < weight) return value;
      r -= weight;
    }
    // Floating-point rounding can leave r a hair above the last weight: fall back to the last
    // entry that can be chosen at all.
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry !== undefined && entry[1] > 0) return entry[0];
    }
    throw new RangeError('weighted: unreachable');
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy;
  };

  const sample = <T>(items: readonly T[], count: number): T[] =>
    shuffle(items).slice(0, Math.max(0, count));

  const chance = (p: number) => next() < p;

  const bytes = (length: number) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      let word = nextUint32();
      for (let k = 0; k < 4 && i + k < length; k++) {
        out[i + k] = word & 0xff;
        word >>>= 8;
      }
    }
    return out;
  };

  return { next, int, pick, weighted, shuffle, sample, chance, bytes };
}
