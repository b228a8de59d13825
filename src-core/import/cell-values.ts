/** Reading single cells: datetimes, enums, counts and phone numbers (DOMAIN.md section 2). */
import { parseDateTime } from '../time/parse-datetime';
import { fromExcelSerial, localToEpoch, validDate } from '../time/shanghai';
import type { Cell } from './types';

/** Last serial the 1900 date system allows (9999-12-31). */
const MAX_SERIAL = 2_958_465;

const d2 = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const DIGIT_POS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

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
    let ok = true;
    for (const k of DIGIT_POS) if (!isDigit(s.charCodeAt(k))) { ok = false; break; }
    if (ok) {
      const y = d2(s, 0) * 100 + d2(s, 2), mo = d2(s, 5), d = d2(s, 8), h = d2(s, 11), mi = d2(s, 14), sec = d2(s, 17);
      if (!validDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) return NaN;
      return localToEpoch(y, mo, d, h, mi, sec);
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
