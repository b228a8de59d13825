import type { TicketTable } from '../data/table/ticket-table';
import { formatLocal } from '../base/time/shanghai';
import type { CaseRuleId, FlagRuleId } from './rule-set';
import type { ChronicDetection } from './types';

/** The `chronic --format json` result of DOMAIN.md section 6. */
export type ChronicCliResult = {
  asOf: string;
  ruleSet: { id: string; version: number; sha256: string };
  cases: { rule: CaseRuleId; tickets: string[]; firstAt: string; lastAt: string; key: string }[];
  flags: { ticket: string; rules: FlagRuleId[] }[];
};

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Maps a detection to ticket ids. firstAt / lastAt are the first and last acceptedAt of the
 * case as `YYYY-MM-DD HH:mm:ss` Asia/Shanghai; tickets are sorted in code-point order. Cases
 * keep the detection order (rule R1, R2, R6; then firstAt; then key; then first ticket).
 */
export function toCliResult(table: TicketTable, d: ChronicDetection): ChronicCliResult {
  const ids = table.text.id;
  return {
    asOf: d.asOf,
    ruleSet: d.ruleSet,
    cases: d.cases.map((c) => ({
      rule: c.rule,
      tickets: c.rows.map((r) => ids.get(r)).sort(cmp),
      firstAt: formatLocal(c.firstAt),
      lastAt: formatLocal(c.lastAt),
      key: c.key,
    })),
    flags: d.flags.map((f) => ({ ticket: ids.get(f.row), rules: f.rules })),
  };
}
