import { dimensionOf } from '../assess/dimensions';
import { dispatchedRows } from '../assess/dispatched';
import { monthIndexOf, monthIndexToString, parseMonth } from '../base/time/month-index';
import type { TicketTable } from '../data/table/ticket-table';
import type { Whistle } from './whistle';

/**
 * Figures of 吹哨报到 (DOMAIN.md section 8). The ticket side (dispatched tickets per street and
 * month) is counted by {@link streetDispatchedByMonth} over a TicketTable or by SQL; the rest is
 * pure over whistle records and those counts.
 */

/** Dispatched tickets of one street (`district/street`) in one month `YYYY-MM`. */
export type StreetMonthCount = { street: string; month: string; dispatched: number };

/**
 * The healthy band of 吹哨率 (whistles per 1,000 dispatched tickets): below `low` the mechanism is
 * unused, above `high` daily handling fails. Configuration; {@link DEFAULT_WHISTLE_BAND} by default.
 */
export type WhistleBand = { low: number; high: number };
export const DEFAULT_WHISTLE_BAND: WhistleBand = { low: 0.5, high: 5 };

/** Problems of a band (Chinese; empty when valid). */
export function validateBand(b: WhistleBand): string[] {
  const out: string[] = [];
  if (!Number.isFinite(b.low) || b.low < 0) out.push('健康区间下限须为不小于 0 的数（每千件派单工单的吹哨次数）');
  if (!Number.isFinite(b.high) || b.high <= 0) out.push('健康区间上限须为大于 0 的数');
  if (Number.isFinite(b.low) && Number.isFinite(b.high) && b.high <= b.low) out.push('健康区间上限须大于下限');
  return out;
}

export type BandPosition = 'low' | 'healthy' | 'high';

/** Where a rate stands against the band (null rate → null). */
export function bandOf(rate: number | null, band: WhistleBand): BandPosition | null {
  if (rate === null) return null;
  return rate < band.low ? 'low' : rate > band.high ? 'high' : 'healthy';
}

/** Dispatched tickets per street and month for months m0 … m1 (month indexes), streets with any. */
export function streetDispatchedByMonth(table: TicketTable, m0: number, m1: number): StreetMonthCount[] {
  const sd = dimensionOf(table, 'street', 0, 0);
  const months = m1 - m0 + 1;
  if (months <= 0) return [];
  const counts = new Int32Array(sd.size * months);
  const disp = dispatchedRows(table), month = table.month, codes = sd.codes;
  for (let i = 0; i < table.n; i++) {
    const m = month[i]!;
    if (m < m0 || m > m1 || disp[i] === 0) continue;
    counts[codes[i]! * months + (m - m0)]!++;
  }
  const out: StreetMonthCount[] = [];
  for (let s = 0; s < sd.size; s++) {
    for (let j = 0; j < months; j++) {
      const n = counts[s * months + j]!;
      if (n > 0) out.push({ street: sd.label(s), month: monthIndexToString(m0 + j), dispatched: n });
    }
  }
  return out;
}

export type StreetWhistleRate = {
  street: string;
  whistles: number;
  dispatched: number;
  /** whistles ÷ dispatched × 1,000; null when no ticket was dispatched. */
  rate: number | null;
  band: BandPosition | null;
  /** Whistles by type. */
  byType: Record<string, number>;
};

const inPeriod = (w: Whistle, from: number, to: number): boolean => w.at >= from && w.at < to;

/**
 * 吹哨率 per street over [from, to) (epoch ms): whistles blown in it ÷ the street's dispatched
 * tickets in the months of the counts × 1,000, with the band. `counts` should cover exactly the
 * months of the period (the period is whole months in the UI). Streets with a whistle or a
 * dispatched ticket, ordered by rate descending (null last), then street.
 */
