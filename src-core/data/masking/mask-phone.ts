import { MASK, asciiDigit, isDigitOrMask } from './digits';

/** A phone number keeps its first 3 and last 4 digits only when it has at least this many. */
export const PHONE_MIN_DIGITS = 11;

/** Characters that may sit between the digits of one written phone number. */
const PHONE_JOINERS = new Set(['+', '-', ' ', '(', ')', '（', '）', '.', '\u3000']);

/**
 * Masks one phone number (DOMAIN.md section 7): the first 3 and last 4 digits stay, every other
 * digit becomes '*' (`13812341234` → `138****1234`). A number with fewer than 11 digits (local
 * landlines, extensions, fragments) is all '*', because keeping 3 + 4 would show nearly all of it.
 *
 * Separators (`-`, spaces, brackets, `+`) stay where they are and the output has exactly the
 * input's length. A country prefix `86`/`0086` on a number longer than 11 digits is not counted
 * as the "first 3" (it is not personal), so `+86 138 1234 1234` → `+86 138 **** 1234`. A field
 * holding several numbers or an extension (`13812341234转123`, `A/B`) is split at any other
 * character and each part masked on its own. Already-masked input comes back unchanged.
 */
export function maskPhone(value: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const ch = i < value.length ? value[i]! : '';
    const inNumber = ch !== '' && (isDigitOrMask(ch) || (start >= 0 && PHONE_JOINERS.has(ch)) || ch === '+');
    if (inNumber) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out += maskPhoneRun(value.slice(start, i));
      start = -1;
    }
    out += ch;
  }
  return out;
}

/** Masks the digits of one run of digits and joiners, keeping the joiners in place. */
function maskPhoneRun(run: string): string {
  const positions: number[] = [];
  for (let i = 0; i < run.length; i++) if (isDigitOrMask(run[i]!)) positions.push(i);
  if (positions.length === 0) return run;
  const digits = positions.map((p) => asciiDigit(run[p]!)).join('');
  let prefix = 0;
  if (digits.length > PHONE_MIN_DIGITS) {
    if (digits.startsWith('0086')) prefix = 4;
    else if (digits.startsWith('86')) prefix = 2;
  }
  const national = digits.length - prefix;
  const chars = run.split('');
  positions.forEach((p, k) => {
    const keep = national >= PHONE_MIN_DIGITS && (k < prefix + 3 || k >= digits.length - 4);
    if (!keep) chars[p] = MASK;
  });
  return chars.join('');
}
