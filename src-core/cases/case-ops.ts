import { addWorkingDays, localDay, type WorkCalendar } from '../base/calendar/working-days';
import type { ChronicCaseRecord, CaseSource, EvidenceRef, FollowUp } from './case-record';
import { DEFAULT_ESCALATION_POLICY, escalationStep, nextLevel, type EscalationPolicy, type EscalationLevel } from './escalation';
import { checkTransition, type Lifecycle, type TransitionContext } from './lifecycle';
import type { CaseEventDraft } from './timeline';

/** A change to a case: the new record and the timeline entries it makes, or a Chinese refusal. */
export type CaseChange<T = ChronicCaseRecord> = { ok: true; value: T; events: CaseEventDraft[] } | { ok: false; reason: string };

export type Actor = { by: string; now: number };

export type NewCase = {
  id: string;
  title: string;
  category: string;
  place: string;
  unit: string;
  coUnits?: string[];
  supervisor: string;
  tickets: string[];
  source: CaseSource;
  /** Working days until the case deadline, counted from the day it is opened. */
  limitWorkingDays: number;
};

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Opens a case in the lifecycle's initial state; refuses missing title, unit or supervisor. */
export function openCase(input: NewCase, lc: Lifecycle, cal: WorkCalendar, a: Actor): CaseChange {
  if (!input.title.trim()) return fail('请填写疑难件标题');
  if (!input.unit.trim()) return fail('请选择主责单位');
  if (!input.supervisor.trim()) return fail('请指定督办人');
  if (input.tickets.length === 0 && input.source.kind !== 'manual') return fail('立案至少需要一张工单');
  const day = localDay(a.now);
  const rec: ChronicCaseRecord = {
    id: input.id, title: input.title.trim(), category: input.category, place: input.place, unit: input.unit.trim(),
    coUnits: input.coUnits ?? [], supervisor: input.supervisor.trim(), openedAt: a.now,
    deadline: addWorkingDays(cal, day, input.limitWorkingDays), tickets: [...new Set(input.tickets)].sort(),
    source: input.source, status: lc.initial, pausedFrom: null, escalations: [], observationEndsOn: null, closedAt: null, updatedAt: a.now,
  };
  const from = input.source.kind === 'detection' ? `由规则 ${input.source.rule} 检测结果立案` : input.source.kind === 'review' ? `由不满意工单复核（${input.source.ticket}）转为疑难件` : '人工立案';
  return {
    ok: true, value: rec,
    events: [{ at: a.now, by: a.by, kind: 'opened', summary: `${from}：${rec.title}，主责单位 ${rec.unit}，督办人 ${rec.supervisor}，办理期限 ${rec.deadline}`, data: { tickets: rec.tickets, source: input.source } }],
  };
}

/** Moves a case to lifecycle state `to` after {@link checkTransition}; records the reason. */
export function transitionCase(rec: ChronicCaseRecord, to: string, lc: Lifecycle, cal: WorkCalendar, a: Actor, ctx: Omit<TransitionContext, 'pausedFrom'>): CaseChange {
  const chk = checkTransition(lc, rec.status, to, { ...ctx, pausedFrom: rec.pausedFrom });
  if (!chk.ok) return chk;
  const next: ChronicCaseRecord = { ...rec, status: to, updatedAt: a.now };
  if (to === '挂起') next.pausedFrom = rec.status;
  if (rec.status === '挂起') next.pausedFrom = null;
  if (to === '观察期') next.observationEndsOn = addWorkingDays(cal, localDay(a.now), lc.observationWorkingDays);
  if (lc.states.find((s) => s.id === to)?.terminal) next.closedAt = a.now;
  const reason = ctx.reason?.trim();
  const extra = to === '观察期' ? `，观察期至 ${next.observationEndsOn}` : '';
  return {
    ok: true, value: next,
    events: [{ at: a.now, by: a.by, kind: 'transition', summary: `${chk.transition.label}：${rec.status} → ${to}${extra}${reason ? `（原因：${reason}）` : ''}`, data: { from: rec.status, to, reason: reason ?? null, observation: ctx.observation ?? null } }],
  };
}

