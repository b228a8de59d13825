/** Normalization of DOMAIN.md section 4. */

const WHITE = /\s+/gu;
const PUNCT_SYMBOL = /[\p{P}\p{S}]/gu;

/** NFKC, then all white space removed. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(WHITE, '');
}

/** Normalized text without Unicode punctuation and symbols, Latin lower-cased; '' = no address. */
export function addressKey(s: string): string {
  return normText(s).replace(PUNCT_SYMBOL, '').toLowerCase();
}

/** Digits only; a leading 0086 or 86 is stripped from numbers longer than 11 digits. */
export function phoneKey(s: string): string {
  let d = s.replace(/\D+/g, '');
  if (d.length > 11) {
    if (d.startsWith('0086')) d = d.slice(4);
    else if (d.startsWith('86')) d = d.slice(2);
  }
  return d;
}

const CATEGORY_SEP = /[/>＞]/;

/** Segments of a category path (separators `/`, `>`, `＞`), trimmed, empty ones dropped. */
export function categorySegments(path: string): string[] {
  return path.split(CATEGORY_SEP).map((x) => x.trim()).filter((x) => x !== '');
}

/** Category level k: the first k segments joined by `/` ('' for an empty path). */
export function categoryLevel(path: string, k: number): string {
  return categorySegments(path).slice(0, k).join('/');
}
