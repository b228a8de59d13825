/**
 * Local time of DOMAIN.md: Asia/Shanghai, a fixed UTC+8 (China has had no daylight saving
 * time since 1991, so a fixed offset is exact for every date the hotline has data for).
 */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Epoch ms of a local (UTC+8) wall-clock time. Month is 1-based. */
export function localToEpoch(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - SHANGHAI_OFFSET_MS;
}

/** Wall-clock parts in Asia/Shanghai of an epoch ms. */
export function epochToLocalParts(t: number): { y: number; mo: number; d: number; h: number; mi: number; s: number; dow: number } {
  const x = new Date(t + SHANGHAI_OFFSET_MS);
  return {
    y: x.getUTCFullYear(), mo: x.getUTCMonth() + 1, d: x.getUTCDate(),
    h: x.getUTCHours(), mi: x.getUTCMinutes(), s: x.getUTCSeconds(), dow: x.getUTCDay(),
  };
}

/** `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai. */
export function formatLocal(t: number): string {
  const p = epochToLocalParts(t);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
}

/** `YYYY-MM-DD` in Asia/Shanghai. */
export function formatLocalDate(t: number): string {
  const p = epochToLocalParts(t);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/** DOMAIN.md section 4 month: `YYYY-MM` of an instant in Asia/Shanghai. */
export function monthOf(t: number): string {
  const p = epochToLocalParts(t);
  return `${p.y}-${pad(p.mo)}`;
}

/** Index of the local month since 1970-01 (0 = 1970-01); cheap grouping key for columns. */
export function monthIndexOf(t: number): number {
  const x = new Date(t + SHANGHAI_OFFSET_MS);
  return (x.getUTCFullYear() - 1970) * 12 + x.getUTCMonth();
}

/** `YYYY-MM` of a month index from {@link monthIndexOf}. */
export function monthIndexToString(i: number): string {
  return `${1970 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

/** Local midnight (epoch ms) that starts day `YYYY-MM-DD`; NaN when malformed. */
export function parseLocalDate(s: string): number {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return NaN;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  if (!validDate(y, mo, d)) return NaN;
  return localToEpoch(y, mo, d);
}

/** Start of the local day that contains `t`. */
export function startOfLocalDay(t: number): number {
  return Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
}

export function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

/** Excel 1900-system serial (days since 1899-12-30, fraction = time of day) as local time. */
export function fromExcelSerial(serial: number): number {
  const ms = Math.round((serial - 25569) * DAY_MS);
  return ms - SHANGHAI_OFFSET_MS;
}

/** The inverse of {@link fromExcelSerial}. */
export function toExcelSerial(t: number): number {
  return (t + SHANGHAI_OFFSET_MS) / DAY_MS + 25569;
}
