import { monthIndexToString, parseMonth } from '../base/time/month-index';
import type { TicketTable } from '../data/table/ticket-table';
import { backtest, groupOrder, type Backtest } from './backtest';
import { interval, intervalModel } from './interval';
import { forecastMonth, METHOD } from './method';
import { coveredMonthList, forecastSeries, type ForecastKey, type ForecastSeries } from './series';

export type ForecastPoint = { key: ForecastKey; month: string; forecast: number; low: number; high: number };

/** What `forecast --format json [--month M]` prints (DOMAIN.md section 10). */
export type ForecastReport = { method: string; backtest: Backtest; forecasts?: ForecastPoint[] };

/**
 * Forecasts of months M and M + 1 for every group. The origin is the month before M, or the
 * file's last covered month when the file ends earlier: only tickets accepted up to the end of
 * the origin month are read. Throws (Chinese) when no covered month precedes M.
 */
export function forecastsFor(s: ForecastSeries, month: string, bt: Backtest): ForecastPoint[] {
  const m = parseMonth(month);
  if (Number.isNaN(m)) throw new Error(`月份「${month}」无效，请写成 YYYY-MM，例如 2026-12`);
  const before = coveredMonthList(s).filter((x) => x < m);
  if (before.length === 0) throw new Error(`${month} 之前没有任何工单，无法预测；请选择数据覆盖月份之后的月份`);
  const origin = before[before.length - 1]!;
  const model = intervalModel(bt.targets);
  const order = groupOrder(s);
  const out: ForecastPoint[] = [];
  for (const t of [m, m + 1]) {
    const f = forecastMonth(s, origin, t);
    for (const g of order) out.push({ key: s.keys[g]!, month: monthIndexToString(t), forecast: f[g]!, ...interval(model, f[g]!) });
  }
  return out;
}

/** The §10 report of a ticket table: method, backtest and, with `month`, the forecasts. */
export function forecastReport(table: TicketTable, month?: string): ForecastReport {
  const s = forecastSeries(table);
  const bt = backtest(s);
  const out: ForecastReport = { method: METHOD, backtest: bt };
  if (month !== undefined) out.forecasts = forecastsFor(s, month, bt);
  return out;
}
