/** Runs a compiled assessment on PostgreSQL and reports it as `assess --tickets` does. */
import { assessFromRows } from '@core/assess/sql/assess-rows';
import { compileAssess } from '@core/assess/sql/compile-assess';
import type { GroupKey } from '@core/assess/dimensions';
import { toReport, type AssessReport } from '@core/assess/report';
import type { AssessRuleSet } from '@core/assess/rules';
import { openOrReport } from './db-option';
import { storeHasEvents, storeInput } from './db-input';

/** The report of `assess --db`; null when the database could not be opened (already told on stderr). */
export async function assessOnServer(
  url: string, p: { from: number; to: number; by: GroupKey[]; ruleSet: AssessRuleSet },
): Promise<AssessReport | null> {
  const client = await openOrReport(url);
  if (!client) return null;
  try {
    const useEvents = await storeHasEvents(client);
    const q = compileAssess(p.ruleSet.body, { from: p.from, to: p.to, by: p.by, useEvents });
    const rows = (await client.query(q.text, q.params)).rows;
    const result = assessFromRows(rows, { from: p.from, to: p.to, by: p.by, rules: p.ruleSet.body });
    return toReport(result, p.ruleSet, await storeInput(client));
  } finally {
    await client.end().catch(() => {});
  }
}
