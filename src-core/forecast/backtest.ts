import { monthIndexToString } from '../base/time/month-index';
import { forecastMonth, seasonalNaive } from './method';
import { coveredMonthList, seriesAt, type ForecastKey, type ForecastSeries } from './series';

/** The backtest horizon of DOMAIN.md section 10: month M is forecast from months ≤ M − 2. */
export const HORIZON = 2;
/** How many of the file's last covered months are backtest targets. */
export const BACKTEST_MONTHS = 6;

export type BacktestTarget = { key: ForecastKey; month: string; actual: number; forecast: number; baseline: number };

export type Backtest = {
  /** Σ|y − ŷ| ÷ Σy over every group and target month; null when Σy = 0. */
  wape: number | null;
  baselineWape: number | null;
  targets: BacktestTarget[];
};

/**
 * The rolling backtest: each of the last 6 covered months M, every group, forecast by the method
 * from the months up to M − 2 and by seasonal naive. Targets are ordered by month, then by group
 * (category2, then district, in code-point order).
 */
export function backtest(s: ForecastSeries): Backtest {
  const months = coveredMonthList(s).slice(-BACKTEST_MONTHS);
  const order = groupOrder(s);
  const targets: BacktestTarget[] = [];
  let err = 0, baseErr = 0, total = 0;
  for (const m of months) {
    const f = forecastMonth(s, m - HORIZON, m);
    for (const g of order) {
      const actual = seriesAt(s, g, m);
      const forecast = f[g]!;
      const baseline = seasonalNaive(s, g, m, m - HORIZON);
      err += Math.abs(actual - forecast);
      baseErr += Math.abs(actual - baseline);
      total += actual;
      targets.push({ key: s.keys[g]!, month: monthIndexToString(m), actual, forecast, baseline });
    }
  }
  return { wape: total > 0 ? err / total : null, baselineWape: total > 0 ? baseErr / total : null, targets };
}

/** Group indexes ordered by category2, then district (code-point order). */
export function groupOrder(s: ForecastSeries): number[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return s.keys.map((_, g) => g).sort((a, b) => cmp(s.keys[a]!.category2, s.keys[b]!.category2) || cmp(s.keys[a]!.district, s.keys[b]!.district));
}
