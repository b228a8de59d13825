import type { TicketTable } from '@core/data/table/ticket-table';
import { backtest } from '@core/forecast/backtest';
import { forecastsFor, type ForecastReport } from '@core/forecast/forecast';
import { METHOD } from '@core/forecast/method';
import { forecastSeries } from '@core/forecast/series';
import { findSurges, type Surge } from '@core/forecast/surges';

/**
 * What the 未诉先办 list and the big screen ask the engine worker (`getEngine().run('forecast', req)`).
 * `report` is exactly what `forecast --format json [--month M]` prints; `surges` lists the
 * coming two months' expected surges (from month M, default the month after the data) with the
 * backtest's WAPE beside them so the page can say how far to trust them.
 */
export type ForecastRequest = { op: 'report'; month?: string } | { op: 'surges'; month?: string };

export type SurgesResponse = { method: string; wape: number | null; baselineWape: number | null; surges: Surge[] };

/** The engine computation `forecast` (see {@link ForecastRequest}). */
export function forecastComputation(table: TicketTable, params: unknown): ForecastReport | SurgesResponse {
  const req = params as ForecastRequest;
  const s = forecastSeries(table);
  const bt = backtest(s);
  if (req.op === 'surges') return { method: METHOD, wape: bt.wape, baselineWape: bt.baselineWape, surges: findSurges(s, bt, req.month) };
  const out: ForecastReport = { method: METHOD, backtest: bt };
  if (req.month !== undefined) out.forecasts = forecastsFor(s, req.month, bt);
  return out;
}
