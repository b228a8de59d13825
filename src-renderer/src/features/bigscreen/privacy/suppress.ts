/**
 * Small-count suppression on the big screen: a count from 1 to `min` − 1 is shown as "<min", so a
 * wall in a public hall never points at a handful of identifiable citizens. 0 stays 0 (it names
 * no one). `min` ≤ 1 turns suppression off.
 */
export function isSuppressed(n: number, min: number): boolean {
  return n > 0 && n < min;
}

/** The count as the wall shows it: grouped digits, or "<min" when suppressed. */
export function formatCount(n: number, min: number, locale = 'zh-CN'): string {
  if (isSuppressed(n, min)) return `<${min}`;
  return Math.round(n).toLocaleString(locale);
}

/** Default minimum count shown on the wall. */
export const DEFAULT_MIN_COUNT = 5;
