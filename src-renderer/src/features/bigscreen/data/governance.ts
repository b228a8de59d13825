import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { DEFAULT_LIFECYCLE } from '@core/cases/lifecycle';

/** Chronic cases per lifecycle stage (认定 … 销号, 挂起, 退回), and how many open ones are past their deadline. */
export type CaseStages = { stages: { stage: string; count: number }[]; open: number; overdue: number; total: number };

type CaseRow = { status?: unknown; deadline?: unknown };

/**
 * Counts of chronic cases by stage, in the lifecycle's order (stages not in it follow, by name).
 * A case is overdue when it is not in a terminal stage and its deadline day is before `today`.
 * Counts only: the wall never shows a case's title, place or people.
 */
export function caseStages(rows: readonly CaseRow[], today: string): CaseStages {
  const counts = new Map<string, number>(DEFAULT_LIFECYCLE.states.map((s) => [s.id, 0]));
  const terminal = new Set(DEFAULT_LIFECYCLE.states.filter((s) => s.terminal).map((s) => s.id));
  let open = 0, overdue = 0;
  for (const r of rows) {
    const s = typeof r.status === 'string' ? r.status : '';
    counts.set(s, (counts.get(s) ?? 0) + 1);
    if (!terminal.has(s)) {
      open++;
      if (typeof r.deadline === 'string' && r.deadline !== '' && r.deadline < today) overdue++;
    }
  }
  const known = DEFAULT_LIFECYCLE.states.map((s) => s.id);
  const extra = [...counts.keys()].filter((k) => !known.includes(k)).sort();
  return { stages: [...known, ...extra].map((stage) => ({ stage, count: counts.get(stage) ?? 0 })), open, overdue, total: rows.length };
}

/** One campaign on the wall: its tasks done / open / overdue and, once evaluated, each problem's change. */
export type CampaignProgress = {
  id: string; theme: string; status: string; from: string; to: string;
  tasks: number; done: number; overdue: number;
  /** Per problem: name and the evaluated change / seasonally adjusted effect (null until 评估 or when not computable). */
  outcomes: { problem: string; change: number | null; effect: number | null }[];
};

/** The wall's campaign board: running ones first, then in preparation, under evaluation and finished, the latest first within each; at most `limit`. */
export function campaignProgress(campaigns: readonly Campaign[], tasks: readonly CampaignTask[], today: string, limit = 6): CampaignProgress[] {
  const byCampaign = new Map<string, CampaignTask[]>();
  for (const t of tasks) {
    const list = byCampaign.get(t.campaignId) ?? [];
    list.push(t);
    byCampaign.set(t.campaignId, list);
  }
  const rows = campaigns.map((c): CampaignProgress => {
    const ts = (byCampaign.get(c.id) ?? []).filter((t) => t.state !== 'cancelled');
    const names = new Map(c.problems.map((p) => [p.id, p.title]));
    return {
      id: c.id, theme: c.theme, status: c.status, from: c.from, to: c.to,
      tasks: ts.length, done: ts.filter((t) => t.state === 'done').length,
      overdue: ts.filter((t) => t.state === 'open' && t.deadline < today).length,
      outcomes: (c.evaluation?.problems ?? []).map((p) => ({ problem: names.get(p.problemId) ?? p.problemId, change: p.change, effect: p.effect })),
    };
  });
  // Running first, then those in preparation, under evaluation, finished; the latest first within each.
  const order = (s: string): number => ({ 实施: 0, 筹备: 1, 评估: 2, 完成: 3 } as Record<string, number>)[s] ?? 4;
  return rows
    .sort((a, b) => order(a.status) - order(b.status) || (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))
    .slice(0, limit);
}
