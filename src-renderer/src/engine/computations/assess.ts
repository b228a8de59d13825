import { compareResults, type GroupChange } from '@core/assess/compare';
import { assess, type AssessResult, type GroupResult } from '@core/assess/compute';
import { parseGroupBy, type GroupKey } from '@core/assess/dimensions';
import { explain, type Measure } from '@core/assess/explain';
import { previousPeriod, sameLastYear, trailingTwelveMonths } from '@core/assess/period';
import { DEFAULT_RULE_SET, type AssessRuleSet } from '@core/assess/rules';
import { makeSnapshot, tableSha256, type AssessSnapshot } from '@core/assess/snapshot';
import type { TicketTable } from '@core/data/table/ticket-table';
import { monthIndexOf, monthIndexToString } from '@core/base/time/shanghai';

/** Common part of every request: period [from, to) in epoch ms, grouping, rules, exemptions. */
export type AssessBase = { from: number; to: number; by: GroupKey[]; ruleSet: AssessRuleSet; exemptIds: string[] };

export type AssessRequest =
  | ({ op: 'rank' } & AssessBase)
  | ({ op: 'assess' } & AssessBase)
  | ({ op: 'explain'; parts: string[]; measure: Measure } & AssessBase)
  | ({ op: 'detail'; unit: string } & AssessBase)
  | ({ op: 'snapshot'; title: string; user: string; at: number } & AssessBase);

/** Ranking with 环比 (previous period) and 同比 (same period last year) and a 12-month score line per group. */
export type RankResponse = {
  result: AssessResult;
  previous: GroupChange[];
  lastYear: GroupChange[];
  totalPrevious: GroupChange | null;
  /** Group key (parts joined by '/') → score per month of the trailing 12 months; absent for pairs. */
  sparklines: Record<string, (number | null)[]>;
  months: string[];
};

export type ExplainResponse = { numeratorIds: string[]; denominatorIds: string[] };

/** Drawer figures of one unit: 12-month trend and its weakest categories and streets. */
export type DetailResponse = {
  months: { month: string; group: GroupResult | null }[];
  categories: GroupResult[];
  streets: GroupResult[];
};

export const partsKey = (parts: readonly string[]): string => parts.join('/');

function run(table: TicketTable, b: AssessBase, from = b.from, to = b.to, by = b.by): AssessResult {
  return assess(table, { from, to, by, rules: b.ruleSet.body, exemptIds: b.exemptIds });
}

function monthsOf(from: number, to: number): string[] {
  const out: string[] = [];
  for (let m = monthIndexOf(from); m <= monthIndexOf(to - 1); m++) out.push(monthIndexToString(m));
  return out;
}

function rank(table: TicketTable, b: AssessBase): RankResponse {
  const result = run(table, b);
  const prev = previousPeriod(b);
  const ly = sameLastYear(b);
  const prevResult = run(table, b, prev.from, prev.to);
  const lyResult = run(table, b, ly.from, ly.to);
  const sparklines: Record<string, (number | null)[]> = {};
  const tw = trailingTwelveMonths(b);
  const months = monthsOf(tw.from, tw.to);
  if (b.by.length === 1 && b.by[0] !== 'month') {
    const byMonth = run(table, b, tw.from, tw.to, [b.by[0]!, 'month']);
    for (const g of byMonth.groups) {
      const k = g.parts[0]!;
      const line = (sparklines[k] ??= new Array<number | null>(months.length).fill(null));
      line[months.indexOf(g.parts[1]!)] = g.score;
    }
  }
  return {
    result,
    previous: compareResults(result, prevResult),
    lastYear: compareResults(result, lyResult),
    totalPrevious: compareResults({ ...result, groups: [result.total] }, { ...prevResult, groups: [prevResult.total] })[0] ?? null,
    sparklines,
    months,
  };
}

function detail(table: TicketTable, b: AssessBase & { unit: string }): DetailResponse {
  const tw = trailingTwelveMonths(b);
  const trend = run(table, b, tw.from, tw.to, ['unit', 'month']).groups.filter((g) => g.parts[0] === b.unit);
  const months = monthsOf(tw.from, tw.to).map((m) => ({ month: m, group: trend.find((g) => g.parts[1] === m) ?? null }));
  const weakest = (gs: GroupResult[]): GroupResult[] => gs
    .filter((g) => g.parts[0] === b.unit && g.rates.satisfactionRate.den > 0)
    .sort((x, y) => x.rates.satisfactionRate.value! - y.rates.satisfactionRate.value! || y.dispatched - x.dispatched)
    .slice(0, 8);
  return {
    months,
    categories: weakest(run(table, b, b.from, b.to, ['unit', 'category1']).groups),
    streets: weakest(run(table, b, b.from, b.to, ['unit', 'street']).groups),
  };
}

/**
 * Fills what a bare request leaves out: no `op` = a plain assessment; `by` may be written as
 * 'unit,month'; default-v1 rules; no exemptions. Throws a Chinese message on a bad `by`.
 */
function withDefaults(params: unknown): AssessRequest {
  const p = { ...(params as Record<string, unknown>) };
  p.op ??= 'assess';
  if (typeof p.by === 'string') p.by = parseGroupBy(p.by);
  p.by ??= ['unit'];
  p.ruleSet ??= DEFAULT_RULE_SET;
  p.exemptIds ??= [];
  return p as AssessRequest;
}

/** The engine computation `assess`: plain assessment, ranking, drill-down ids, unit detail, snapshot. */
export function assessComputation(table: TicketTable, params: unknown): unknown {
  const req = withDefaults(params);
  switch (req.op) {
    case 'assess': return run(table, req);
    case 'rank': return rank(table, req);
    case 'explain': {
      const e = explain(table, { from: req.from, to: req.to, by: req.by, rules: req.ruleSet.body, exemptIds: req.exemptIds }, req.parts, req.measure);
      return { numeratorIds: e.numeratorIds, denominatorIds: e.denominatorIds } satisfies ExplainResponse;
    }
    case 'detail': return detail(table, req);
    case 'snapshot': {
      const result = run(table, req);
      return makeSnapshot(result, req.ruleSet, { title: req.title, by: req.user, at: req.at, inputSha256: tableSha256(table), exemptions: req.exemptIds }) satisfies AssessSnapshot;
    }
    default: throw new Error('未知的考核计算请求');
  }
}
