import type { WorkCalendar } from '../base/calendar/working-days';
import type { RateValue } from '../assess/compute';
import type { Campaign, CampaignTask, ProgressReport, UnitRole } from './campaign';
import { campaignUnits } from './campaign-ops';
import { taskStatus } from './tasks';

/**
 * The per-unit scorecard of a campaign: tasks on time, reports filed, and the unit's 三率 on the
 * tickets of the campaign's problems. The task and report part is pure; the rates come from the
 * assessment over the problems' tickets (scorecard-rates.ts) and are passed in, so a SQL engine
 * can supply them too.
 */

/** 三率 (and the counts behind them) of one unit on a set of tickets, from the assessment of DOMAIN.md section 5. */
export type UnitRates = {
  dispatched: number;
  evaluated: number;
  responseRate: RateValue;
  resolutionRate: RateValue;
  satisfactionRate: RateValue;
};

/** Rates per unit on all problems' tickets together and per problem (unit name → rates). */
export type ScorecardRates = { all: Record<string, UnitRates>; byProblem: Record<string, Record<string, UnitRates>> };

export type TaskTally = { total: number; onTime: number; late: number; open: number; overdue: number; cancelled: number };

export type ScorecardRow = {
  unit: string;
  /** 牵头 of the campaign (problemId null) or of a problem, or a co-unit role per problem. */
  roles: { problemId: string | null; role: '牵头' | UnitRole }[];
  tasks: TaskTally;
  /**
   * Tasks done on time ÷ tasks due by today (done on time, done late, or open past the deadline);
   * null when no task is due yet.
   */
  onTimeRate: number | null;
  reports: number;
  /** Epoch ms of the last report; null when none. */
  lastReportAt: number | null;
  /** On the tickets of all the campaign's problems, accepted in its period; null when no rates were given. */
  rates: UnitRates | null;
  /** Per problem the unit has a role in or a task for. */
  byProblem: { problemId: string; rates: UnitRates | null }[];
};

/**
 * One row per unit of the campaign (lead unit first, then the problems' units in order, then any
 * other unit with a task or report), as of local day `today`.
 */
export function campaignScorecard(
  cal: WorkCalendar, c: Campaign, tasks: readonly CampaignTask[], reports: readonly ProgressReport[], today: string, rates?: ScorecardRates,
): ScorecardRow[] {
  const units = campaignUnits(c);
  for (const t of tasks) if (!units.includes(t.unit)) units.push(t.unit);
  for (const r of reports) if (!units.includes(r.unit)) units.push(r.unit);
  return units.map((unit) => {
    const roles: ScorecardRow['roles'] = [];
    if (c.leadUnit === unit) roles.push({ problemId: null, role: '牵头' });
    const problems = new Set<string>();
    for (const p of c.problems) {
      if (p.leadUnit === unit) { roles.push({ problemId: p.id, role: '牵头' }); problems.add(p.id); }
      for (const u of p.coUnits) if (u.unit === unit) { roles.push({ problemId: p.id, role: u.role }); problems.add(p.id); }
    }
    const tally: TaskTally = { total: 0, onTime: 0, late: 0, open: 0, overdue: 0, cancelled: 0 };
    for (const t of tasks) {
      if (t.unit !== unit || t.campaignId !== c.id) continue;
      tally.total++;
      if (t.problemId !== null) problems.add(t.problemId);
      tally[taskStatus(cal, t, today).standing]++;
    }
    const due = tally.onTime + tally.late + tally.overdue;
    const mine = reports.filter((r) => r.unit === unit && r.campaignId === c.id);
    return {
      unit, roles, tasks: tally, onTimeRate: due === 0 ? null : tally.onTime / due,
      reports: mine.length, lastReportAt: mine.length ? Math.max(...mine.map((r) => r.at)) : null,
      rates: rates ? rates.all[unit] ?? null : null,
      byProblem: c.problems.filter((p) => problems.has(p.id)).map((p) => ({ problemId: p.id, rates: rates ? rates.byProblem[p.id]?.[unit] ?? null : null })),
    };
  });
}
