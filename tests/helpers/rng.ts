/**
 * Seeded pseudo-random numbers (mulberry32) for test and benchmark data, so a failing random
 * case can be replayed from its seed. The demo city has its own stream class in src-core/demo.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
