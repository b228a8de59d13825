import { localToEpoch, validDate } from './shanghai';

const DASH = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})[ ]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:[ ]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function build(m: RegExpExecArray): number {
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  const h = m[4] === undefined ? 0 : +m[4], mi = m[5] === undefined ? 0 : +m[5], s = m[6] === undefined ? 0 : +m[6];
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return NaN;
  return localToEpoch(y, mo, d, h, mi, s);
}

/**
 * Parses a datetime cell in one of the formats of DOMAIN.md section 2 (spreadsheet serials are
 * handled by the XLSX reader). Times without an offset are Asia/Shanghai. Returns epoch ms, or
 * NaN when the text matches no format or names an impossible date.
 */
export function parseDateTime(raw: string): number {
  const s = raw.trim();
  if (s === '') return NaN;
  let m = DASH.exec(s) ?? SLASH.exec(s) ?? CJK.exec(s);
  if (m) return build(m);
  m = ISO.exec(s);
  if (!m) return NaN;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!, h = +m[4]!, mi = +m[5]!;
  const sec = m[6] === undefined ? 0 : +m[6];
  const frac = m[7] === undefined ? 0 : Math.round(+`0.${m[7]}` * 1000);
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) return NaN;
  const zone = m[8];
  if (zone === undefined) return localToEpoch(y, mo, d, h, mi, sec, frac);
  const utc = Date.UTC(y, mo - 1, d, h, mi, sec, frac);
  if (zone === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const off = (+digits.slice(0, 2) * 60 + +digits.slice(2, 4)) * 60_000;
  return utc - sign * off;
}
