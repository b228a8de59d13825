/**
 * Colours of the heat table: a cell's background grows from transparent to the theme's danger
 * colour with its z-score (0 at z ≤ 0, full at z ≥ 6), so a flagged cell (z ≥ 3) is clearly warm
 * and a quiet one stays white. Pure, so light and dark themes share it.
 */
export const HEAT_FULL_Z = 6;

/** Strength 0–1 of a z-score (null → 0). */
export function heatLevel(z: number | null): number {
  if (z === null || !Number.isFinite(z) || z <= 0) return 0;
  return Math.min(1, z / HEAT_FULL_Z);
}

/** `rgba()` of `hex` (#rrggbb) at the heat level of `z`, scaled to at most `maxAlpha`; '' at 0. */
export function heatBackground(z: number | null, hex: string, maxAlpha = 0.55): string {
  const a = heatLevel(z) * maxAlpha;
  if (a === 0) return '';
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a.toFixed(3)})`;
}

/** Strength 0–1 of a count against the largest of its row (for the weekly view). */
export function shareLevel(x: number, max: number): number {
  return max <= 0 ? 0 : Math.max(0, Math.min(1, x / max));
}
