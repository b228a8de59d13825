import type { StringLookup } from '../data/table/string-column';
import { DAY_MS } from '../base/time/shanghai';

/**
 * Splits rows already sorted by (acceptedAt, id) into gap chains (DOMAIN.md section 6):
 * consecutive rows whose acceptedAt differ by at most `gapDays` days (exactly gapDays·86 400 000
 * ms still joins) share a chain. Returns only chains of at least `minSize` rows.
 */
export function gapChains(sortedRows: readonly number[], acceptedAt: Float64Array, gapDays: number, minSize: number): number[][] {
  const out: number[][] = [];
  if (sortedRows.length < minSize) return out;
  const gap = gapDays * DAY_MS;
  let cur: number[] = [sortedRows[0]!];
  for (let i = 1; i < sortedRows.length; i++) {
    const r = sortedRows[i]!;
    if (acceptedAt[r]! - acceptedAt[cur[cur.length - 1]!]! <= gap) cur.push(r);
    else {
      if (cur.length >= minSize) out.push(cur);
      cur = [r];
    }
  }
  if (cur.length >= minSize) out.push(cur);
  return out;
}

/** Comparator of rows by acceptedAt, then id in code-point order (the gap-chain order). */
export function byTimeThenId(acceptedAt: Float64Array, ids: StringLookup): (a: number, b: number) => number {
  return (a, b) => {
    const d = acceptedAt[a]! - acceptedAt[b]!;
    if (d !== 0) return d;
    const x = ids.get(a), y = ids.get(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
