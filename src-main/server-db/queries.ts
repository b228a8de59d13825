/**
 * The rule-set queries on an office's PostgreSQL, on an open client: the compiled SQL of
 * src-core (assess, hotspots, campaigns, chronic), run and finished by the engines' own code, so
 * each returns exactly what the in-memory engine gives. Used by the CLI's --db commands and by
 * the main process for the desktop app ("run on the server"). `save` keeps the result in
 * `results` (the CLI's --save).
 */
import type { ClientBase } from 'pg';
import type { GroupKey } from '@core/assess/dimensions';
import { toReport, type AssessReport } from '@core/assess/report';
import type { AssessRuleSet } from '@core/assess/rules';
import { assessFromRows } from '@core/assess/sql/assess-rows';
import { compileAssess } from '@core/assess/sql/compile-assess';
import { monthIndexToString, parseMonth } from '@core/base/time/month-index';
import { finishOutcome, type MonthCount, type OutcomeDetail } from '@core/campaigns/outcome';
import type { ProblemSelector } from '@core/campaigns/selector';
import { compileProblemMonths } from '@core/campaigns/sql/compile-outcome';
import { asOfEndOf, detectChronic } from '@core/chronic/chronic-index';
import { toCliResult, type ChronicCliResult } from '@core/chronic/cli-result';
import type { ChronicRuleSet } from '@core/chronic/rule-set';
import { chronicFromRows, type ChainRow, type FlagRow } from '@core/chronic/sql/chronic-rows';
import { compileFlags, compileKeyedChains, compileR6Rows } from '@core/chronic/sql/compile-chronic';
import { buildTicketTable } from '@core/data/table/ticket-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { finishHotspotGroups, toJsonGroup, type HotspotReport } from '@core/hotspots/finish';
import type { HotspotKey } from '@core/hotspots/keys';
import { compileHotspotCounts } from '@core/hotspots/sql/compile-hotspots';
import { coveredMonths } from './coverage';
import { saveResult, type SaveRequest } from './save-result';
import { storeHasEvents, storeInput } from './store-input';

/** Assessment (DOMAIN.md section 5) under a rule set: the report `assess --format json` prints. */
export async function assessOnClient(
  client: ClientBase, p: { from: number; to: number; by: GroupKey[]; ruleSet: AssessRuleSet }, save?: SaveRequest,
): Promise<AssessReport> {
  const useEvents = await storeHasEvents(client);
  const q = compileAssess(p.ruleSet.body, { from: p.from, to: p.to, by: p.by, useEvents });
  const rows = (await client.query(q.text, q.params)).rows;
  const result = assessFromRows(rows, { from: p.from, to: p.to, by: p.by, rules: p.ruleSet.body });
  const report = toReport(result, p.ruleSet, await storeInput(client));
  if (save) await saveResult(client, save, { kind: 'assess', set: p.ruleSet }, report);
  return report;
}

/** Hotspots (DOMAIN.md section 9) of a month: the report, and the covered months (for notices). */
export async function hotspotsOnClient(
  client: ClientBase, month: string, by: HotspotKey[], save?: SaveRequest,
): Promise<{ report: HotspotReport; covered: Set<number> }> {
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
}

/** A campaign problem's outcome (DOMAIN.md section 8). */
export async function outcomeOnClient(
  client: ClientBase, selector: ProblemSelector, from: string, to: string, months: number, save?: SaveRequest,
): Promise<OutcomeDetail> {
  const covered = await coveredMonths(client);
  const q = compileProblemMonths(selector);
  const byMonth = new Map<number, number>();
  for (const r of (await client.query<{ month: number; n: string }>(q.text, q.params)).rows) byMonth.set(Number(r.month), Number(r.n));
  const counts: MonthCount[] = covered.map((m) => ({ month: monthIndexToString(m), count: byMonth.get(m) ?? 0 }));
  const detail = finishOutcome({ selector, from, to, windowMonths: months, counts });
  if (save) await saveResult(client, save, null, detail.outcome);
  return detail;
}

/** A ticket with only what R6 reads; every other field empty. */
function r6Ticket(r: { id: string; accepted_at: Date; district: string; street: string; content: string }): Ticket {
  return {
    id: r.id, acceptedAt: r.accepted_at.getTime(), channel: '', kind: '', category: '', content: r.content, district: r.district,
    street: r.street, address: '', callerName: '', callerPhone: '', urgency: '', unit: '', unitType: '', dispatchedAt: null,
    dueAt: null, status: '', closedAt: null, reply: '', surveyedAt: null, responded: '', resolved: '', satisfaction: '',
    exempted: '', rejectCount: null, reopenCount: null, extra: {},
  };
}

async function r6Cases(client: ClientBase, rules: ChronicRuleSet, asOf: string, asOfEnd: number): Promise<ChronicCliResult['cases']> {
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

/**
 * Chronic detection (DOMAIN.md section 6) as of a day: R1–R5 as SQL compiled from the rule set;
 * R6 by the engine's own MinHash candidate search and exact Jaccard check over the visible
 * tickets with a street read from the server (content, street, time), so its cases are the
 * engine's exactly.
 */
export async function chronicOnClient(client: ClientBase, rules: ChronicRuleSet, asOf: string, save?: SaveRequest): Promise<ChronicCliResult> {
  const asOfEnd = asOfEndOf(asOf);
  const useEvents = await storeHasEvents(client);
  const run = async <T extends Record<string, unknown>>(q: { text: string; params: unknown[] }): Promise<T[]> => (await client.query<T>(q.text, q.params)).rows;
  const r1 = rules.body.r1.enabled ? await run<ChainRow>(compileKeyedChains('R1', rules.body, asOfEnd)) : [];
  const r2 = rules.body.r2.enabled ? await run<ChainRow>(compileKeyedChains('R2', rules.body, asOfEnd)) : [];
  const flags = await run<FlagRow>(compileFlags(rules.body, asOfEnd, useEvents));
  const r6 = await r6Cases(client, rules, asOf, asOfEnd);
  const result = chronicFromRows({ asOf, ruleSet: rules, r1, r2, flags, r6 });
  if (save) await saveResult(client, save, { kind: 'chronic', set: rules }, result);
  return result;
}
