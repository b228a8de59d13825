/** A campaign outcome on PostgreSQL: the selector compiled to SQL (src-core/campaigns/sql), the engine's own finisher. */
import { monthIndexToString } from '@core/base/time/month-index';
import { finishOutcome, type MonthCount, type OutcomeDetail } from '@core/campaigns/outcome';
import type { ProblemSelector } from '@core/campaigns/selector';
import { compileProblemMonths } from '@core/campaigns/sql/compile-outcome';
import { openOrReport } from './db-option';
import { coveredMonths } from './coverage';
import { saveResult, type SaveRequest } from './save-result';

/** The outcome of `campaign-outcome --db`; null when the database could not be opened. */
export async function outcomeOnServer(url: string, selector: ProblemSelector, from: string, to: string, months: number, save?: SaveRequest): Promise<OutcomeDetail | null> {
  const client = await openOrReport(url);
  if (!client) return null;
  try {
    const covered = await coveredMonths(client);
    const q = compileProblemMonths(selector);
    const byMonth = new Map<number, number>();
    for (const r of (await client.query<{ month: number; n: string }>(q.text, q.params)).rows) byMonth.set(Number(r.month), Number(r.n));
    const counts: MonthCount[] = covered.map((m) => ({ month: monthIndexToString(m), count: byMonth.get(m) ?? 0 }));
    const detail = finishOutcome({ selector, from, to, windowMonths: months, counts });
    if (save) await saveResult(client, save, null, detail.outcome);
    return detail;
  } finally {
    await client.end().catch(() => {});
  }
}
