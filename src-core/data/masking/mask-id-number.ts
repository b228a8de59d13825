import { MASK, isDigit } from './digits';

/** Length of a resident identity card number (居民身份证号码). */
export const ID_NUMBER_LENGTH = 18;

/**
 * True when `s` is shaped like an 18-character ID number: 17 digits then a digit or X (either
 * may already be '*' from an earlier masking pass, which keeps masking idempotent).
 */
export function isIdNumberShape(s: string): boolean {
  if (s.length !== ID_NUMBER_LENGTH) return false;
  for (let i = 0; i < ID_NUMBER_LENGTH - 1; i++) {
    const ch = s[i]!;
    if (ch !== MASK && !isDigit(ch)) return false;
  }
  const last = s[ID_NUMBER_LENGTH - 1]!;
  return last === MASK || last === 'X' || last === 'x' || last === 'Ｘ' || isDigit(last);
}

/**
 * Masks an ID number (DOMAIN.md section 7): an 18-character number keeps its first 2 and last 3
 * characters, the 13 between become '*' (`110101199003071234` → `11*************234`). Anything
 * else (a 15-digit old number, a typo) is masked whole, character for character, since its
 * layout is unknown. Surrounding white space is kept; the output has the input's length.
 */
export function maskIdNumber(value: string): string {
  const lead = value.length - value.trimStart().length;
  const core = value.trim();
  const tail = value.slice(lead + core.length);
  const masked = isIdNumberShape(core)
    ? core.slice(0, 2) + MASK.repeat(13) + core.slice(15)
    : MASK.repeat(core.length);
  return value.slice(0, lead) + masked + tail;
}