/**
 * Escalates a case one level (催办 → 督办 → 挂牌督办); the level's deadline is counted in working
 * days from today. Refused for closed or paused cases and beyond 挂牌督办.
 */
export function escalateCase(rec: ChronicCaseRecord, lc: Lifecycle, cal: WorkCalendar, a: Actor, note: string, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY): CaseChange {
  const st = lc.states.find((s) => s.id === rec.status);
  if (st?.terminal) return fail('疑难件已销号，不能再升级督办');
  if (st?.paused) return fail('疑难件已挂起，请先恢复再升级督办');
  const cur: EscalationLevel | null = rec.escalations.length ? rec.escalations[rec.escalations.length - 1]!.level : null;
  const lvl = nextLevel(cur);
  if (!lvl) return fail('已是最高级别"挂牌督办"，不能再升级；请考虑移交问责');
  const step = escalationStep(cal, policy, lvl, localDay(a.now), a.now, a.by, note.trim());
  const next = { ...rec, escalations: [...rec.escalations, step], updatedAt: a.now };
  return {
    ok: true, value: next,
    events: [{ at: a.now, by: a.by, kind: 'escalated', summary: `升级为${lvl}，限 ${policy[lvl]} 个工作日内办结（截至 ${step.deadline}）${step.note ? `：${step.note}` : ''}`, data: { ...step } }],
  };
}

const SHA = /^[0-9a-f]{64}$/;

/** Records a follow-up; refuses an empty action or an evidence file without a valid SHA-256. */
export function addFollowUp(rec: ChronicCaseRecord, f: { id: string; action: string; evidence: EvidenceRef[]; open: boolean }, a: Actor): CaseChange<FollowUp> {
  if (!f.action.trim()) return fail('请填写跟进内容（做了什么）');
  if (!a.by.trim()) return fail('请填写跟进人');
  for (const e of f.evidence) if (!SHA.test(e.sha256)) return fail(`附件"${e.name}"的校验值无效，请重新上传`);
  if (rec.closedAt !== null) return fail('疑难件已销号，不能再登记跟进');
  const fu: FollowUp = { id: f.id, caseId: rec.id, at: a.now, by: a.by.trim(), action: f.action.trim(), evidence: f.evidence, status: f.open ? 'open' : 'done', doneAt: f.open ? null : a.now };
  const files = f.evidence.length ? `，附件 ${f.evidence.map((e) => `${e.name}（SHA-256 ${e.sha256.slice(0, 12)}…）`).join('、')}` : '';
  return { ok: true, value: fu, events: [{ at: a.now, by: fu.by, kind: 'followUp', summary: `${f.open ? '登记待办整改事项' : '登记跟进'}：${fu.action}${files}`, data: { followUp: fu.id, evidence: f.evidence, open: f.open } }] };
}

/** Marks an open follow-up done. */
export function completeFollowUp(f: FollowUp, a: Actor, result: string): CaseChange<FollowUp> {
  if (f.status === 'done') return fail('该跟进事项已经办结');
  const done: FollowUp = { ...f, status: 'done', doneAt: a.now };
  return { ok: true, value: done, events: [{ at: a.now, by: a.by, kind: 'followUpDone', summary: `跟进事项办结：${f.action}${result.trim() ? `（${result.trim()}）` : ''}`, data: { followUp: f.id } }] };
}

/** A comment on the case (kept in the timeline). */
export function commentOn(text: string, a: Actor): CaseChange<string> {
  if (!text.trim()) return fail('评论内容不能为空');
  return { ok: true, value: text.trim(), events: [{ at: a.now, by: a.by, kind: 'comment', summary: text.trim(), data: {} }] };
}

/** Whether a case is past its deadline (or its current escalation deadline) on day `today` and still open. */
export function caseOverdue(rec: ChronicCaseRecord, today: string): boolean {
  if (rec.closedAt !== null) return false;
  const esc = rec.escalations[rec.escalations.length - 1];
  return today > rec.deadline || (esc !== undefined && today > esc.deadline);
}
