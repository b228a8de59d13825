import type { AssessResult, GroupResult } from './compute';
import type { GroupKey } from './dimensions';
import { formatDay } from './period';
import { RATE_NAMES, type RateName } from './rates';
import type { AssessRuleSet } from './rules';

/** One group of the CLI output (DOMAIN.md section 5). */
export type ReportGroup = {
  key: Record<string, string>;
  dispatched: number;
  evaluated: number;
  score: number | null;
  ci: Record<RateName, [number, number] | null>;
  rank: number | null;
  insufficient: boolean;
} & Record<RateName, number | null>;

export type AssessReport = {
  ruleSet: { id: string; version: number; sha256: string };
  input: { tickets: number; sha256: string };
  period: { from: string; to: string };
  by: GroupKey[];
  total: ReportGroup;
  groups: ReportGroup[];
};

function reportGroup(g: GroupResult): ReportGroup {
  const out: Record<string, unknown> = { key: g.key, dispatched: g.dispatched, evaluated: g.evaluated };
  const ci: Record<string, [number, number] | null> = {};
  for (const r of RATE_NAMES) { out[r] = g.rates[r].value; ci[r] = g.rates[r].ci; }
  out.score = g.score;
  out.ci = ci;
  out.rank = g.rank;
  out.insufficient = g.insufficient;
  return out as ReportGroup;
}

/**
 * The JSON shape of `assess --format json`: ruleSet, input (ticket count and file sha256),
 * period as given (YYYY-MM-DD, `to` exclusive), by, total and groups in the result's order.
 */
export function toReport(result: AssessResult, ruleSet: AssessRuleSet, input: { tickets: number; sha256: string }): AssessReport {
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version, sha256: ruleSet.sha256 },
    input,
    period: { from: formatDay(result.from), to: formatDay(result.to) },
    by: result.by,
    total: reportGroup(result.total),
    groups: result.groups.map(reportGroup),
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV of a report: one row per group (the total is not a row), columns = key fields, counts,
 * the eight rates, score, `<rate>_low` / `<rate>_high`, rank, insufficient. Empty cell = null.
 */
export function reportToCsv(report: AssessReport): string {
  const cols = [
    ...report.by, 'dispatched', 'evaluated', ...RATE_NAMES, 'score',
    ...RATE_NAMES.flatMap((r) => [`${r}_low`, `${r}_high`]), 'rank', 'insufficient',
  ];
  const lines = [cols.join(',')];
  for (const g of report.groups) {
    const row: unknown[] = [
      ...report.by.map((k) => g.key[k]), g.dispatched, g.evaluated, ...RATE_NAMES.map((r) => g[r]), g.score,
      ...RATE_NAMES.flatMap((r) => [g.ci[r]?.[0] ?? null, g.ci[r]?.[1] ?? null]), g.rank, g.insufficient,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
