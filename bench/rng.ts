/**
 * Deterministic randomness for the generator: a seeded PRNG (mulberry32), a string hash to derive
 * independent streams per entity or per phase, and a Zipf (power-law) sampler for hubs.
 * Nothing here reads Math.random, so the same seed always gives the same graph.
 */

/** mulberry32: a small, fast 32-bit PRNG with good enough statistics for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string, 32-bit: turns (seed, "claims", 17) into an independent PRNG seed. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [0, n). */
  int: (n: number) => number;
  /** Uniform integer in [min, max]. */
  between: (min: number, max: number) => number;
  /** One element, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** A count with the given mean: geometric-ish, at least `min`, so degrees have a long tail. */
  count: (mean: number, min?: number) => number;
};

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: <T>(items: readonly T[]) => items[int(items.length)]!,
    chance: (p) => next() < p,
    count: (mean, min = 0) => {
      if (mean <= min) return min;
      // Exponential with the remaining mean, floored: most entities get few links, some get many.
      const extra = mean - min;
      return min + Math.floor(-Math.log(1 - next()) * (extra + 0.5));
    },
  };
}

/**
 * Zipf sampler over ranks 0..n-1: P(rank k) ∝ 1 / (k + 1)^s. Rank 0 is the biggest hub.
 * The cumulative table costs 8 bytes per item; sampling is a binary search.
 */
export class Zipf {
  private readonly cumulative: Float64Array;
  /** Guide table: guide[j] is the first rank whose cumulative probability reaches j / guide.length. */
  private readonly guide: Int32Array;

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k++) this.cumulative[k]! /= total;
    this.cumulative[n - 1] = 1;
    const m = Math.max(1024, n);
    this.guide = new Int32Array(m);
    let k = 0;
    for (let j = 0; j < m; j++) {
      while (this.cumulative[k]! < j / m) k++;
      this.guide[j] = k;
    }
  }

  /** A rank, drawn with the uniform `u` in [0, 1): a guide-table lookup, then a short walk. */
  sample(u: number): number {
    let k = this.guide[Math.floor(u * this.guide.length)]!;
    while (this.cumulative[k]! < u) k++;
    return k;
  }
}

/** A set of pairs (a, b) with a < rows and b < columns, one bit each: far lighter than a Set of keys. */
export class PairSet {
  private readonly bits: Uint8Array;

  constructor(
    rows: number,
    private readonly columns: number,
  ) {
    this.bits = new Uint8Array(Math.ceil((rows * columns) / 8));
  }

  /** Adds the pair; false when it was already there. */
  add(a: number, b: number): boolean {
    const bit = a * this.columns + b;
    const byte = bit >>> 3;
    const mask = 1 << (bit & 7);
    if (this.bits[byte]! & mask) return false;
    this.bits[byte]! |= mask;
    return true;
  }
}
