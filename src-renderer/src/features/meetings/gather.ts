/**
 * Gathers every figure a meeting shows at the moment of freeze: the ranking (the latest
 * published assessment snapshot, or the engine's `assess` over the data's latest month with the
 * default rule set), KPIs, every chronic case's stage, every campaign's task progress and the
 * month's hotspots from the engine's `hotspots`. The result goes into a hashed snapshot; nothing
 * shown during the meeting is read live again.
 */
import type { AssessResult } from '@core/assess/compute';
import { RATE_NAMES } from '@core/assess/rates';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import type { AssessSnapshot } from '@core/assess/snapshot';
import { localDay } from '@core/base/calendar/working-days';
import { formatLocalDate } from '@core/base/time/shanghai';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import type { ChronicCaseRecord } from '@core/cases/case-record';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';
import type { HotspotAnalysis } from '@core/hotspots/analyze';
import type { CampaignFigures, CaseFigures, HotspotFigures, RankingFigures, SnapshotContent } from '@core/meetings';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { AssessRequest } from '@renderer/engine/computations/assess';
import type { HotspotsRequest } from '@renderer/engine/computations/hotspots';
import { approvedIds, listExemptions, listSnapshots } from '@renderer/features/assessment/assessment-db';
import { wallPeriod } from '@renderer/features/bigscreen/data/wall-period';

/** Terminal stages of the case lifecycle (销号): a closed case is never overdue. */
const CLOSED = new Set(DEFAULT_LIFECYCLE.states.filter((s) => s.terminal).map((s) => s.id));

function caseFigures(cases: readonly ChronicCaseRecord[], today: string): CaseFigures[] {
  return cases.map((c) => ({
    id: c.id, title: c.title, stage: c.status, ticketCount: c.tickets.length,
    overdue: c.closedAt === null && !CLOSED.has(c.status) && c.deadline < today,
  }));
}

function campaignFigures(campaigns: readonly Campaign[], tasks: readonly CampaignTask[], today: string): CampaignFigures[] {
  return campaigns.map((g) => {
    const own = tasks.filter((t) => t.campaignId === g.id && t.state !== 'cancelled');
    const overdue = own.filter((t) => t.state === 'open' && t.deadline < today);
    return {
      id: g.id, title: g.theme, status: g.status, tasksTotal: own.length,
      tasksDone: own.filter((t) => t.state === 'done').length, tasksOverdue: overdue.length, overdueTaskIds: overdue.map((t) => t.id),
    };
  });
}

function rankingOfSnapshot(s: AssessSnapshot): RankingFigures {
  return {
    ruleSetId: s.ruleSetId, ruleSetVersion: s.ruleSetVersion, ruleSetHash: s.ruleSetSha256,
    period: `${formatLocalDate(s.period.from)}～${formatLocalDate(s.period.to - 1)}（${s.title}）`,
    rows: s.rows.filter((r) => r.rank !== null && r.score !== null).map((r) => ({ unit: r.parts.join('/'), score: r.score!, rank: r.rank! })),
  };
}

function rankingOfResult(r: AssessResult, period: string): RankingFigures {
  return {
    ruleSetId: DEFAULT_RULE_SET.id, ruleSetVersion: DEFAULT_RULE_SET.version, ruleSetHash: DEFAULT_RULE_SET.sha256, period,
    rows: r.groups.filter((g) => g.rank !== null && g.score !== null).map((g) => ({ unit: g.parts.join('/'), score: g.score!, rank: g.rank! })),
  };
}

/** Key parts of a hotspot group, joined for display and as its key. */
const hotKey = (parts: readonly string[]) => parts.join('/');

/** Everything the snapshot holds, gathered now (`meetingId` is filled in by the repository). */
export async function gatherFigures(now = Date.now()): Promise<SnapshotContent> {
  const today = localDay(now);
  const engine = getEngine();
  const stats = await engine.stats();
  const [cases, campaigns, tasks, published, exemptions] = await Promise.all([
    db.cases.toArray() as unknown as Promise<ChronicCaseRecord[]>,
    db.campaigns.toArray() as unknown as Promise<Campaign[]>,
    db.campaignTasks.toArray() as unknown as Promise<CampaignTask[]>,
    listSnapshots(),
    listExemptions(),
  ]);
  const kpis: Record<string, number> = {};
  let ranking: RankingFigures | null = null;
  let hotspots: HotspotFigures[] = [];
  if (stats.tickets > 0) {
    const p = wallPeriod(now, stats.to);
    const month = await engine.run<AssessResult>('assess', {
      op: 'assess', from: p.monthFrom, to: p.monthTo, by: ['district'], ruleSet: DEFAULT_RULE_SET, exemptIds: approvedIds(exemptions),
    } satisfies AssessRequest);
    kpis.dispatched = month.total.dispatched;
    kpis.evaluated = month.total.evaluated;
    for (const r of RATE_NAMES) { const v = month.total.rates[r].value; if (v !== null) kpis[r] = v; }
    if (month.total.score !== null) kpis.score = month.total.score;
    ranking = published[0] ? rankingOfSnapshot(published[0]) : rankingOfResult(month, p.month);
    const hot = await engine.run<HotspotAnalysis>('hotspots', { month: p.month, by: 'category2,district', seriesMonths: 13, weeksBefore: 0 } satisfies HotspotsRequest);
    hotspots = hot.report.groups
      .map((g, i) => ({ g, parts: hot.parts[i] ?? Object.values(g.key) }))
      .filter(({ g }) => g.hotspot)
      .map(({ g, parts }) => ({ key: hotKey(parts), label: hotKey(parts), count: g.count, score: g.z ?? 0 }));
    kpis.hotspots = hotspots.length;
  }
  const cf = caseFigures(cases, today);
  const gf = campaignFigures(campaigns, tasks, today);
  kpis.casesOpen = cf.filter((c) => !CLOSED.has(c.stage)).length;
  kpis.casesOverdue = cf.filter((c) => c.overdue).length;
  kpis.tasksDone = gf.reduce((s, g) => s + g.tasksDone, 0);
  kpis.tasksOverdue = gf.reduce((s, g) => s + g.tasksOverdue, 0);
  return { meetingId: '', takenAt: now, kpis, ranking, cases: cf, campaigns: gf, hotspots, records: [] };
}
