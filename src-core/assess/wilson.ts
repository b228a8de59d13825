/** z for a two-sided 95% interval. */
export const Z95 = 1.96;

/**
 * Wilson score interval of k successes in n trials (default 95%, z = 1.96).
 * Returns [low, high] within [0, 1]; null when n is 0 (no evidence, no interval).
 */
export function wilson(k: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 (k = n) the exact low (high) end is 0 (1); rounding would leave ±1e-17.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}
