import { DAY_MS, localToEpoch, parseLocalDate, startOfLocalDay, validDate } from '../time/shanghai';
import type { CalendarYear } from './types';

/** A lookup over calendar years: which local days are working days. */
export type WorkCalendar = {
  /** Years the data covers; outside them only weekends are rest days. */
  years: ReadonlySet<number>;
  rest: ReadonlyMap<string, string>;
  work: ReadonlyMap<string, string>;
};

/** Builds the lookup; a later entry for the same year replaces an earlier one (user edits win). */
export function workCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const y of years) byYear.set(y.year, y);
  const rest = new Map<string, string>();
  const work = new Map<string, string>();
  for (const y of byYear.values()) {
    for (const h of y.holidays) rest.set(h.date, h.name);
    for (const w of y.workdays) work.set(w.date, w.name);
  }
  return { years: new Set(byYear.keys()), rest, work };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a local day number (days since 1970-01-01 local). */
function dayString(dayNo: number): string {
  const x = new Date(dayNo * DAY_MS);
  return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
}

/** Local day number of `YYYY-MM-DD`; throws a Chinese message when malformed. */
function dayNumber(day: string): number {
  const t = parseLocalDate(day);
  if (Number.isNaN(t)) throw new Error(`日期 "${day}" 无法识别，请写成 YYYY-MM-DD`);
  return Math.round((t + 8 * 3600_000) / DAY_MS);
}

/** Whether local day `YYYY-MM-DD` is a working day: 调休上班 days are, holidays and other weekends are not. */
export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  if (cal.work.has(day)) return true;
  if (cal.rest.has(day)) return false;
  const dow = new Date(dayNumber(day) * DAY_MS).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * The `n`-th working day after day `from` (`from` itself not counted; n ≥ 1), as `YYYY-MM-DD`.
 * A limit of "n working days" set on day `from` ends at the end of that day. n = 0 returns `from`.
 */
export function addWorkingDays(cal: WorkCalendar, from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`工作日天数必须是不小于 0 的整数（当前 ${n}）`);
  let d = dayNumber(from);
  let left = n;
  while (left > 0) {
    d++;
    if (isWorkingDay(cal, dayString(d))) left--;
  }
  return dayString(d);
}

/** Working days in the local days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  const a = dayNumber(from), b = dayNumber(to);
  const sign = b >= a ? 1 : -1;
  let count = 0;
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorkingDay(cal, dayString(d))) count++;
  return sign * count;
}

/** The local day (`YYYY-MM-DD`) of an instant. */
export function localDay(t: number): string {
  return dayString(Math.round((startOfLocalDay(t) + 8 * 3600_000) / DAY_MS));
}

/** The instant a deadline day ends: local midnight after it. */
export function endOfDay(day: string): number {
  return parseLocalDate(day) + DAY_MS;
}

/** Whether the data covers the year of `day`; outside it only weekends count as rest days. */
export function coversDay(cal: WorkCalendar, day: string): boolean {
  return cal.years.has(Number(day.slice(0, 4)));
}

/**
 * Checks an edited calendar year; returns Chinese problems (empty when valid): dates must be
 * real days of that year, none both a holiday and a working day, and no duplicates.
 */
export function validateCalendarYear(y: CalendarYear): string[] {
  const out: string[] = [];
  if (!Number.isInteger(y.year) || y.year < 1990 || y.year > 2100) out.push(`年份 ${y.year} 不合理，请填写 1990–2100 之间的年份`);
  const seen = new Map<string, string>();
  const check = (list: { date: string; name: string }[], kind: string) => {
    for (const e of list) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.date);
      if (!m || !validDate(+m[1]!, +m[2]!, +m[3]!)) { out.push(`${kind}日期 "${e.date}" 无效，请写成 YYYY-MM-DD`); continue; }
      if (+m[1]! !== y.year) out.push(`${kind}日期 ${e.date} 不属于 ${y.year} 年`);
      const prev = seen.get(e.date);
      if (prev) out.push(prev === kind ? `${kind}日期 ${e.date} 重复` : `${e.date} 不能同时是放假日和调休上班日`);
      seen.set(e.date, kind);
      if (kind === '调休上班') {
        const dow = new Date(localToEpoch(+m[1]!, +m[2]!, +m[3]!) + 8 * 3600_000).getUTCDay();
        if (dow !== 0 && dow !== 6) out.push(`调休上班日 ${e.date} 本来就是工作日（不是周六或周日）`);
      }
    }
  };
  check(y.holidays, '放假');
  check(y.workdays, '调休上班');
  return out;
}
