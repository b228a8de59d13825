import type { Locale } from './catalog';

/** All times in Duban are shown in the city's zone (DOMAIN.md: Asia/Shanghai). */
export const TIME_ZONE = 'Asia/Shanghai';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(id) as Intl.NumberFormat | undefined;
  if (!f) { f = new Intl.NumberFormat(locale, options); cache.set(id, f); }
  return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!f) { f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }); cache.set(id, f); }
  return f;
}

/** An integer or decimal with grouping (`200,000`); `—` for null or NaN. */
export function formatNumber(locale: Locale, n: number | null | undefined, fractionDigits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
}

/** A rate in [0, 1] as a percentage (`93.4%`); `—` for null (a rate with no denominator). */
export function formatPercent(locale: Locale, rate: number | null | undefined, fractionDigits = 1): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(rate);
}

/** A date (epoch ms) as `2025年3月1日` / `Mar 1, 2025` in Asia/Shanghai; `—` for null. */
export function formatDate(locale: Locale, ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
}

/** A date and time (epoch ms) to the minute in Asia/Shanghai, e.g. `2025/3/1 09:05`; `—` for null. */
export function formatDateTime(locale: Locale, ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return dateFormat(locale, {
    year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(ms);
}
