import { monthIndexOf, monthIndexToString } from '@core/base/time/shanghai';

const DAY_MS = 86_400_000;

/**
 * The latest full month of data whose last ticket was accepted at `to` (epoch ms): the month of
 * `to` when `to` falls on that month's last local day, else the month before (a month still being
 * filled would look like a drop). Null when there is no data.
 */
export function latestFullMonth(to: number | null | undefined): string | null {
  if (to === null || to === undefined || !Number.isFinite(to)) return null;
  const m = monthIndexOf(to);
  return monthIndexToString(monthIndexOf(to + DAY_MS) !== m ? m : m - 1);
}

/** Months `YYYY-MM` from the month of `from` to the month of `to`, newest first (empty without data). */
export function monthChoices(from: number | null | undefined, to: number | null | undefined): string[] {
  if (from === null || from === undefined || to === null || to === undefined) return [];
  const out: string[] = [];
  for (let m = monthIndexOf(to); m >= monthIndexOf(from); m--) out.push(monthIndexToString(m));
  return out;
}
