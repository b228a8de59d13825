/*
 * Character classes shared by the maskers. A "digit position" is an ASCII or full-width digit,
 * or a '*' that an earlier masking pass left there: counting '*' as a position is what makes
 * every masker idempotent (masking masked text changes nothing).
 */

/** The masking character. */
export const MASK = '*';

/** True for 0-9 and full-width ０-９ (each one UTF-16 code unit, so replacing keeps lengths). */
export function isDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '\uFF10' && ch <= '\uFF19');
}

/** A digit or an already-masked position. */
export function isDigitOrMask(ch: string): boolean {
  return ch === MASK || isDigit(ch);
}

/** The ASCII value of a digit ('５' → '5'); other characters unchanged. */
export function asciiDigit(ch: string): string {
  return ch >= '\uFF10' && ch <= '\uFF19' ? String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48) : ch;
}
