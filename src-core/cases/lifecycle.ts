/**
 * Case lifecycles are data (versioned like rule sets): states, and the transitions allowed
 * between them with the checks each needs. The default follows the supervision office's process:
 * 认定 → 会商 → 督办 → 整改 → 回访 → 观察期 → 销号, with 挂起 (paused) and 退回 (sent back).
 */
export type TransitionGuard =
  /** No follow-up of the case may still be open. */
  | 'noOpenFollowUp'
  /** The observation period has ended and no new ticket on the problem arrived in it. */
  | 'observationClean'
  /** The person must write a reason. */
  | 'reasonRequired'
  /** At least one follow-up (rectification record) exists. */
  | 'hasFollowUp';

export type LifecycleState = { id: string; label: string; terminal?: boolean; paused?: boolean };
export type LifecycleTransition = { from: string; to: string; label: string; guards: TransitionGuard[] };

export type Lifecycle = {
  id: string;
  states: LifecycleState[];
  initial: string;
  transitions: LifecycleTransition[];
  /** Working days of the observation period before 销号. */
  observationWorkingDays: number;
};

const WORK = ['认定', '会商', '督办', '整改', '回访', '观察期'] as const;

export const DEFAULT_LIFECYCLE: Lifecycle = {
  id: 'case-lifecycle-v1',
  initial: '认定',
  observationWorkingDays: 20,
  states: [
    ...WORK.map((id) => ({ id, label: id })),
    { id: '销号', label: '销号', terminal: true },
    { id: '挂起', label: '挂起', paused: true },
    { id: '退回', label: '退回' },
  ],
  transitions: [
    { from: '认定', to: '会商', label: '提请会商', guards: [] },
    { from: '认定', to: '督办', label: '直接督办', guards: [] },
    { from: '会商', to: '督办', label: '会商后督办', guards: [] },
    { from: '督办', to: '整改', label: '进入整改', guards: [] },
    { from: '整改', to: '回访', label: '整改完成，回访', guards: ['hasFollowUp', 'noOpenFollowUp'] },
    { from: '回访', to: '整改', label: '回访不满意，继续整改', guards: ['reasonRequired'] },
    { from: '回访', to: '观察期', label: '进入观察期', guards: ['noOpenFollowUp'] },
    { from: '观察期', to: '整改', label: '观察期内复发，重新整改', guards: ['reasonRequired'] },
    { from: '观察期', to: '销号', label: '销号', guards: ['noOpenFollowUp', 'observationClean'] },
    // 退回: the responsible unit sends the case back (wrong unit, not its remit) — for 会商 again.
    ...(['督办', '整改'] as const).map((from) => ({ from, to: '退回', label: '退回', guards: ['reasonRequired'] as TransitionGuard[] })),
    { from: '退回', to: '会商', label: '重新会商', guards: [] },
    { from: '退回', to: '销号', label: '不予立案，销号', guards: ['reasonRequired', 'noOpenFollowUp'] },
    // 挂起 from any working state, resumed to the state it was paused in (checked by the caller).
    ...WORK.map((from) => ({ from, to: '挂起', label: '挂起', guards: ['reasonRequired'] as TransitionGuard[] })),
    ...WORK.map((to) => ({ from: '挂起', to, label: `恢复到${to}`, guards: [] as TransitionGuard[] })),
  ],
};

/** What the caller knows when asking for a transition. */
export type TransitionContext = {
  reason?: string;
  openFollowUps: number;
  followUps: number;
  /** For 挂起 → X: the state the case was paused in (it may only resume there). */
  pausedFrom?: string | null;
  /**
   * The new-ticket check for 销号: when the observation period ends (`YYYY-MM-DD`), and the ids
   * of tickets on the problem accepted in it (the caller runs the check, e.g. the case's detection
   * key over the current tickets).
   */
  observation?: { endsOn: string; today: string; newTickets: string[] } | null;
};

export type TransitionCheck = { ok: true; transition: LifecycleTransition } | { ok: false; reason: string };

/** Whether a case in state `from` may move to `to`; a refusal says in Chinese why and what to do. */
export function checkTransition(lc: Lifecycle, from: string, to: string, ctx: TransitionContext): TransitionCheck {
  const st = lc.states.find((s) => s.id === from);
  if (!st) return { ok: false, reason: `未知状态"${from}"，请检查流程配置` };
  if (st.terminal) return { ok: false, reason: `疑难件已${from}，不能再变更状态` };
  const tr = lc.transitions.find((t) => t.from === from && t.to === to);
  if (!tr) {
    const allowed = lc.transitions.filter((t) => t.from === from).map((t) => t.to);
    return { ok: false, reason: `不能从"${from}"直接转为"${to}"，可转为：${allowed.join('、') || '无'}` };
  }
  if (from === '挂起' && ctx.pausedFrom && ctx.pausedFrom !== to) {
    return { ok: false, reason: `疑难件是在"${ctx.pausedFrom}"阶段挂起的，只能恢复到"${ctx.pausedFrom}"` };
  }
  for (const g of tr.guards) {
    if (g === 'reasonRequired' && !(ctx.reason ?? '').trim()) return { ok: false, reason: `"${tr.label}"需要填写原因` };
    if (g === 'hasFollowUp' && ctx.followUps === 0) return { ok: false, reason: '还没有任何跟进记录，请先登记整改情况' };
    if (g === 'noOpenFollowUp' && ctx.openFollowUps > 0) return { ok: false, reason: `还有 ${ctx.openFollowUps} 条跟进事项未办结，请先办结或撤销后再${tr.label}` };
    if (g === 'observationClean') {
      const o = ctx.observation;
      if (!o) return { ok: false, reason: '销号前需要进行观察期新增工单检查，请先运行检查' };
      if (o.today <= o.endsOn) return { ok: false, reason: `观察期到 ${o.endsOn} 结束，期满后才能销号` };
      if (o.newTickets.length > 0) return { ok: false, reason: `观察期内又有 ${o.newTickets.length} 张同类工单（${o.newTickets.slice(0, 5).join('、')}${o.newTickets.length > 5 ? ' 等' : ''}），不能销号，请转回整改` };
    }
  }
  return { ok: true, transition: tr };
}

/** Problems of an edited lifecycle (Chinese; empty when valid). */
export function validateLifecycle(lc: Lifecycle): string[] {
  const ids = new Set(lc.states.map((s) => s.id));
  const out: string[] = [];
  if (ids.size !== lc.states.length) out.push('状态名称有重复');
  if (!ids.has(lc.initial)) out.push(`初始状态"${lc.initial}"不在状态列表中`);
  if (!lc.states.some((s) => s.terminal)) out.push('至少需要一个终止状态（如销号）');
  for (const t of lc.transitions) {
    if (!ids.has(t.from) || !ids.has(t.to)) out.push(`流转"${t.label}"引用了不存在的状态（${t.from} → ${t.to}）`);
  }
  if (!Number.isInteger(lc.observationWorkingDays) || lc.observationWorkingDays < 0) out.push('观察期工作日数必须是不小于 0 的整数');
  return out;
}
