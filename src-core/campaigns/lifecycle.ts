import type { CampaignStatus, CampaignTask } from './campaign';
import type { Campaign } from './campaign';
import { isEmptySelector } from './selector';

/**
 * The campaign lifecycle 筹备 → 实施 → 评估 → 完成 (with 评估 → 实施 when the evaluation finds
 * the work unfinished): which transitions exist and what each needs.
 */
export type CampaignGuard =
  /** 2–3 problems, each with a title, a lead unit and a selector that restricts something. */
  | 'problemsReady'
  /** At least one task. */
  | 'hasTasks'
  /** The period is over (today ≥ `to`). */
  | 'periodEnded'
  /** No task is still open (each done or cancelled). */
  | 'noOpenTasks'
  /** At least one progress report. */
  | 'hasReports'
  /** The §8 outcome of every problem is recorded (recordEvaluation). */
  | 'hasEvaluation'
  /** The person must write a reason. */
  | 'reasonRequired';

export type CampaignTransition = { from: CampaignStatus; to: CampaignStatus; label: string; guards: CampaignGuard[] };

export const CAMPAIGN_TRANSITIONS: readonly CampaignTransition[] = [
  { from: '筹备', to: '实施', label: '启动实施', guards: ['problemsReady', 'hasTasks'] },
  { from: '实施', to: '评估', label: '进入评估', guards: ['periodEnded', 'noOpenTasks', 'hasReports'] },
  { from: '评估', to: '实施', label: '继续实施', guards: ['reasonRequired'] },
  { from: '评估', to: '完成', label: '完成', guards: ['hasEvaluation'] },
];

/** Problems per campaign before it may start. */
export const MIN_PROBLEMS = 2;
export const MAX_PROBLEMS = 3;

/** What the caller knows when asking for a transition. */
export type CampaignTransitionContext = {
  /** Local day `YYYY-MM-DD` of the request. */
  today: string;
  /** The campaign's tasks. */
  tasks: readonly CampaignTask[];
  /** Number of its progress reports. */
  reports: number;
  reason?: string;
};

export type CampaignTransitionCheck = { ok: true; transition: CampaignTransition } | { ok: false; reason: string };

/** Transitions allowed from `status` (for menus). */
export function transitionsFrom(status: CampaignStatus): CampaignTransition[] {
  return CAMPAIGN_TRANSITIONS.filter((t) => t.from === status);
}

/** The first reason a campaign's problems are not ready to start, or null. */
export function problemsNotReady(c: Campaign): string | null {
  if (c.problems.length < MIN_PROBLEMS || c.problems.length > MAX_PROBLEMS) return `专项行动须有 ${MIN_PROBLEMS}–${MAX_PROBLEMS} 个问题，当前 ${c.problems.length} 个`;
  for (const p of c.problems) {
    if (!p.leadUnit.trim()) return `问题「${p.title}」还没有牵头单位`;
    if (isEmptySelector(p.selector)) return `问题「${p.title}」的工单选择条件为空（会匹配全部工单），请至少填写分类、区、街道、诉求类型或关键词之一`;
  }
  return null;
}

/** Whether campaign `c` may move to `to`; a refusal says in Chinese why and what to do. */
export function checkCampaignTransition(c: Campaign, to: CampaignStatus, ctx: CampaignTransitionContext): CampaignTransitionCheck {
  if (c.status === '完成') return { ok: false, reason: '专项行动已完成，不能再变更状态' };
  const tr = CAMPAIGN_TRANSITIONS.find((t) => t.from === c.status && t.to === to);
  if (!tr) {
    const allowed = transitionsFrom(c.status).map((t) => t.to);
    return { ok: false, reason: `不能从"${c.status}"直接转为"${to}"，可转为：${allowed.join('、') || '无'}` };
  }
  for (const g of tr.guards) {
    switch (g) {
      case 'problemsReady': {
        const r = problemsNotReady(c);
        if (r) return { ok: false, reason: `${r}，补齐后才能${tr.label}` };
        break;
      }
      case 'hasTasks':
        if (ctx.tasks.length === 0) return { ok: false, reason: `还没有分解任何任务，请先为各单位布置任务再${tr.label}` };
        break;
      case 'periodEnded':
        if (ctx.today < c.to) return { ok: false, reason: `实施期到 ${c.to}（不含）结束，期满后才能${tr.label}；如需提前结束，请先修改实施期` };
        break;
      case 'noOpenTasks': {
        const open = ctx.tasks.filter((t) => t.state === 'open');
        if (open.length > 0) return { ok: false, reason: `还有 ${open.length} 项任务未办结（${open.slice(0, 3).map((t) => `${t.unit}：${t.title}`).join('；')}${open.length > 3 ? ' 等' : ''}），请办结或撤销后再${tr.label}` };
        break;
      }
      case 'hasReports':
        if (ctx.reports === 0) return { ok: false, reason: `还没有任何进展填报，请各单位先填报进展再${tr.label}` };
        break;
      case 'hasEvaluation':
        if (!c.evaluation) return { ok: false, reason: `还没有记录成效评估，请先生成并保存各问题的成效数据再${tr.label}` };
        break;
      case 'reasonRequired':
        if (!(ctx.reason ?? '').trim()) return { ok: false, reason: `"${tr.label}"需要填写原因` };
        break;
    }
  }
  return { ok: true, transition: tr };
}
