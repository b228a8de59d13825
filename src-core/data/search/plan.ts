/**
 * Chinese quick search, planning half. A query is split at white space into terms; every term
 * must occur in the ticket. Intl.Segmenter alone would cut 扰民, 转办 or 城管局 into single
 * characters and miss them as words, so a term is matched as a whole substring first, and its
 * character bigrams are the fallback for near matches (城管局扰民 against 城管局…扰民).
 */
export type SearchPlan = {
  /** Terms as typed (NFKC, lower-cased), each at least one character. */
  terms: string[];
  /** Character bigrams of each term (a one-character term has none). */
  bigrams: string[][];
};

/** NFKC and lower case, the folding applied to queries before matching. */
export function foldQuery(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** Character bigrams of `s` (by code point), without repeats. */
export function bigramsOf(s: string): string[] {
  const cps = Array.from(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cps.length; i++) out.add(cps[i]! + cps[i + 1]!);
  return [...out];
}

/**
 * Word-level segments of `s` plus all its bigrams: the tokens under which an index would file
 * the text. Exported for tests and for any compact index built on top of the scan.
 */
export function tokensOf(s: string): string[] {
  const out = new Set<string>();
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const w of seg.segment(foldQuery(s))) if (w.isWordLike) out.add(w.segment);
  for (const b of bigramsOf(foldQuery(s).replace(/\s+/gu, ''))) out.add(b);
  return [...out];
}

/** The plan of a query; an empty or blank query gives no terms (everything matches). */
export function planSearch(query: string): SearchPlan {
  const terms = foldQuery(query).split(/\s+/u).filter((t) => t !== '');
  return { terms, bigrams: terms.map(bigramsOf) };
}
