import type { TicketTable } from '../data/table/ticket-table';
import { dictSize } from '../data/table/dict';
import { DAY_MS } from '../base/time/shanghai';

const cache = new WeakMap<TicketTable, Map<number, Uint8Array>>();

/**
 * Per row: 1 when another ticket of the whole table with the same address key and the same
 * category level 2 was accepted in (closedAt, closedAt + days × 24 h] — DOMAIN.md section 5's
 * recurrence. The window end is inclusive (exactly 30 days later counts). Rows without closedAt
 * or with an empty address key get 0. An empty category level 2 matches an empty one (DOMAIN.md
 * does not exclude it here, unlike the chronic rules).
 *
 * O(n) bucketing by address code, then a sort per address bucket and a binary search per row.
 * Cached per table and window, since tables are immutable once built.
 */
export function recurrenceFlags(table: TicketTable, days: number): Uint8Array {
  let byDays = cache.get(table);
  if (!byDays) cache.set(table, (byDays = new Map()));
  const hit = byDays.get(days);
  if (hit) return hit;
  const flags = computeRecurrence(table, days * DAY_MS);
  byDays.set(days, flags);
  return flags;
}

function computeRecurrence(table: TicketTable, windowMs: number): Uint8Array {
  const n = table.n;
  const addr = table.codes.addressKey;
  const cat2 = table.codes.category2;
  const acc = table.time.acceptedAt;
  const closed = table.time.closedAt;
  const flags = new Uint8Array(n);
  const nAddr = dictSize(table.dicts.addressKey);

  // Counting sort of the rows by address code (code 0 = no address, skipped).
  const start = new Int32Array(nAddr + 1);
  for (let i = 0; i < n; i++) start[addr[i]! + 1]!++;
  for (let a = 1; a <= nAddr; a++) start[a]! += start[a - 1]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, nAddr);
  for (let i = 0; i < n; i++) order[fill[addr[i]!]!++] = i;

  const times = new Float64Array(64);
  let buf = times;
  for (let a = 1; a < nAddr; a++) {
    const lo = start[a]!, hi = start[a + 1]!;
    if (hi - lo < 2) continue;
    // Order the bucket by category level 2, then acceptedAt, so each (address, category) run is
    // sorted by time and a binary search finds the first acceptance after closing.
    const rows = order.subarray(lo, hi);
    rows.sort((x, y) => cat2[x]! - cat2[y]! || acc[x]! - acc[y]! || x - y);
    if (buf.length < rows.length) buf = new Float64Array(rows.length * 2);
    for (let k = 0; k < rows.length; k++) buf[k] = acc[rows[k]!]!;
    let runStart = 0;
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && cat2[rows[k]!] === cat2[rows[runStart]!]) continue;
      if (k - runStart >= 2) markRun(rows, buf, runStart, k, closed, windowMs, flags);
      runStart = k;
    }
  }
  return flags;
}

function markRun(
  rows: Int32Array, accSorted: Float64Array, lo: number, hi: number,
  closed: Float64Array, windowMs: number, flags: Uint8Array,
): void {
  for (let k = lo; k < hi; k++) {
    const t = rows[k]!;
    const c = closed[t]!;
    if (c !== c) continue; // NaN: not closed
    // First position in [lo, hi) with acceptedAt > c.
    let a = lo, b = hi;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (accSorted[m]! > c) b = m; else a = m + 1;
    }
    const limit = c + windowMs;
    for (let j = a; j < hi && accSorted[j]! <= limit; j++) {
      if (rows[j] !== t) { flags[t] = 1; break; }
    }
  }
}
