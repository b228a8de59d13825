import { monthIndexToString, parseMonth } from '../base/time/month-index';
import type { Backtest } from './backtest';
import { forecastsFor, type ForecastPoint } from './forecast';
import { coveredMonthList, seriesAt, seriesCovered, type ForecastKey, type ForecastSeries } from './series';

/**
 * 未诉先办: the coming two months' expected surges. A group surges in a forecast month when the
 * forecast is well above its recent level: at least {@link SURGE_RATIO} times the mean of its
 * last 3 covered months, at least {@link SURGE_MIN_EXTRA} tickets more, and with the interval's
 * low end above that level (so noise alone does not make a surge).
 */
export const SURGE_RATIO = 1.3;
export const SURGE_MIN_EXTRA = 5;

export type Surge = {
  key: ForecastKey;
  month: string;
  forecast: number;
  low: number;
  high: number;
  /** Mean of the group's last 3 covered months before the forecast. */
  recent: number;
  /** forecast ÷ recent − 1 (null when recent is 0). */
  rise: number | null;
  /** The group's monthly counts over the file (covered months only; `YYYY-MM` → count). */
  history: { month: string; count: number }[];
};

/** Mean of group g over the last 3 covered months up to `origin`. */
function recentLevel(s: ForecastSeries, g: number, origin: number): number {
  let sum = 0, n = 0;
  for (let m = origin; m > origin - 3; m--) if (seriesCovered(s, m)) { sum += seriesAt(s, g, m); n++; }
  return n === 0 ? 0 : sum / n;
}

/** Whether forecast point p is a surge over `recent`. */
export function isSurge(p: Pick<ForecastPoint, 'forecast' | 'low'>, recent: number): boolean {
  return p.forecast >= SURGE_RATIO * recent && p.forecast - recent >= SURGE_MIN_EXTRA && p.low > recent;
}

/**
 * Surges of months M and M + 1 (M defaults to the month after the file's last covered month),
 * largest rise in tickets first.
 */
export function findSurges(s: ForecastSeries, bt: Backtest, month?: string): Surge[] {
  const covered = coveredMonthList(s);
  if (covered.length === 0) return [];
  const target = month ?? monthIndexToString(covered[covered.length - 1]! + 1);
  const points = forecastsFor(s, target, bt);
  // The forecasts' origin: the last covered month before the target (as forecastsFor takes it).
  const origin = covered.filter((m) => m < parseMonth(target)).pop()!;
  const index = new Map(s.keys.map((k, g) => [`${k.category2}\u0000${k.district}`, g]));
  const out: Surge[] = [];
  for (const p of points) {
    const g = index.get(`${p.key.category2}\u0000${p.key.district}`)!;
    const recent = recentLevel(s, g, origin);
    if (!isSurge(p, recent)) continue;
    out.push({
      ...p, recent, rise: recent > 0 ? p.forecast / recent - 1 : null,
      history: covered.map((m) => ({ month: monthIndexToString(m), count: seriesAt(s, g, m) })),
    });
  }
  return out.sort((a, b) => (b.forecast - b.recent) - (a.forecast - a.recent) || (a.month < b.month ? -1 : 1));
}
