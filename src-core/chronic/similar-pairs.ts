import { gramSet, jaccard } from './grams';
import { bandKeys, worthChecking } from './minhash';
import type { ChronicRuleBody } from './rule-set';

/**
 * All R6 pairs found by the LSH candidate search: pairs (a < b) of texts in the same group
 * (group 0 = no group, never linked) sharing a band key and whose exact 3-gram Jaccard is at least
 * the threshold. The detection index uses the same candidates and the same pre-check
 * ({@link worthChecking}); this form exists so the pair
 * recall against brute force can be measured.
 */
export function findSimilarPairs(texts: readonly string[], groups: ArrayLike<number>, cfg: ChronicRuleBody['r6']): { a: number; b: number; similarity: number }[] {
  const grams = texts.map((s) => gramSet(s, cfg.gramSize, cfg.minTextLength));
  const buckets = new Map<string, number[]>();
  const k = cfg.bands * cfg.rowsPerBand;
  const sketch = new Uint8Array(texts.length * k);
  for (let i = 0; i < texts.length; i++) {
    if (groups[i] === 0) continue;
    const keys = bandKeys(grams[i]!, cfg.bands, cfg.rowsPerBand, sketch, i * k);
    if (!keys) continue;
    for (let b = 0; b < keys.length; b++) {
      const k = `${groups[i]}:${b}:${keys[b]}`;
      const l = buckets.get(k);
      if (l) l.push(i); else buckets.set(k, [i]);
    }
  }
  const seen = new Set<number>();
  const out: { a: number; b: number; similarity: number }[] = [];
  for (const l of buckets.values()) {
    for (let x = 0; x < l.length; x++) {
      for (let y = x + 1; y < l.length; y++) {
        const a = l[x]!, b = l[y]!;
        const pk = a * texts.length + b;
        if (seen.has(pk)) continue;
        seen.add(pk);
        if (!worthChecking(sketch, a, b, k, grams[a]!.length, grams[b]!.length, cfg.threshold)) continue;
        const s = jaccard(grams[a]!, grams[b]!);
        if (s >= cfg.threshold) out.push({ a, b, similarity: s });
      }
    }
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
