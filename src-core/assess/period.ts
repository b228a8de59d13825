import { epochToLocalParts, localToEpoch, parseLocalDate, validDate } from '../base/time/shanghai';

/** An assessment period [from, to): epoch ms of local midnights; `to` is exclusive. */
export type Period = { from: number; to: number };
export type PeriodUnit = 'month' | 'quarter' | 'year';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a local midnight. */
export function formatDay(t: number): string {
  const p = epochToLocalParts(t);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/**
 * Parses `from`/`to` dates (`YYYY-MM-DD`, local midnights). Throws a Chinese message when a
 * date is malformed or impossible, or when `to` is not after `from`.
 */
export function parsePeriod(from: string, to: string): Period {
  const f = parseLocalDate(from), t = parseLocalDate(to);
  if (Number.isNaN(f)) throw new Error(`开始日期「${from}」无效，请写成 YYYY-MM-DD，例如 2025-01-01`);
  if (Number.isNaN(t)) throw new Error(`结束日期「${to}」无效，请写成 YYYY-MM-DD，例如 2025-02-01（不含当天）`);
  if (t <= f) throw new Error(`结束日期 ${to} 须晚于开始日期 ${from}（结束日期不含当天）`);
  return { from: f, to: t };
}

/** The calendar month, quarter or year containing `t`. */
export function periodContaining(t: number, unit: PeriodUnit): Period {
  const p = epochToLocalParts(t);
  const m0 = unit === 'month' ? p.mo : unit === 'quarter' ? Math.floor((p.mo - 1) / 3) * 3 + 1 : 1;
  const len = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  return { from: localToEpoch(p.y, m0, 1), to: addMonths(p.y, m0, len) };
}

function addMonths(y: number, mo: number, k: number): number {
  const idx = y * 12 + (mo - 1) + k;
  return localToEpoch(Math.floor(idx / 12), (idx % 12) + 1, 1);
}

/** The whole calendar unit a period is exactly, if any (e.g. 2025-04-01..2025-07-01 is a quarter). */
export function calendarUnitOf(p: Period): PeriodUnit | null {
  for (const u of ['month', 'quarter', 'year'] as const) {
    const c = periodContaining(p.from, u);
    if (c.from === p.from && c.to === p.to) return u;
  }
  return null;
}

/** The date `years` years earlier on the calendar; 29 February becomes 28 February. */
function shiftYears(t: number, years: number): number {
  const p = epochToLocalParts(t);
  const y = p.y - years;
  const d = validDate(y, p.mo, p.d) ? p.d : 28;
  return localToEpoch(y, p.mo, d);
}

/**
 * The period before `p` for 环比: the previous calendar month / quarter / year when `p` is one,
 * otherwise the same number of days immediately before.
 */
export function previousPeriod(p: Period): Period {
  const unit = calendarUnitOf(p);
  if (unit) return periodContaining(p.from - 1, unit);
  return { from: p.from - (p.to - p.from), to: p.from };
}

/** The same period one year earlier for 同比 (calendar dates shifted by a year). */
export function sameLastYear(p: Period): Period {
  return { from: shiftYears(p.from, 1), to: shiftYears(p.to, 1) };
}

/** Human label: 2025年3月, 2025年第1季度, 2025年, or 2025-03-05 至 2025-03-19. */
export function periodLabel(p: Period): string {
  const unit = calendarUnitOf(p);
  const s = epochToLocalParts(p.from);
  if (unit === 'month') return `${s.y}年${s.mo}月`;
  if (unit === 'quarter') return `${s.y}年第${Math.floor((s.mo - 1) / 3) + 1}季度`;
  if (unit === 'year') return `${s.y}年`;
  return `${formatDay(p.from)} 至 ${formatDay(p.to - 1)}`;
}

/** The 12 calendar months ending with the month that contains the last day of `p`. */
export function trailingTwelveMonths(p: Period): Period {
  const last = periodContaining(p.to - 1, 'month');
  const e = epochToLocalParts(last.from);
  return { from: addMonths(e.y, e.mo, -11), to: last.to };
}