export function streetWhistleRates(whistles: readonly Whistle[], counts: readonly StreetMonthCount[], from: number, to: number, band: WhistleBand = DEFAULT_WHISTLE_BAND): StreetWhistleRate[] {
  const m0 = monthIndexOf(from), m1 = monthIndexOf(to - 1);
  const rows = new Map<string, StreetWhistleRate>();
  const row = (street: string): StreetWhistleRate => {
    let r = rows.get(street);
    if (!r) rows.set(street, (r = { street, whistles: 0, dispatched: 0, rate: null, band: null, byType: {} }));
    return r;
  };
  for (const c of counts) {
    const m = parseMonth(c.month);
    if (m >= m0 && m <= m1) row(c.street).dispatched += c.dispatched;
  }
  for (const w of whistles) {
    if (!inPeriod(w, from, to)) continue;
    const r = row(w.street);
    r.whistles++;
    r.byType[w.type] = (r.byType[w.type] ?? 0) + 1;
  }
  for (const r of rows.values()) {
    r.rate = r.dispatched === 0 ? null : (r.whistles / r.dispatched) * 1000;
    r.band = bandOf(r.rate, band);
  }
  return [...rows.values()].sort((a, b) => (a.rate === b.rate ? 0 : a.rate === null ? 1 : b.rate === null ? -1 : b.rate - a.rate) || (a.street < b.street ? -1 : a.street > b.street ? 1 : 0));
}

export type UnitReportInRate = {
  unit: string;
  /** Times summoned by whistles blown in the period. */
  summons: number;
  /** Report-ins at or before the deadline. */
  onTime: number;
  /** Report-ins after the deadline. */
  late: number;
  /** Not reported in (yet). */
  missing: number;
  /** onTime ÷ summons; null when never summoned. */
  rate: number | null;
};

/** On-time report-in rate per summoned unit over whistles blown in [from, to); ordered by rate ascending (worst first), then unit. */
export function reportInRates(whistles: readonly Whistle[], from: number, to: number): UnitReportInRate[] {
  const rows = new Map<string, UnitReportInRate>();
  for (const w of whistles) {
    if (!inPeriod(w, from, to)) continue;
    for (const unit of w.summoned) {
      let r = rows.get(unit);
      if (!r) rows.set(unit, (r = { unit, summons: 0, onTime: 0, late: 0, missing: 0, rate: null }));
      r.summons++;
      const ri = w.reportIns.find((x) => x.unit === unit);
      if (!ri) r.missing++;
      else if (ri.at <= w.deadline) r.onTime++;
      else r.late++;
    }
  }
  for (const r of rows.values()) r.rate = r.summons === 0 ? null : r.onTime / r.summons;
  return [...rows.values()].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

export type StreetMonthCell = { whistles: number; dispatched: number; rate: number | null; band: BandPosition | null };

/** Street × month table: whistles, dispatched tickets and 吹哨率 for each street and month m0 … m1 (month indexes). */
export function streetMonthTable(whistles: readonly Whistle[], counts: readonly StreetMonthCount[], m0: number, m1: number, band: WhistleBand = DEFAULT_WHISTLE_BAND): { months: string[]; rows: { street: string; cells: StreetMonthCell[]; total: StreetMonthCell }[] } {
  const months: string[] = [];
  for (let m = m0; m <= m1; m++) months.push(monthIndexToString(m));
  const idx = new Map(months.map((m, j) => [m, j]));
  const rows = new Map<string, { dispatched: number[]; whistles: number[] }>();
  const row = (s: string) => {
    let r = rows.get(s);
    if (!r) rows.set(s, (r = { dispatched: new Array<number>(months.length).fill(0), whistles: new Array<number>(months.length).fill(0) }));
    return r;
  };
  for (const c of counts) { const j = idx.get(c.month); if (j !== undefined) row(c.street).dispatched[j]! += c.dispatched; }
  for (const w of whistles) { const j = idx.get(monthIndexToString(monthIndexOf(w.at))); if (j !== undefined) row(w.street).whistles[j]!++; }
  const cell = (wh: number, d: number): StreetMonthCell => { const rate = d === 0 ? null : (wh / d) * 1000; return { whistles: wh, dispatched: d, rate, band: bandOf(rate, band) }; };
  const out = [...rows].map(([street, r]) => ({
    street,
    cells: months.map((_, j) => cell(r.whistles[j]!, r.dispatched[j]!)),
    total: cell(r.whistles.reduce((a, b) => a + b, 0), r.dispatched.reduce((a, b) => a + b, 0)),
  }));
  out.sort((a, b) => b.total.whistles - a.total.whistles || (a.street < b.street ? -1 : a.street > b.street ? 1 : 0));
  return { months, rows: out };
}
