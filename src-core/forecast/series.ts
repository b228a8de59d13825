import { monthIndexToString } from '../base/time/month-index';
import { monthCoverage } from '../data/table/month-coverage';
import type { TicketTable } from '../data/table/ticket-table';
import { countGroupMonths } from '../hotspots/count';

/** A forecast group's key, as DOMAIN.md section 10 names it (the same shape as a hotspot key). */
export type ForecastKey = { category2: string; district: string };

/**
 * The monthly series of DOMAIN.md section 10: dispatched tickets per `category2,district` pair
 * and month, for every pair with at least one dispatched ticket in the file, over the file's
 * months m0 … m1 (month indexes). `y[g · months + (m − m0)]` is group g's count in month m;
 * `covered[m − m0]` says whether the file has any ticket in month m. `cat[g]` numbers the
 * groups' category2 densely (the method pools a category's districts).
 */
export type ForecastSeries = {
  keys: ForecastKey[];
  cat: Int32Array;
  cats: number;
  m0: number;
  m1: number;
  months: number;
  covered: boolean[];
  y: Float64Array;
};

/** The series of `table` (one pass through the hotspot counter). */
export function forecastSeries(table: TicketTable): ForecastSeries {
  const cov = monthCoverage(table);
  if (cov.hi < cov.lo) return { keys: [], cat: new Int32Array(0), cats: 0, m0: 0, m1: -1, months: 0, covered: [], y: new Float64Array(0) };
  const c = countGroupMonths(table, ['category2', 'district'], cov.lo, cov.hi);
  const keep: number[] = [];
  for (let s = 0; s < c.slots; s++) {
    let total = 0;
    for (let j = 0; j < c.months; j++) total += c.counts[s * c.months + j]!;
    if (total > 0) keep.push(s);
  }
  const keys: ForecastKey[] = [];
  const catIds = new Map<string, number>();
  const cat = new Int32Array(keep.length);
  const y = new Float64Array(keep.length * c.months);
  keep.forEach((s, g) => {
    const [category2 = '', district = ''] = c.parts(s);
    keys.push({ category2, district });
    let id = catIds.get(category2);
    if (id === undefined) { id = catIds.size; catIds.set(category2, id); }
    cat[g] = id;
    for (let j = 0; j < c.months; j++) y[g * c.months + j] = c.counts[s * c.months + j]!;
  });
  return { keys, cat, cats: catIds.size, m0: c.m0, m1: c.m1, months: c.months, covered: c.covered, y };
}

/** Whether month index m is covered by the series' file. */
export function seriesCovered(s: ForecastSeries, m: number): boolean {
  return m >= s.m0 && m <= s.m1 && s.covered[m - s.m0] === true;
}

/** Group g's count in month m (0 outside the file or in an uncovered month). */
export function seriesAt(s: ForecastSeries, g: number, m: number): number {
  return m >= s.m0 && m <= s.m1 ? s.y[g * s.months + (m - s.m0)]! : 0;
}

/** Month indexes of the series' covered months, ascending. */
export function coveredMonthList(s: ForecastSeries): number[] {
  const out: number[] = [];
  for (let m = s.m0; m <= s.m1; m++) if (s.covered[m - s.m0]) out.push(m);
  return out;
}

export { monthIndexToString };
