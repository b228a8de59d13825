import { monthIndexToString } from '../base/time/month-index';
import { monthCoverage } from '../data/table/month-coverage';
import type { TicketTable } from '../data/table/ticket-table';
import { finishOutcome, type MonthCount, type OutcomeDetail } from './outcome';
import type { ProblemSelector } from './selector';
import { compileSelector, matchesByMonth, type CompiledSelector } from './selector-match';

/**
 * Step (a) of the outcome over a TicketTable: the matching tickets of every covered month (a
 * month in which the table has any ticket at all), 0 where none matches. The finisher
 * (outcome.ts) needs nothing else; a SQL engine computes the same list with one GROUP BY month.
 */
export function problemMonthCounts(table: TicketTable, cs: CompiledSelector): MonthCount[] {
  const cov = monthCoverage(table);
  const counts = matchesByMonth(cs, cov.lo, cov.hi);
  return coveredMonthCounts(table, (m) => counts[m - cov.lo]!);
}

/** Every covered month of `table`, ascending, with the count `countOf(month index)` gives it. */
export function coveredMonthCounts(table: TicketTable, countOf: (month: number) => number): MonthCount[] {
  const cov = monthCoverage(table);
  const out: MonthCount[] = [];
  for (let m = cov.lo; m <= cov.hi; m++) if (cov.counts[m - cov.lo]! > 0) out.push({ month: monthIndexToString(m), count: countOf(m) });
  return out;
}

/** The outcome of DOMAIN.md section 8 of one problem selector over `table` (steps a and b). */
export function campaignOutcome(table: TicketTable, selector: ProblemSelector, from: string, to: string, windowMonths?: number): OutcomeDetail {
  const counts = problemMonthCounts(table, compileSelector(table, selector));
  return finishOutcome({ selector, from, to, windowMonths, counts });
}
