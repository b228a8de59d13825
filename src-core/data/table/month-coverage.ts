import type { TicketTable } from './ticket-table';

/**
 * Tickets per local month (any ticket at all, dispatched or not): a month is **covered** when
 * the file has at least one ticket accepted in it (DOMAIN.md sections 8 and 9). `counts[m − lo]`
 * is the number of tickets of month index m; months outside [lo, hi] have none.
 */
export type MonthCoverage = { lo: number; hi: number; counts: Int32Array };

const cache = new WeakMap<TicketTable, MonthCoverage>();

/** The month coverage of `table` (one pass over the month column; cached per table). */
export function monthCoverage(table: TicketTable): MonthCoverage {
  const hit = cache.get(table);
  if (hit) return hit;
  const m = table.month;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < table.n; i++) {
    const v = m[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  let out: MonthCoverage;
  if (table.n === 0) out = { lo: 0, hi: -1, counts: new Int32Array(0) };
  else {
    const counts = new Int32Array(hi - lo + 1);
    for (let i = 0; i < table.n; i++) counts[m[i]! - lo]!++;
    out = { lo, hi, counts };
  }
  cache.set(table, out);
  return out;
}

/** Whether month index `m` is covered. */
export function isCovered(cov: MonthCoverage, m: number): boolean {
  return m >= cov.lo && m <= cov.hi && cov.counts[m - cov.lo]! > 0;
}

/** Month indexes of every covered month, ascending. */
export function coveredMonths(cov: MonthCoverage): number[] {
  const out: number[] = [];
  for (let m = cov.lo; m <= cov.hi; m++) if (cov.counts[m - cov.lo]! > 0) out.push(m);
  return out;
}
