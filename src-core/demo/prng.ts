/**
 * Seeded pseudo-random numbers for the demo city. The generator must give the same bytes for
 * the same seed in Node and in a browser worker, so it never touches Math.random or the clock.
 */

/** One 32-bit mixing step (splitmix32 finalizer); used to derive independent sub-seeds. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Stable 32-bit hash of a string (FNV-1a, then mixed); for per-name fixed attributes. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/**
 * A small, fast PRNG (mulberry32). Period 2^32 per stream, which is ample: every stream here
 * draws far fewer numbers than that, and independent concerns use separately seeded streams.
 */
export class Rng {
  private s: number;

  constructor(seed: number) {
    this.s = mix32(seed >>> 0) | 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Uniform float in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** Index drawn from cumulative weights `cum` (strictly increasing, last = total). */
  pickCum(cum: Float64Array | readonly number[]): number {
    const total = cum[cum.length - 1]!;
    const x = this.next() * total;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A positive duration with a long right tail: median `median`, log-sd `sigma`. */
  logNormal(median: number, sigma: number): number {
    // Box–Muller with one uniform pair; the second value is discarded to keep streams simple.
    const u = 1 - this.next();
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }
}

/** Cumulative sums of non-negative weights, for {@link Rng.pickCum}. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i]!;
    out[i] = s;
  }
  return out;
}
