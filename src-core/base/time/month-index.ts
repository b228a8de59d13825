import { DAY_MS, localToEpoch, monthIndexOf, monthIndexToString } from './shanghai';

/**
 * Month indexes (0 = 1970-01, see {@link monthIndexOf}) and `YYYY-MM` strings: the month
 * arithmetic campaign windows, hotspot baselines and week buckets need.
 */

/** Month index of `YYYY-MM`; NaN when malformed (month 01–12, four-digit year). */
export function parseMonth(s: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(s.trim());
  if (!m) return NaN;
  const y = +m[1]!, mo = +m[2]!;
  if (mo < 1 || mo > 12 || y < 1970) return NaN;
  return (y - 1970) * 12 + (mo - 1);
}

/** Epoch ms of the local midnight that starts month index `m`. */
export function monthStart(m: number): number {
  return localToEpoch(1970 + Math.floor(m / 12), (m % 12) + 1, 1);
}

/** `YYYY-MM` of every month index in [a, b] (inclusive; empty when b < a). */
export function monthRangeStrings(a: number, b: number): string[] {
  const out: string[] = [];
  for (let m = a; m <= b; m++) out.push(monthIndexToString(m));
  return out;
}

/** Local day number (days since 1970-01-01 local) of an instant. */
export function localDayNumber(t: number): number {
  return Math.floor((t + 8 * 3600_000) / DAY_MS);
}

/** Epoch ms of the local midnight starting local day number `d`. */
export function dayNumberStart(d: number): number {
  return d * DAY_MS - 8 * 3600_000;
}

export { monthIndexOf, monthIndexToString };
