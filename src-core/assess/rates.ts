/** The eight assessment rates of DOMAIN.md section 5, in display order. */
export const RATE_NAMES = [
  'responseRate', 'resolutionRate', 'satisfactionRate', 'closureRate',
  'onTimeRate', 'rejectRate', 'reopenRate', 'recurrenceRate',
] as const;
export type RateName = (typeof RATE_NAMES)[number];

/** Chinese names shown to users. */
export const RATE_LABELS: Readonly<Record<RateName, string>> = {
  responseRate: '响应率',
  resolutionRate: '解决率',
  satisfactionRate: '满意率',
  closureRate: '办结率',
  onTimeRate: '按时办结率',
  rejectRate: '退单率',
  reopenRate: '重办率',
  recurrenceRate: '复发率',
};

/** Rates where a lower value is better (a score term over them is usually inverted). */
export const LOWER_IS_BETTER: ReadonlySet<RateName> = new Set<RateName>(['rejectRate', 'reopenRate', 'recurrenceRate']);

/** Index of each rate in counter layouts (see compute.ts). */
export const RATE_INDEX: Readonly<Record<RateName, number>> = Object.fromEntries(
  RATE_NAMES.map((r, i) => [r, i]),
) as Record<RateName, number>;

export function isRateName(s: unknown): s is RateName {
  return typeof s === 'string' && (RATE_NAMES as readonly string[]).includes(s);
}
