/** Reading single cells: datetimes, enums, counts and phone numbers (DOMAIN.md section 2). */
import { parseDateTime } from '../../base/time/parse-datetime';
import { fromExcelSerial, SHANGHAI_OFFSET_MS } from '../../base/time/shanghai';
import { detach } from '../../base/text/detach';
import type { Cell } from './types';

/** Last serial the 1900 date system allows (9999-12-31). */
const MAX_SERIAL = 2_958_465;

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

/** fastDateTime's answer for a well-formed layout naming an impossible date or time. */
export const INVALID = -Infinity;

/**
 * Epoch ms of `YYYY-MM-DD HH:mm:ss` in the 19 characters of `s` from `at` (the caller checks
 * there are 19), each character read once: the common layout of exported files, read in place
 * so that no string is made for it. Returns NaN when the text is not in that layout (or its
 * year is below 100: Date.UTC maps those to 19xx, so the general parser must decide), and
 * INVALID when it is but the date or time does not exist.
 */
export function fastDateTime(s: string, at: number): number {
  // Unsigned digit values: a non-digit gives a value above 9 (characters below '0' wrap around).
  const y0 = (s.charCodeAt(at) - 48) >>> 0, y1 = (s.charCodeAt(at + 1) - 48) >>> 0;
  const y2 = (s.charCodeAt(at + 2) - 48) >>> 0, y3 = (s.charCodeAt(at + 3) - 48) >>> 0;
  const m0 = (s.charCodeAt(at + 5) - 48) >>> 0, m1 = (s.charCodeAt(at + 6) - 48) >>> 0;
  const d0 = (s.charCodeAt(at + 8) - 48) >>> 0, d1 = (s.charCodeAt(at + 9) - 48) >>> 0;
  const h0 = (s.charCodeAt(at + 11) - 48) >>> 0, h1 = (s.charCodeAt(at + 12) - 48) >>> 0;
  const i0 = (s.charCodeAt(at + 14) - 48) >>> 0, i1 = (s.charCodeAt(at + 15) - 48) >>> 0;
  const s0 = (s.charCodeAt(at + 17) - 48) >>> 0, s1 = (s.charCodeAt(at + 18) - 48) >>> 0;
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45 || s.charCodeAt(at + 10) !== 32 || s.charCodeAt(at + 13) !== 58 || s.charCodeAt(at + 16) !== 58) return NaN;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NaN;
  if (h0 > 9 || h1 > 9 || i0 > 9 || i1 > 9 || s0 > 9 || s1 > 9) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3, mo = m0 * 10 + m1, d = d0 * 10 + d1;
  const h = h0 * 10 + h1, mi = i0 * 10 + i1, sec = s0 * 10 + s1;
  if (y < 100) return NaN;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return INVALID;
  return (daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec) * 1000 - SHANGHAI_OFFSET_MS;
}

/** Days from 1900-system serial 0 to 1904-01-01, serial 0 of the 1904 date system. */
export const DATE1904_DAYS = 1462;

/**
 * Epoch ms of a datetime cell, NaN when unparseable. Text goes through parseDateTime (with a
 * fast path for the common `YYYY-MM-DD HH:mm:ss`, same result); a number is a 1900-system
 * spreadsheet serial, after adding `serialDays` ({@link DATE1904_DAYS} for a 1904-system
 * workbook). The caller handles empty cells.
 */
export function cellDateTime(v: Cell, serialDays = 0): number {
  if (typeof v === 'number') {
    const n = v + serialDays;
    if (!Number.isFinite(n) || n < 1 || n > MAX_SERIAL + 1) return NaN;
    return fromExcelSerial(n);
  }
  const s = v.length === 19 ? v : v.trim();
  if (s.length === 19) {
    const ms = fastDateTime(s, 0);
    if (ms === ms) return ms === INVALID ? NaN : ms;
  }
  return parseDateTime(s);
}

/**
 * Canonical value of an enum cell, compared after trimming and NFKC, or null when not
 * recognized. Results are memoized per raw text (files repeat a handful of spellings).
 */
export class EnumReader {
  private readonly memo = new Map<string, string | null>();
  /**
   * Values that trimming and NFKC leave as they are: a cell equal to one of them is that value.
   * Values holding a delimiter, quote or line break are left out (never read in place).
   */
  private readonly exact: readonly string[];
  constructor(private readonly values: readonly string[], private readonly aliases?: Readonly<Record<string, string>>) {
    this.exact = values.filter((v) => v !== '' && v.trim().normalize('NFKC') === v && !/[,;\t"\r\n]/.test(v));
  }

  /**
   * The value written exactly (no white space, already NFKC) at s[from], followed by the end
   * `end` or the delimiter `d`, without making a string; null when the cell is anything else,
   * which read() then decides. Values never hold a delimiter, so a match is the whole cell.
   */
  readExactAt(s: string, from: number, end: number, d: number): string | null {
    const exact = this.exact;
    for (let k = 0; k < exact.length; k++) {
      const v = exact[k]!, to = from + v.length;
      if (to <= end && (to === end || s.charCodeAt(to) === d) && s.startsWith(v, from)) return v;
    }
    return null;
  }

  read(raw: string): string | null {
    // A few string comparisons are cheaper than hashing a fresh string for the memo.
    const exact = this.exact;
    for (let k = 0; k < exact.length; k++) if (exact[k] === raw) return exact[k]!;
    const hit = this.memo.get(raw);
    if (hit !== undefined) return hit;
    const v = raw.trim().normalize('NFKC');
    let out: string | null = null;
    if (this.values.includes(v)) out = v;
    else if (this.aliases && Object.prototype.hasOwnProperty.call(this.aliases, v)) out = this.aliases[v]!;
    // Detached: a long raw text sliced from a decoded chunk would otherwise keep the chunk alive.
    if (this.memo.size < 1000) this.memo.set(detach(raw), out);
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
    // Scientific notation needs an e or E: most phone cells are plain digits and skip the regex.
    if ((v.indexOf('e') < 0 && v.indexOf('E') < 0) || !SCIENTIFIC.test(v)) return null;
    n = Number(v);
  }
  if (Number.isSafeInteger(n) && n >= 0) return { text: String(n), exact: true };
  return { text: typeof v === 'number' ? String(v) : v, exact: false };
}

/** Text of a cell as written: numbers as their shortest decimal form, text trimmed. */
export function cellText(v: Cell): string {
  if (typeof v === 'number') return String(v);
  // Most cells have no white space at either end: two character reads instead of a trim call.
  const n = v.length;
  if (n === 0 || (!maybeSpace(v.charCodeAt(0)) && !maybeSpace(v.charCodeAt(n - 1)))) return v;
  return v.trim();
}

/**
 * Whether String.prototype.trim might remove this UTF-16 code unit: a superset of its white
 * space and line terminators (U+0009–U+000D, U+0020, U+00A0, U+1680, U+180E (white space in older Unicode), U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000, U+FEFF); trim() itself decides.
 */
function maybeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}
