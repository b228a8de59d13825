import type { StringLookup } from '../table/string-column';
import type { SearchPlan } from './plan';

/** Weight of a hit in each searched field, in the order the caller passes the fields. */
export const DEFAULT_FIELD_WEIGHTS = [3, 2, 1] as const;

const EXACT = 10;
/** Share of a term's bigrams a field must hold to count as a near match. */
const NEAR_SHARE = 0.75;

/**
 * Score of one document (its fields, e.g. content, address, reply) for `plan`; 0 means no match.
 * Every term must match some field, as a substring (EXACT × field weight, plus a bonus when it
 * opens the field) or, failing that, by holding at least three quarters of the term's bigrams
 * (their share × field weight). Case differences of Latin letters are ignored by lower-casing
 * the field only when the term holds Latin letters, which keeps the common all-Chinese case fast.
 */
export function scoreDocument(fields: readonly string[], plan: SearchPlan, weights: readonly number[] = DEFAULT_FIELD_WEIGHTS): number {
  let total = 0;
  for (let t = 0; t < plan.terms.length; t++) {
    const term = plan.terms[t]!;
    const latin = /[a-z]/.test(term);
    let best = 0;
    for (let f = 0; f < fields.length; f++) {
      let text = fields[f] ?? '';
      if (text === '') continue;
      if (latin) text = text.toLowerCase();
      const w = weights[f] ?? 1;
      const at = text.indexOf(term);
      if (at >= 0) {
        const s = EXACT * w + (at === 0 ? w : 0);
        if (s > best) best = s;
      }
    }
    if (best === 0) {
      const grams = plan.bigrams[t]!;
      if (grams.length >= 2) {
        for (let f = 0; f < fields.length; f++) {
          let text = fields[f] ?? '';
          if (text === '') continue;
          if (latin) text = text.toLowerCase();
          let hit = 0;
          for (const g of grams) if (text.includes(g)) hit++;
          const share = hit / grams.length;
          if (share >= NEAR_SHARE) {
            const s = share * (weights[f] ?? 1);
            if (s > best) best = s;
          }
        }
      }
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/**
 * Ranked search over columns of texts (row i of each column is document i). Scans `rows` (all
 * rows when omitted) and returns matching rows by score descending, ties in row order. An empty
 * plan returns the rows unchanged.
 */
export function searchColumns(
  columns: readonly StringLookup[],
  plan: SearchPlan,
  rows?: Int32Array,
  weights: readonly number[] = DEFAULT_FIELD_WEIGHTS,
): { rows: Int32Array; scores: Float64Array } {
  const n = rows ? rows.length : (columns[0]?.length ?? 0);
  if (plan.terms.length === 0) {
    const all = rows ? rows.slice() : Int32Array.from({ length: n }, (_, i) => i);
    return { rows: all, scores: new Float64Array(all.length) };
  }
  const hitRows: number[] = [];
  const hitScores: number[] = [];
  const fields: string[] = new Array(columns.length);
  const first = plan.terms[0]!;
  const firstGrams = plan.bigrams[0]!;
  const latin = plan.terms.some((t) => /[a-z]/.test(t));
  for (let k = 0; k < n; k++) {
    const r = rows ? rows[k]! : k;
    for (let f = 0; f < columns.length; f++) fields[f] = columns[f]!.get(r);
    // Cheap pre-check on the first term: a substring or at least one of its bigrams somewhere.
    if (!latin) {
      let any = false;
      for (let f = 0; f < fields.length && !any; f++) {
        const text = fields[f]!;
        if (text.includes(first)) any = true;
        else for (let g = 0; g < firstGrams.length && !any; g++) if (text.includes(firstGrams[g]!)) any = true;
      }
      if (!any) continue;
    }
    const s = scoreDocument(fields, plan, weights);
    if (s > 0) { hitRows.push(r); hitScores.push(s); }
  }
  const order = Array.from(hitRows.keys()).sort((a, b) => hitScores[b]! - hitScores[a]! || hitRows[a]! - hitRows[b]!);
  return { rows: Int32Array.from(order, (i) => hitRows[i]!), scores: Float64Array.from(order, (i) => hitScores[i]!) };
}
