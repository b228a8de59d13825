/** Reading single cells: datetimes, enums, counts and phone numbers (DOMAIN.md section 2). */
import { parseDateTime } from '../time/parse-datetime';
import { fromExcelSerial, SHANGHAI_OFFSET_MS } from '../time/shanghai';
import type { Cell } from './types';

/** Last serial the 1900 date system allows (9999-12-31). */
const MAX_SERIAL = 2_958_465;

const d2 = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether the digit positions of `YYYY-MM-DD HH:mm:ss` hold digits. */
function allDigits(s: string): boolean {
  return isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3))
    && isDigit(s.charCodeAt(5)) && isDigit(s.charCodeAt(6)) && isDigit(s.charCodeAt(8)) && isDigit(s.charCodeAt(9))
    && isDigit(s.charCodeAt(11)) && isDigit(s.charCodeAt(12)) && isDigit(s.charCodeAt(14)) && isDigit(s.charCodeAt(15))
    && isDigit(s.charCodeAt(17)) && isDigit(s.charCodeAt(18));
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, mo: number): number {
  return mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS[mo - 1]!;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); same as Date.UTC / 864e5. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch ms of a datetime cell, NaN when unparseable. Text goes through parseDateTime (with a
 * fast path for the common `YYYY-MM-DD HH:mm:ss`, same result); a number is a 1900-system
 * spreadsheet serial. The caller handles empty cells.
 */
export function cellDateTime(v: Cell): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > MAX_SERIAL + 1) return NaN;
    return fromExcelSerial(v);
  }
  const s = v.length === 19 ? v : v.trim();
  if (s.length === 19 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 32 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
    if (allDigits(s)) {
      const y = d2(s, 0) * 100 + d2(s, 2), mo = d2(s, 5), d = d2(s, 8), h = d2(s, 11), mi = d2(s, 14), sec = d2(s, 17);
      // Years below 100 take the general path (Date.UTC maps them to 19xx, and so must we).
      if (y >= 100) {
        if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return NaN;
        return (daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec) * 1000 - SHANGHAI_OFFSET_MS;
      }
    }
  }
  return parseDateTime(s);
}

/**
 * Canonical value of an enum cell, compared after trimming and NFKC, or null when not
 * recognized. Results are memoized per raw text (files repeat a handful of spellings).
 */
export class EnumReader {
  private readonly memo = new Map<string, string | null>();
  constructor(private readonly values: readonly string[], private readonly aliases?: Readonly<Record<string, string>>) {}

  read(raw: string): string | null {
    const hit = this.memo.get(raw);
    if (hit !== undefined) return hit;
    const v = raw.trim().normalize('NFKC');
    let out: string | null = null;
    if (this.values.includes(v)) out = v;
    else if (this.aliases && Object.prototype.hasOwnProperty.call(this.aliases, v)) out = this.aliases[v]!;
    if (this.memo.size < 1000) this.memo.set(raw, out);
    return out;
  }
}

/** A count cell: a non-negative integer (digits, or an integral XLSX number), else NaN. */
export function cellCount(v: Cell): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER ? v : NaN;
  // Fast path: a few ASCII digits, as nearly every count cell is.
  if (v.length > 0 && v.length < 10) {
    let n = 0, k = 0;
    for (; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (k === v.length) return n;
  }
  const s = v.trim().normalize('NFKC');
  if (!/^\+?\d{1,15}(?:\.0+)?$/.test(s)) return NaN;
  return parseInt(s.replace('+', ''), 10);
}

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+]?\d+$/;

/**
 * A phone number a spreadsheet turned into a number: an XLSX numeric cell, or text like
 * `1.3800138123E10`. Returns the digits when the value is an exact integer, `exact: false` when
 * it is not (digits were lost: kept as written), or null when the cell is ordinary text.
 */
export function restorePhone(v: Cell): { text: string; exact: boolean } | null {
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    if (!SCIENTIFIC.test(v)) return null;
    n = Number(v);
  }
  if (Number.isSafeInteger(n) && n >= 0) return { text: String(n), exact: true };
  return { text: typeof v === 'number' ? String(v) : v, exact: false };
}

/** Text of a cell as written: numbers as their shortest decimal form, text trimmed. */
export function cellText(v: Cell): string {
  return typeof v === 'number' ? String(v) : v.trim();
}
