import { DAY_MS, epochToLocalParts, localToEpoch, parseLocalDate } from '../base/time/shanghai';
import { cumulative } from './prng';

/** The default last day of the demo data: a fixed date so that output never depends on the clock. */
export const DEFAULT_END = '2026-10-31';

/** Relative call volume by weekday (Sunday first): Mondays peak, weekends are quieter. */
const WEEKDAY = [0.8, 1.15, 1.05, 1, 1, 0.98, 0.82];
/** Relative call volume by month (January first): Spring Festival dip, summer peak. */
const MONTH = [0.95, 0.85, 1, 1, 1.02, 1.08, 1.15, 1.12, 1.02, 0.95, 1, 1.05];
/** Relative call volume by local hour of day. */
const HOURS = [0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.6, 1.5, 4, 6.5, 7, 6.5, 4.5, 4.5, 6, 6.2, 5.8, 4.8, 3.2, 2.8, 2.5, 2, 1.4, 0.8];
export const HOUR_CUM = cumulative(HOURS);
export const NIGHT_HOURS = [21, 22, 23, 0, 1, 2];

export type DayPlan = {
  /** Local midnight of the first day. */
  startMs: number;
  /** Last instant (whole second) of the last day: the data's as-of time. */
  endMs: number;
  days: number;
  /** Tickets per day; sums to the requested total. */
  counts: Int32Array;
  /** First ticket slot of each day (length days + 1). */
  first: Int32Array;
  /** Local month (0–11) of each day. */
  month: Int8Array;
  /** `YYYYMMDD` of each day, for ticket ids. */
  ymd: string[];
};

/**
 * Spreads `total` tickets over the `months` months ending with local day `end` (inclusive),
 * by weekday, month and a mild upward trend. Counts are rounded on cumulative sums so they add
 * up exactly. Throws a Chinese message when `end` is not a valid `YYYY-MM-DD`.
 */
export function planDays(total: number, months: number, end: string): DayPlan {
  const endDay = parseLocalDate(end);
  if (Number.isNaN(endDay)) throw new Error(`结束日期“${end}”无效，请写成 YYYY-MM-DD，例如 2026-10-31`);
  const after = endDay + DAY_MS;
  const p = epochToLocalParts(after);
  // Subtract whole months from the day after the end; Date.UTC normalizes month underflow.
  const back = new Date(Date.UTC(p.y, p.mo - 1 - months, p.d));
  const startMs = localToEpoch(back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate());
  const days = Math.max(1, Math.round((after - startMs) / DAY_MS));
  const weights: number[] = [];
  const month = new Int8Array(days);
  const ymd: string[] = [];
  for (let d = 0; d < days; d++) {
    const q = epochToLocalParts(startMs + d * DAY_MS);
    month[d] = q.mo - 1;
    ymd.push(`${q.y}${String(q.mo).padStart(2, '0')}${String(q.d).padStart(2, '0')}`);
    weights.push(WEEKDAY[q.dow]! * MONTH[q.mo - 1]! * (0.92 + (0.16 * d) / days));
  }
  const cum = cumulative(weights);
  const totalW = cum[days - 1]!;
  const counts = new Int32Array(days);
  const first = new Int32Array(days + 1);
  let prev = 0;
  for (let d = 0; d < days; d++) {
    const upTo = Math.round((total * cum[d]!) / totalW);
    counts[d] = upTo - prev;
    first[d + 1] = upTo;
    prev = upTo;
  }
  return { startMs, endMs: after - 1000, days, counts, first, month, ymd };
}
