/**
 * Chronic detection on PostgreSQL: R1–R5 as SQL compiled from the rule set (src-core/chronic/sql);
 * R6 by the engine's own MinHash candidate search and exact Jaccard check, over the visible
 * tickets with a street read from the server (content, street, time), so its cases are the
 * engine's exactly.
 */
import { asOfEndOf, detectChronic } from '@core/chronic/chronic-index';
import { toCliResult, type ChronicCliResult } from '@core/chronic/cli-result';
import type { ChronicRuleSet } from '@core/chronic/rule-set';
import { chronicFromRows, type ChainRow, type FlagRow } from '@core/chronic/sql/chronic-rows';
import { compileFlags, compileKeyedChains, compileR6Rows } from '@core/chronic/sql/compile-chronic';
import { buildTicketTable } from '@core/data/table/ticket-table';
import type { Ticket } from '@core/data/tickets/ticket';
import type pg from 'pg';
import { openOrReport } from './db-option';
import { storeHasEvents } from './db-input';
import { saveResult, type SaveRequest } from './save-result';

/** A ticket with only what R6 reads; every other field empty. */
function r6Ticket(r: { id: string; accepted_at: Date; district: string; street: string; content: string }): Ticket {
  return {
    id: r.id, acceptedAt: r.accepted_at.getTime(), channel: '', kind: '', category: '', content: r.content, district: r.district,
    street: r.street, address: '', callerName: '', callerPhone: '', urgency: '', unit: '', unitType: '', dispatchedAt: null,
    dueAt: null, status: '', closedAt: null, reply: '', surveyedAt: null, responded: '', resolved: '', satisfaction: '',
    exempted: '', rejectCount: null, reopenCount: null, extra: {},
  };
}

async function r6Cases(client: pg.Client, rules: ChronicRuleSet, asOf: string, asOfEnd: number): Promise<ChronicCliResult['cases']> {
  if (!rules.body.r6.enabled) return [];
  const q = compileR6Rows(asOfEnd);
  const rows = (await client.query<{ id: string; accepted_at: Date; district: string; street: string; content: string }>(q.text, q.params)).rows;
  const table = buildTicketTable(rows.map(r6Ticket), null);
  const b = rules.body;
  const only6: ChronicRuleSet = {
    ...rules,
    body: { ...b, r1: { ...b.r1, enabled: false }, r2: { ...b.r2, enabled: false }, r3: { ...b.r3, enabled: false }, r4: { ...b.r4, enabled: false }, r5: { ...b.r5, enabled: false } },
  };
  return toCliResult(table, detectChronic(table, only6, asOf)).cases;
}

/** The result of `chronic --db`; null when the database could not be opened. */
export async function chronicOnServer(url: string, rules: ChronicRuleSet, asOf: string, save?: SaveRequest): Promise<ChronicCliResult | null> {
  const client = await openOrReport(url);
  if (!client) return null;
  try {
    const asOfEnd = asOfEndOf(asOf);
    const useEvents = await storeHasEvents(client);
    const run = async <T extends pg.QueryResultRow>(q: { text: string; params: unknown[] }): Promise<T[]> => (await client.query<T>(q.text, q.params)).rows;
    const r1 = rules.body.r1.enabled ? await run<ChainRow>(compileKeyedChains('R1', rules.body, asOfEnd)) : [];
    const r2 = rules.body.r2.enabled ? await run<ChainRow>(compileKeyedChains('R2', rules.body, asOfEnd)) : [];
    const flags = await run<FlagRow>(compileFlags(rules.body, asOfEnd, useEvents));
    const r6 = await r6Cases(client, rules, asOf, asOfEnd);
    const result = chronicFromRows({ asOf, ruleSet: rules, r1, r2, flags, r6 });
    if (save) await saveResult(client, save, { kind: 'chronic', set: rules }, result);
    return result;
  } finally {
    await client.end().catch(() => {});
  }
}
