/** Hotspots on PostgreSQL: the SQL step (a) of src-core/hotspots/sql, the engine's own finisher. */
import { monthIndexToString, parseMonth } from '@core/base/time/month-index';
import { finishHotspotGroups, toJsonGroup, type HotspotReport } from '@core/hotspots/finish';
import type { HotspotKey } from '@core/hotspots/keys';
import { compileHotspotCounts } from '@core/hotspots/sql/compile-hotspots';
import { openOrReport } from './db-option';
import { coveredMonths } from './coverage';
import { saveResult, type SaveRequest } from './save-result';

/** The report of `hotspots --db`, and the covered months (for the notices); null when the database could not be opened. */
export async function hotspotsOnServer(url: string, month: string, by: HotspotKey[], save?: SaveRequest): Promise<{ report: HotspotReport; covered: Set<number> } | null> {
  const client = await openOrReport(url);
  if (!client) return null;
  try {
    const m = parseMonth(month);
    const covered = await coveredMonths(client);
    const q = compileHotspotCounts(by, m);
    const rows = (await client.query<Record<string, unknown>>(q.text, q.params)).rows;
    const cells = rows.map((r) => ({
      parts: by.map((_, i) => String(r[`g${i + 1}`] ?? '')),
      month: monthIndexToString(Number(r.month)),
      count: Number(r.n),
    }));
    const finished = finishHotspotGroups({ month, by, covered: covered.map(monthIndexToString), cells });
    const report: HotspotReport = { month: finished.month, by: finished.by, groups: finished.groups.map(toJsonGroup) };
    if (save) await saveResult(client, save, null, report);
    return { report, covered: new Set(covered) };
  } finally {
    await client.end().catch(() => {});
  }
}
