import { normText } from './normalize';

/**
 * {@link normText} (NFKC, then white space removed) without running NFKC on the text a hotline
 * holds. The **fast domain** is every character that is printable ASCII, a CJK ideograph
 * (U+3400–4DBF, U+4E00–9FFF), common CJK punctuation (U+3001–3011), quotes and dashes (U+2014,
 * U+2018–201F, U+00B7), a full-width ASCII form (U+FF01–FF5E, which NFKC maps to ASCII) or white
 * space: all of these are NFKC-stable or map to one ASCII character, and none composes with its
 * neighbours, so within the domain the normalized text is worked out character by character.
 */

/** {@link scanFastDomain}: the text has white space (removed by normalization). */
export const HAS_SPACE = 1;
/** {@link scanFastDomain}: the text has full-width ASCII forms (mapped to ASCII by normalization). */
export const HAS_FULL_WIDTH = 2;

/**
 * −1 when `s` has a character outside the fast domain; otherwise the flags {@link HAS_SPACE} and
 * {@link HAS_FULL_WIDTH} (0: `s` is already normalized).
 */
export function scanFastDomain(s: string): number {
  let flags = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if ((c >= 0x3001 && c <= 0x3011) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0xb7) continue;
    if (c >= 0xff01 && c <= 0xff5e) { flags |= HAS_FULL_WIDTH; continue; }
    if (isSpace(c)) { flags |= HAS_SPACE; continue; }
    return -1;
  }
  return flags;
}

/** {@link normText}, by characters within the fast domain (the same result always). */
export function normTextFast(s: string): string {
  const flags = scanFastDomain(s);
  if (flags < 0) return normText(s);
  if (flags === 0) return s;
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(run, i) + String.fromCharCode(c - 0xfee0);
      run = i + 1;
    } else if (isSpace(c)) {
      out += s.slice(run, i);
      run = i + 1;
    }
  }
  return out + s.slice(run);
}

/** The characters `\s` matches in JavaScript (normText removes them after NFKC, which keeps them white space). */
export function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
