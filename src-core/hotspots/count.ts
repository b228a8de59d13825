import { dispatchedRows } from '../assess/dispatched';
import { localDayNumber, monthIndexToString } from '../base/time/month-index';
import { isCovered, monthCoverage } from '../data/table/month-coverage';
import type { TicketTable } from '../data/table/ticket-table';
import type { GroupMonthCount } from './finish';
import { hotspotDim, type HotspotDim, type HotspotKey } from './keys';
import type { WeekGrid } from './weeks';

/** Above this many (a × b) slots a pair of keys is numbered densely through a map. */
const MAX_DIRECT_SLOTS = 1 << 16;

/**
 * Step (a) of hotspots over a TicketTable: dispatched tickets per group and month for months
 * m0 … m1 (month indexes), and per group and week of a {@link WeekGrid} when one is given, in one
 * pass over the rows with typed-array counters. Group slots are numbered `a · sizeB + b` (or
 * densely, for pairs with very many slots); `parts(slot)` gives the key values.
 */
export type GroupMonthCounts = {
  by: HotspotKey[];
  m0: number;
  m1: number;
  /** Per month m0 … m1: whether the table has any ticket accepted in it. */
  covered: boolean[];
  slots: number;
  /** counts[slot · months + (m − m0)]. */
  counts: Int32Array;
  months: number;
  /** counts per slot and week when a week grid was given: weekCounts[slot · weeks + w]. */
  weekCounts: Int32Array | null;
  weeks: number;
  parts(slot: number): string[];
};

/** Counts per group × month (and × week) of the dispatched tickets (see {@link GroupMonthCounts}). */
export function countGroupMonths(table: TicketTable, by: readonly HotspotKey[], m0: number, m1: number, grid?: WeekGrid): GroupMonthCounts {
  const dims = by.map((k) => hotspotDim(table, k)) as [HotspotDim] | [HotspotDim, HotspotDim];
  const da = dims[0], db = dims[1] ?? null;
  const nB = db ? db.size : 1;
  const months = Math.max(0, m1 - m0 + 1);
  const nW = grid ? grid.weeks.length : 0;
  const d0 = grid ? grid.firstDay : 0;
  const direct = da.size * nB <= MAX_DIRECT_SLOTS;
  const disp = dispatchedRows(table);
  const month = table.month, acc = table.time.acceptedAt;
  const ca = da.codes, ma = da.map, cb = db ? db.codes : null, mb = db ? db.map : null;

  const dense = new Map<number, number>();
  const pairOf: number[] = [];
  let slots = direct ? da.size * nB : 0;
  let counts = new Int32Array(direct ? slots * months : 1024 * months);
  let weekCounts = grid ? new Int32Array(direct ? slots * nW : 1024 * nW) : null;
  for (let i = 0; i < table.n; i++) {
    const m = month[i]!;
    if (m < m0 || m > m1 || disp[i] === 0) continue;
    const a = ma === null ? ca[i]! : ma[ca[i]!]!;
    const b = cb === null ? 0 : mb === null ? cb[i]! : mb[cb[i]!]!;
    let s = a * nB + b;
    if (!direct) {
      let d = dense.get(s);
      if (d === undefined) {
        d = slots++;
        dense.set(s, d);
        pairOf.push(s);
        if (slots * months > counts.length) { const c = new Int32Array(counts.length * 2); c.set(counts); counts = c; }
        if (weekCounts && slots * nW > weekCounts.length) { const c = new Int32Array(weekCounts.length * 2); c.set(weekCounts); weekCounts = c; }
      }
      s = d;
    }
    counts[s * months + (m - m0)]!++;
    if (weekCounts !== null) {
      const w = Math.floor((localDayNumber(acc[i]!) - d0) / 7);
      if (w >= 0 && w < nW) weekCounts[s * nW + w]!++;
    }
  }
  const cov = monthCoverage(table);
  const covered: boolean[] = [];
  for (let m = m0; m <= m1; m++) covered.push(isCovered(cov, m));
  const labelOf = (pair: number): string[] => {
    const a = Math.floor(pair / nB), b = pair % nB;
    return db ? [da.label(a), db.label(b)] : [da.label(a)];
  };
  return {
    by: [...by], m0, m1, covered, slots, counts, months, weekCounts, weeks: nW,
    parts: (slot) => labelOf(direct ? slot : pairOf[slot]!),
  };
}

/** Count of `slot` in month index `m` (0 outside the counted months). */
export function countAt(gm: GroupMonthCounts, slot: number, m: number): number {
  return m < gm.m0 || m > gm.m1 ? 0 : gm.counts[slot * gm.months + (m - gm.m0)]!;
}

/**
 * The finisher's input for month index `m` from counts that include m − 12 … m: the cells of every
 * group with a ticket in m (other groups are never listed), and the covered months.
 */
export function hotspotCells(gm: GroupMonthCounts, m: number): { covered: string[]; cells: GroupMonthCount[]; slots: number[] } {
  if (m - 12 < gm.m0 || m > gm.m1) throw new Error('计数月份范围须包含所选月份及其前 12 个月');
  const cells: GroupMonthCount[] = [];
  const slots: number[] = [];
  for (let s = 0; s < gm.slots; s++) {
    if (countAt(gm, s, m) === 0) continue;
    slots.push(s);
    const parts = gm.parts(s);
    for (let j = m - 12; j <= m; j++) {
      const c = countAt(gm, s, j);
      if (c > 0) cells.push({ parts, month: monthIndexToString(j), count: c });
    }
  }
  const covered: string[] = [];
  for (let j = gm.m0; j <= gm.m1; j++) if (gm.covered[j - gm.m0]) covered.push(monthIndexToString(j));
  return { covered, cells, slots };
}
