import { monthIndexToString, parseMonth } from '../base/time/month-index';
import type { TicketTable } from '../data/table/ticket-table';
import { countAt, countGroupMonths, hotspotCells } from './count';
import { finishHotspotGroups, toJsonGroup, type HotspotReport } from './finish';
import type { HotspotKey } from './keys';
import { weeksAround, type WeekBucket } from './weeks';

/** What the 热点 view shows for a month and grouping: the section 9 JSON and, per listed group, its series. */
export type HotspotAnalysis = {
  /** Exactly what `hotspots --format json` prints. */
  report: HotspotReport;
  /** Key parts of each listed group, in the order of `report.groups` (`by` order). */
  parts: string[][];
  /** Monthly counts for sparklines: `values[g][j]` is group g in `months[j]` (the last is M). */
  series: { months: string[]; covered: boolean[]; values: number[][] };
  /** ISO-week counts around M (see weeks.ts): `values[g][w]` is group g in `weeks[w]`. */
  weekly: { weeks: WeekBucket[]; values: number[][] };
};

export type HotspotOptions = {
  /** Months of the sparkline series ending with M: 13–36, default 24. */
  seriesMonths?: number;
  /** Whole weeks before the week holding M's first day: 0–12, default 4. */
  weeksBefore?: number;
};

/**
 * DOMAIN.md section 9 for month `month` (`YYYY-MM`) grouped by `by`, over `table`, with the
 * sparkline series and weekly counts of every listed group: one pass over the rows. Throws a
 * Chinese message on a malformed month or option.
 */
export function analyzeHotspots(table: TicketTable, month: string, by: readonly HotspotKey[], opts: HotspotOptions = {}): HotspotAnalysis {
  const m = parseMonth(month);
  if (Number.isNaN(m)) throw new Error(`月份「${month}」无效，请写成 YYYY-MM，例如 2026-10`);
  const len = opts.seriesMonths ?? 24;
  if (!Number.isInteger(len) || len < 13 || len > 36) throw new Error(`趋势月数「${len}」无效，请填写 13 到 36 之间的整数`);
  const before = opts.weeksBefore ?? 4;
  if (!Number.isInteger(before) || before < 0 || before > 12) throw new Error(`前推周数「${before}」无效，请填写 0 到 12 之间的整数`);
  const grid = weeksAround(m, before);
  const gm = countGroupMonths(table, by, m - len + 1, m, grid);
  const { covered, cells, slots } = hotspotCells(gm, m);
  const finished = finishHotspotGroups({ month, by, covered, cells });
  const slotOf = new Map<string, number>();
  for (const s of slots) slotOf.set(JSON.stringify(gm.parts(s)), s);
  const parts = finished.groups.map((g) => g.parts);
  const values = parts.map((p) => {
    const s = slotOf.get(JSON.stringify(p))!;
    const row: number[] = [];
    for (let j = gm.m0; j <= gm.m1; j++) row.push(countAt(gm, s, j));
    return row;
  });
  const weekValues = parts.map((p) => {
    const s = slotOf.get(JSON.stringify(p))!;
    return Array.from(gm.weekCounts!.subarray(s * gm.weeks, (s + 1) * gm.weeks));
  });
  const months: string[] = [];
  for (let j = gm.m0; j <= gm.m1; j++) months.push(monthIndexToString(j));
  return {
    report: { month: finished.month, by: finished.by, groups: finished.groups.map(toJsonGroup) },
    parts,
    series: { months, covered: gm.covered, values },
    weekly: { weeks: grid.weeks, values: weekValues },
  };
}
