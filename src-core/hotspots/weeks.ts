import { dayNumberStart, localDayNumber, monthStart } from '../base/time/month-index';
import { formatLocalDate } from '../base/time/shanghai';

/**
 * ISO weeks (Monday to Sunday, local days) around a month, for spotting a spike inside it: the
 * weeks from `before` weeks before the week holding the month's first day to the week holding
 * its last day. Day numbers count local days from 1970-01-01 (a Thursday).
 */
export type WeekBucket = {
  /** ISO week, e.g. 2026-W41. */
  week: string;
  /** Monday and Sunday, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Days of this week inside the month (0 for the weeks before it). */
  daysInMonth: number;
};

export type WeekGrid = { firstDay: number; weeks: WeekBucket[] };

/** Monday (day number) of the ISO week holding day number `d`. */
export function mondayOf(d: number): number {
  return d - ((d + 3) % 7);
}

/** ISO week label of the week starting on Monday `monday` (day number). */
export function isoWeekLabel(monday: number): string {
  const thursday = new Date((monday + 3) * 86_400_000);
  const y = thursday.getUTCFullYear();
  const jan1 = Date.UTC(y, 0, 1) / 86_400_000;
  const week = Math.floor((monday + 3 - jan1) / 7) + 1;
  return `${y}-W${String(week).padStart(2, '0')}`;
}

/** The weeks around month index `month` (see {@link WeekBucket}); `before` ≥ 0 weeks ahead of it. */
export function weeksAround(month: number, before = 4): WeekGrid {
  const first = localDayNumber(monthStart(month));
  const last = localDayNumber(monthStart(month + 1)) - 1;
  const firstDay = mondayOf(first) - 7 * before;
  const weeks: WeekBucket[] = [];
  for (let d = firstDay; d <= last; d += 7) {
    const inMonth = Math.max(0, Math.min(d + 6, last) - Math.max(d, first) + 1);
    weeks.push({ week: isoWeekLabel(d), start: formatLocalDate(dayNumberStart(d)), end: formatLocalDate(dayNumberStart(d + 6)), daysInMonth: inMonth });
  }
  return { firstDay, weeks };
}
