import { monthIndexOf, monthIndexToString, startOfLocalDay, formatLocalDate } from '@core/base/time/shanghai';
import { monthStart } from '@core/base/time/month-index';

/** The wall's reference day and the periods its figures cover (epoch ms, `to` exclusive). */
export type WallPeriod = {
  /** The day the wall reports on (`YYYY-MM-DD`): today, or the last day of the data when it ends earlier. */
  day: string;
  /** True when `day` is today. */
  isToday: boolean;
  dayFrom: number; dayTo: number;
  month: string; monthFrom: number; monthTo: number;
  prevMonth: string; prevFrom: number; prevTo: number;
  /** The 12 months ending with `month`. */
  trendFrom: number; trendMonths: string[];
};

const DAY = 86_400_000;

/**
 * The periods of a wall shown at `now` over data whose last ticket was accepted at `dataTo`
 * (epoch ms, null when empty): the reference day is today, unless the data ends before today
 * (a file imported last month), then the data's last day, so the wall never shows an empty "today".
 */
export function wallPeriod(now: number, dataTo: number | null): WallPeriod {
  const today = startOfLocalDay(now);
  const ref = dataTo !== null && dataTo < today ? startOfLocalDay(dataTo) : today;
  const m = monthIndexOf(ref);
  const trendMonths: string[] = [];
  for (let i = m - 11; i <= m; i++) trendMonths.push(monthIndexToString(i));
  return {
    day: formatLocalDate(ref), isToday: ref === today,
    // A local day is 24 h in Asia/Shanghai (no daylight saving).
    dayFrom: ref, dayTo: ref + DAY,
    month: monthIndexToString(m), monthFrom: monthStart(m), monthTo: monthStart(m + 1),
    prevMonth: monthIndexToString(m - 1), prevFrom: monthStart(m - 1), prevTo: monthStart(m),
    trendFrom: monthStart(m - 11), trendMonths,
  };
}
