/** Index of the first position in sorted `keys[0..len)` whose value is ≥ `k`. */
export function lowerBound(keys: Float64Array, len: number, k: number): number {
  let lo = 0, hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < k) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** A sorted multimap from float keys to rows, merged in O(n + m) when a batch is added. */
export type SortedPostings = { keys: Float64Array; rows: Int32Array };

export function emptyPostings(): SortedPostings {
  return { keys: new Float64Array(0), rows: new Int32Array(0) };
}

/** Merges a batch already sorted by key into `p`, returning the new postings (p is not changed). */
export function mergePostings(p: SortedPostings, keys: Float64Array, rows: Int32Array): SortedPostings {
  const n = p.keys.length, m = keys.length;
  if (m === 0) return p;
  const k = new Float64Array(n + m);
  const r = new Int32Array(n + m);
  let i = 0, j = 0, w = 0;
  while (i < n && j < m) {
    if (p.keys[i]! <= keys[j]!) { k[w] = p.keys[i]!; r[w++] = p.rows[i++]!; }
    else { k[w] = keys[j]!; r[w++] = rows[j++]!; }
  }
  while (i < n) { k[w] = p.keys[i]!; r[w++] = p.rows[i++]!; }
  while (j < m) { k[w] = keys[j]!; r[w++] = rows[j++]!; }
  return { keys: k, rows: r };
}

/**
 * Groups `order` (rows in gap-chain order) by a dense code with a counting sort, so each group
 * stays in that order: rows of code c are rows[start[c] .. start[c+1]).
 */
export function layoutByCode(order: Int32Array, codes: Int32Array, numCodes: number): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(numCodes + 1);
  for (let i = 0; i < order.length; i++) { const c = codes[order[i]!]! + 1; start[c] = start[c]! + 1; }
  for (let c = 0; c < numCodes; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, numCodes);
  const rows = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const r = order[i]!;
    const c = codes[r]!;
    rows[fill[c]!] = r;
    fill[c] = fill[c]! + 1;
  }
  return { start, rows };
}
