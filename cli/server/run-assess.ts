/** Runs a compiled assessment on PostgreSQL and reports it as `assess --tickets` does. */
import { assessFromRows } from '@core/assess/sql/assess-rows';
import { compileAssess } from '@core/assess/sql/compile-assess';
import type { GroupKey } from '@core/assess/dimensions';
import { toReport, type AssessReport } from '@core/assess/report';
import type { AssessRuleSet } from '@core/assess/rules';
import { openOrReport } from './db-option';
import { storeHasEvents, storeInput } from './db-input';
import { saveResult, type SaveRequest } from './save-result';

/** The report of `assess --db` (kept in `results` when `save` is given); null when the database could not be opened (already told on stderr). */
export async function assessOnServer(
  url: string, p: { from: number; to: number; by: GroupKey[]; ruleSet: AssessRuleSet }, save?: SaveRequest,
): Promise<AssessReport | null> {
  const client = await openOrReport(url);
  if (!client) return null;
  try {
    const useEvents = await storeHasEvents(client);
    const q = compileAssess(p.ruleSet.body, { from: p.from, to: p.to, by: p.by, useEvents });
    const rows = (await client.query(q.text, q.params)).rows;
    const result = assessFromRows(rows, { from: p.from, to: p.to, by: p.by, rules: p.ruleSet.body });
    const report = toReport(result, p.ruleSet, await storeInput(client));
    if (save) await saveResult(client, save, { kind: 'assess', set: p.ruleSet }, report);
    return report;
  } finally {
    await client.end().catch(() => {});
  }
}
