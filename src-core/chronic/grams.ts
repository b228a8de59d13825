import { normText } from '../base/text/normalize';

const DIGIT = /\p{Nd}/gu;

/** R6 text form: normalized (NFKC, no white space) with every digit replaced by '#'. */
export function similarityText(content: string): string {
  return normText(content).replace(DIGIT, '#');
}

/**
 * Exact key of a character n-gram. Code points below 2^17 (all of the BMP and CJK Extension B)
 * pack exactly into a float for n ≤ 3; rarer grams get a 2^52-offset hash (a collision between two
 * such grams is the only inexactness, and needs characters from Extension C or later).
 */
function gramKey(cps: readonly number[], i: number, n: number): number {
  if (n <= 3) {
    let exact = true;
    for (let k = 0; k < n; k++) if (cps[i + k]! >= 0x20000) exact = false;
    if (exact) {
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 0x20000 + cps[i + k]!;
      return v;
    }
  }
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ cps[i + k]!, 0x01000193);
  return 2 ** 52 + (h >>> 0) + (n << 40);
}

/**
 * The distinct character n-grams of the R6 text of `content`, as sorted exact keys. Empty when
 * the text has fewer than max(n, minLength) characters (such texts are never linked).
 */
export function gramSet(content: string, n: number, minLength: number): Float64Array {
  const cps = Array.from(similarityText(content), (c) => c.codePointAt(0)!);
  if (cps.length < Math.max(n, minLength)) return new Float64Array(0);
  const keys = new Float64Array(cps.length - n + 1);
  for (let i = 0; i + n <= cps.length; i++) keys[i] = gramKey(cps, i, n);
  keys.sort();
  let w = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[w - 1]) keys[w++] = keys[i]!;
  return keys.subarray(0, w);
}

/** Jaccard similarity |A∩B| / |A∪B| of two sorted distinct key sets; 0 when either is empty. */
export function jaccard(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { inter++; i++; j++; } else if (x < y) i++; else j++;
  }
  return inter / (a.length + b.length - inter);
}
