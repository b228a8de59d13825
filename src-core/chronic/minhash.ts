/**
 * MinHash signatures and LSH band keys for R6 candidate search. Deterministic: the hash family
 * is seeded with fixed constants so the same data always yields the same candidates.
 */

function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** 32-bit hash of an exact gram key (a float up to 2^53). */
function keyHash(k: number): number {
  const lo = k % 0x100000000;
  const hi = Math.floor(k / 0x100000000);
  return mix32(lo ^ Math.imul(hi, 0x9e3779b1));
}

const seedCache = new Map<number, Uint32Array>();

function seeds(count: number): Uint32Array {
  let s = seedCache.get(count);
  if (!s) {
    s = new Uint32Array(count);
    let x = 0x2545f491;
    for (let i = 0; i < count; i++) {
      x = mix32(x + 0x9e3779b9);
      s[i] = x;
    }
    seedCache.set(count, s);
  }
  return s;
}

/**
 * LSH band keys of a gram set: `bands` keys, each a 32-bit hash of `rowsPerBand` MinHash values.
 * Two sets with Jaccard s share at least one band key with probability 1 − (1 − s^r)^b.
 * Returns null for an empty set (never a candidate). When `sketch` is given, the low 8 bits of
 * the bands·rowsPerBand MinHash values are written to it at `sketchAt` (a b-bit MinHash sketch).
 */
export function bandKeys(grams: Float64Array, bands: number, rowsPerBand: number, sketch?: Uint8Array, sketchAt = 0): Uint32Array | null {
  if (grams.length === 0) return null;
  const k = bands * rowsPerBand;
  const sd = seeds(k);
  const mins = new Uint32Array(k).fill(0xffffffff);
  for (let g = 0; g < grams.length; g++) {
    const h = keyHash(grams[g]!);
    for (let i = 0; i < k; i++) {
      const v = mix32(h ^ sd[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  if (sketch) for (let i = 0; i < k; i++) sketch[sketchAt + i] = mins[i]! & 0xff;
  const res = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rowsPerBand; r++) h = mix32(Math.imul(h, 0x01000193) ^ mins[b * rowsPerBand + r]!);
    res[b] = h;
  }
  return res;
}

/**
 * Whether a candidate pair is worth an exact check. Exact length filter: Jaccard ≤ min/max of the
 * set sizes. Sketch filter: the b-bit MinHash estimate of Jaccard (8 bits, k values; chance
 * collisions 1/256 corrected) must reach threshold − SKETCH_MARGIN. With k = 48 the estimate's
 * standard deviation at J = 0.6 is 0.07, so a true pair at the threshold is dropped with
 * probability about 0.2 %, while unrelated pairs sharing one band (the bulk of LSH candidates)
 * are dropped without computing their n-grams.
 */
export const SKETCH_MARGIN = 0.2;

export function worthChecking(sketch: Uint8Array, a: number, b: number, k: number, lenA: number, lenB: number, threshold: number): boolean {
  if (lenA === 0 || lenB === 0) return false;
  if (Math.min(lenA, lenB) < threshold * Math.max(lenA, lenB)) return false;
  // est = (same/k − 1/256) / (1 − 1/256) ≥ threshold − margin, as a count; stop once out of reach.
  const need = Math.ceil(k * ((threshold - SKETCH_MARGIN) * (1 - 1 / 256) + 1 / 256) - 1e-9);
  let same = 0;
  const pa = a * k, pb = b * k;
  for (let i = 0; i < k; i++) {
    if (sketch[pa + i] === sketch[pb + i]) same++;
    else if (same + (k - 1 - i) < need) return false;
  }
  return same >= need;
}
