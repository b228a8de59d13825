import { assess } from '../assess/compute';
import { DEFAULT_RULES, type AssessRules } from '../assess/rules';
import { parseLocalDate } from '../base/time/shanghai';
import type { TicketTable } from '../data/table/ticket-table';
import type { Campaign } from './campaign';
import type { ScorecardRates, UnitRates } from './scorecard';
import { compileSelector, selectorMask } from './selector-match';

/** Rates of each unit among the rows of `mask` accepted in [from, to), by the assessment itself. */
function ratesByUnit(table: TicketTable, mask: Uint8Array, from: number, to: number, rules: AssessRules): Record<string, UnitRates> {
  const res = assess(table, { from, to, by: ['unit'], rules, rows: mask });
  const out: Record<string, UnitRates> = {};
  for (const g of res.groups) {
    out[g.key.unit!] = {
      dispatched: g.dispatched, evaluated: g.evaluated,
      responseRate: g.rates.responseRate, resolutionRate: g.rates.resolutionRate, satisfactionRate: g.rates.satisfactionRate,
    };
  }
  return out;
}

/**
 * The 三率 of every handling unit on the tickets of each problem of `c` and of all its problems
 * together, accepted in the campaign period [from, to): the assessment of DOMAIN.md section 5
 * (rule set `rules`, default-v1 by default) restricted to the problems' tickets.
 */
export function scorecardRates(table: TicketTable, c: Campaign, rules: AssessRules = DEFAULT_RULES): ScorecardRates {
  const from = parseLocalDate(c.from), to = parseLocalDate(c.to);
  const union = new Uint8Array(table.n);
  const byProblem: ScorecardRates['byProblem'] = {};
  for (const p of c.problems) {
    const mask = selectorMask(compileSelector(table, p.selector), from, to);
    for (let i = 0; i < mask.length; i++) union[i]! |= mask[i]!;
    byProblem[p.id] = ratesByUnit(table, mask, from, to, rules);
  }
  return { all: ratesByUnit(table, union, from, to, rules), byProblem };
}
