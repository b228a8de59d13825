import { analyzeHotspots, type HotspotAnalysis } from '@core/hotspots/analyze';
import { groupTicketIds } from '@core/hotspots/drill';
import { parseHotspotBy } from '@core/hotspots/keys';
import { monthStart, parseMonth } from '@core/base/time/month-index';
import { parseLocalDate } from '@core/base/time/shanghai';
import type { TicketTable } from '@core/data/table/ticket-table';

/**
 * What the 热点 view asks the engine worker (`getEngine().run('hotspots', req)`). `by` is one key
 * or two (`'category2,district'` or `['category2', 'district']`); keys: unit, district, street,
 * category1, category2, category3.
 */
export type HotspotsRequest =
  /**
   * Section 9 for month M (`report` is exactly what `hotspots --format json` prints) with each
   * listed group's monthly series (sparklines) and ISO-week counts around M (spikes within it).
   * The default op.
   */
  | { op?: 'month'; month: string; by: string | string[]; seriesMonths?: number; weeksBefore?: number }
  /**
   * Ids of a group's dispatched tickets (key parts in `by` order) in month `month`, or in the week
   * starting on Monday `week` (`YYYY-MM-DD`) when given: the drill-down from a cell.
   */
  | { op: 'ids'; month: string; by: string | string[]; parts: string[]; week?: string };

export type HotspotsResponse = HotspotAnalysis;

/** The engine computation `hotspots` (see {@link HotspotsRequest}). */
export function hotspotsComputation(table: TicketTable, params: unknown): HotspotsResponse | string[] {
  const req = params as HotspotsRequest;
  const by = parseHotspotBy(req.by);
  if (req.op === 'ids') {
    const m = parseMonth(req.month);
    if (Number.isNaN(m)) throw new Error(`月份「${req.month}」无效，请写成 YYYY-MM`);
    let from = monthStart(m), to = monthStart(m + 1);
    if (req.week !== undefined) {
      from = parseLocalDate(req.week);
      if (Number.isNaN(from)) throw new Error(`周起始日「${req.week}」无效，请写成 YYYY-MM-DD`);
      to = from + 7 * 86_400_000;
    }
    return groupTicketIds(table, by, req.parts, from, to);
  }
  return analyzeHotspots(table, req.month, by, { seriesMonths: req.seriesMonths, weeksBefore: req.weeksBefore });
}
