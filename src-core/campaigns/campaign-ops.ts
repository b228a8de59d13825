import { localDay, type WorkCalendar } from '../base/calendar/working-days';
import { parseLocalDate } from '../base/time/shanghai';
import type { EvidenceRef } from '../cases/case-record';
import { isSha256Hex } from '../ipc/evidence-ref';
import {
  CAMPAIGN_TYPES, UNIT_ROLES, type Campaign, type CampaignEvaluation, type CampaignProblem, type CampaignStatus, type CampaignTask,
  type CampaignType, type CoUnit, type Milestone, type PolicyOutput, type ProgressReport,
} from './campaign';
import { checkCampaignTransition, MAX_PROBLEMS, type CampaignTransitionContext } from './lifecycle';
import { describeSelector, parseSelector, type ProblemSelector } from './selector';
import { taskDeadline } from './tasks';
import type { CampaignEventDraft } from './timeline';

/**
 * Pure operations on campaigns, like cases/case-ops.ts: each validates a change and returns the
 * new record with the timeline entries it makes, or a Chinese refusal that says what to do. The
 * caller stores the record and appends the entries (appendCampaignEvent).
 */
export type CampaignChange<T = Campaign> = { ok: true; value: T; events: CampaignEventDraft[] } | { ok: false; reason: string };

/** Who acts and when (epoch ms). */
export type Actor = { by: string; now: number };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const ok = <T>(value: T, a: Actor, kind: CampaignEventDraft['kind'], summary: string, data: Record<string, unknown> = {}): CampaignChange<T> =>
  ({ ok: true, value, events: [{ at: a.now, by: a.by, kind, summary, data }] });
const validDay = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(parseLocalDate(d));

/** States in which the campaign's plan (problems, tasks, milestones) may still change. */
const PLANNING: readonly CampaignStatus[] = ['筹备', '实施'];

export type NewCampaign = { id: string; theme: string; type: CampaignType; from: string; to: string; leadUnit: string };

function checkHeader(h: Pick<NewCampaign, 'theme' | 'type' | 'from' | 'to' | 'leadUnit'>): string | null {
  if (!h.theme.trim()) return '请填写专项行动主题';
  if (!(CAMPAIGN_TYPES as readonly string[]).includes(h.type)) return `类型须为 ${CAMPAIGN_TYPES.join(' 或 ')}`;
  if (!validDay(h.from)) return `开始日期「${h.from}」无效，请写成 YYYY-MM-DD`;
  if (!validDay(h.to)) return `结束日期「${h.to}」无效，请写成 YYYY-MM-DD（不含当天）`;
  if (h.to <= h.from) return `结束日期 ${h.to} 须晚于开始日期 ${h.from}（结束日期不含当天）`;
  if (!h.leadUnit.trim()) return '请选择牵头单位';
  return null;
}

/** Creates a campaign in 筹备 with no problems yet. */
export function createCampaign(input: NewCampaign, a: Actor): CampaignChange {
  const bad = checkHeader(input);
  if (bad) return fail(bad);
  const c: Campaign = {
    id: input.id, theme: input.theme.trim(), type: input.type, from: input.from, to: input.to, leadUnit: input.leadUnit.trim(),
    problems: [], milestones: [], policies: [], status: '筹备', evaluation: null, createdAt: a.now, updatedAt: a.now, closedAt: null,
  };
  return ok(c, a, 'created', `创建${c.type}「${c.theme}」，实施期 ${c.from} 至 ${c.to}（不含），牵头单位 ${c.leadUnit}`, { theme: c.theme, type: c.type, from: c.from, to: c.to, leadUnit: c.leadUnit });
}

export type CampaignEdit = Partial<Pick<Campaign, 'theme' | 'type' | 'from' | 'to' | 'leadUnit'>>;

/**
 * Edits the header. In 筹备 freely; in 实施 a reason is required (the period and the lead unit are
 * what the outcome and the scorecard are judged by); refused from 评估 on.
 */
export function editCampaign(c: Campaign, patch: CampaignEdit, a: Actor, reason = ''): CampaignChange {
  if (!PLANNING.includes(c.status)) return fail(`专项行动已${c.status}，不能再修改基本信息`);
  const next = { ...c, ...patch, updatedAt: a.now };
  const bad = checkHeader(next);
  if (bad) return fail(bad);
  const changed = (Object.keys(patch) as (keyof CampaignEdit)[]).filter((k) => patch[k] !== undefined && patch[k] !== c[k]);
  if (changed.length === 0) return fail('没有任何改动');
  if (c.status === '实施' && !reason.trim()) return fail('实施阶段修改基本信息需要填写原因');
  const LABEL: Record<keyof CampaignEdit, string> = { theme: '主题', type: '类型', from: '开始日期', to: '结束日期', leadUnit: '牵头单位' };
  const what = changed.map((k) => `${LABEL[k]} ${String(c[k])} → ${String(next[k])}`).join('，');
  return ok(next, a, 'edited', `修改基本信息：${what}${reason.trim() ? `（原因：${reason.trim()}）` : ''}`, { before: Object.fromEntries(changed.map((k) => [k, c[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])), reason: reason.trim() || null });
}

export type NewProblem = { id: string; title: string; selector: unknown; leadUnit: string; coUnits?: CoUnit[] };

function checkProblem(p: { title: string; leadUnit: string; coUnits: CoUnit[] }): string | null {
  if (!p.title.trim()) return '请填写问题名称';
  if (!p.leadUnit.trim()) return `请为问题「${p.title}」选择牵头单位`;
  const seen = new Set<string>([p.leadUnit.trim()]);
  for (const u of p.coUnits) {
    if (!u.unit.trim()) return '参与单位名称不能为空';
    if (!(UNIT_ROLES as readonly string[]).includes(u.role)) return `单位「${u.unit}」的职责须为 ${UNIT_ROLES.join('、')} 之一`;
    if (seen.has(u.unit.trim())) return `单位「${u.unit}」重复（牵头单位不必再列为参与单位）`;
    seen.add(u.unit.trim());
  }
  return null;
}

/** Adds a problem (筹备 only; at most 3). The selector is parsed as in the CLI; a bad one is refused with its reason. */
export function addProblem(c: Campaign, input: NewProblem, a: Actor): CampaignChange {
  if (c.status !== '筹备') return fail('只有筹备阶段可以增加问题');
  if (c.problems.length >= MAX_PROBLEMS) return fail(`每个专项行动最多 ${MAX_PROBLEMS} 个问题`);
  if (c.problems.some((p) => p.id === input.id)) return fail(`问题编号 ${input.id} 已存在`);
  const sel = parseSelector(input.selector);
  if (!sel.ok) return fail(sel.reason);
  const p: CampaignProblem = {
    id: input.id, title: input.title.trim(), selector: sel.selector, leadUnit: input.leadUnit.trim(),
    coUnits: (input.coUnits ?? []).map((u) => ({ unit: u.unit.trim(), role: u.role })), cases: [], tickets: [],
  };
  const bad = checkProblem(p);
  if (bad) return fail(bad);
  const next = { ...c, problems: [...c.problems, p], updatedAt: a.now };
  const co = p.coUnits.length ? `，参与单位 ${p.coUnits.map((u) => `${u.unit}（${u.role}）`).join('、')}` : '';
  return ok(next, a, 'problemAdded', `增加问题「${p.title}」：${describeSelector(p.selector)}；牵头单位 ${p.leadUnit}${co}`, { problem: p });
}

export type ProblemEdit = { title?: string; selector?: unknown; leadUnit?: string; coUnits?: CoUnit[] };

/** Edits a problem: in 筹备 freely, in 实施 with a reason (a selector changed mid-way changes what the outcome measures). */
export function editProblem(c: Campaign, problemId: string, patch: ProblemEdit, a: Actor, reason = ''): CampaignChange {
  if (!PLANNING.includes(c.status)) return fail(`专项行动已${c.status}，不能再修改问题`);
  const old = c.problems.find((p) => p.id === problemId);
  if (!old) return fail(`找不到问题 ${problemId}`);
  let selector: ProblemSelector = old.selector;
  if (patch.selector !== undefined) {
    const sel = parseSelector(patch.selector);
    if (!sel.ok) return fail(sel.reason);
    selector = sel.selector;
  }
  const p: CampaignProblem = {
    ...old, title: patch.title?.trim() ?? old.title, leadUnit: patch.leadUnit?.trim() ?? old.leadUnit, selector,
    coUnits: patch.coUnits ? patch.coUnits.map((u) => ({ unit: u.unit.trim(), role: u.role })) : old.coUnits,
  };
  const bad = checkProblem(p);
  if (bad) return fail(bad);
  if (JSON.stringify(p) === JSON.stringify(old)) return fail('没有任何改动');
  if (c.status === '实施' && !reason.trim()) return fail('实施阶段修改问题需要填写原因');
  const next = { ...c, problems: c.problems.map((x) => (x.id === problemId ? p : x)), updatedAt: a.now };
  return ok(next, a, 'problemEdited', `修改问题「${p.title}」：${describeSelector(p.selector)}；牵头单位 ${p.leadUnit}${reason.trim() ? `（原因：${reason.trim()}）` : ''}`, { before: old, after: p, reason: reason.trim() || null });
}

/** Removes a problem (筹备 only; its tasks should be cancelled by the caller first — refused while any is open). */
export function removeProblem(c: Campaign, problemId: string, tasks: readonly CampaignTask[], a: Actor): CampaignChange {
  if (c.status !== '筹备') return fail('只有筹备阶段可以删除问题');
  const p = c.problems.find((x) => x.id === problemId);
  if (!p) return fail(`找不到问题 ${problemId}`);
  const open = tasks.filter((t) => t.problemId === problemId && t.state === 'open').length;
  if (open > 0) return fail(`问题「${p.title}」还有 ${open} 项任务未撤销，请先撤销这些任务`);
  return ok({ ...c, problems: c.problems.filter((x) => x.id !== problemId), updatedAt: a.now }, a, 'problemRemoved', `删除问题「${p.title}」`, { problem: p });
}

/** Attaches chronic cases and tickets to a problem (any state but 完成); ids already attached are ignored. */
export function linkToProblem(c: Campaign, problemId: string, add: { cases?: string[]; tickets?: string[] }, a: Actor): CampaignChange {
  if (c.status === '完成') return fail('专项行动已完成，不能再关联疑难件或工单');
  const p = c.problems.find((x) => x.id === problemId);
  if (!p) return fail(`找不到问题 ${problemId}`);
  const cases = (add.cases ?? []).map((s) => s.trim()).filter((s) => s && !p.cases.includes(s));
  const tickets = (add.tickets ?? []).map((s) => s.trim()).filter((s) => s && !p.tickets.includes(s));
  if (cases.length === 0 && tickets.length === 0) return fail('没有新的疑难件或工单可关联（可能已经关联过）');
  const q = { ...p, cases: [...new Set([...p.cases, ...cases])].sort(), tickets: [...new Set([...p.tickets, ...tickets])].sort() };
  const parts = [cases.length ? `疑难件 ${cases.join('、')}` : '', tickets.length ? `工单 ${tickets.length} 张` : ''].filter(Boolean).join('，');
  return ok({ ...c, problems: c.problems.map((x) => (x.id === problemId ? q : x)), updatedAt: a.now }, a, 'linked', `问题「${p.title}」关联${parts}`, { problemId, cases, tickets });
}

/** Detaches cases and tickets from a problem (any state but 完成). */
export function unlinkFromProblem(c: Campaign, problemId: string, remove: { cases?: string[]; tickets?: string[] }, a: Actor): CampaignChange {
  if (c.status === '完成') return fail('专项行动已完成，不能再取消关联');
  const p = c.problems.find((x) => x.id === problemId);
  if (!p) return fail(`找不到问题 ${problemId}`);
  const cases = (remove.cases ?? []).filter((s) => p.cases.includes(s));
  const tickets = (remove.tickets ?? []).filter((s) => p.tickets.includes(s));
  if (cases.length === 0 && tickets.length === 0) return fail('所选疑难件或工单并未关联到该问题');
  const q = { ...p, cases: p.cases.filter((s) => !cases.includes(s)), tickets: p.tickets.filter((s) => !tickets.includes(s)) };
  return ok({ ...c, problems: c.problems.map((x) => (x.id === problemId ? q : x)), updatedAt: a.now }, a, 'unlinked', `问题「${p.title}」取消关联${cases.length ? `疑难件 ${cases.join('、')}` : ''}${tickets.length ? ` 工单 ${tickets.length} 张` : ''}`, { problemId, cases, tickets });
}

/** Every unit of a campaign: its lead unit, then each problem's lead and co-units, in order, without repeats. */
export function campaignUnits(c: Campaign): string[] {
  const out: string[] = [];
  const add = (u: string): void => { if (u && !out.includes(u)) out.push(u); };
  add(c.leadUnit);
  for (const p of c.problems) { add(p.leadUnit); for (const u of p.coUnits) add(u.unit); }
  return out;
}

export type NewTask = { id: string; problemId: string | null; unit: string; title: string; workingDays: number; assignedOn?: string };

/**
 * Assigns a task to a unit of the campaign, due `workingDays` working days after the day it is
 * assigned (today unless given). 筹备 or 实施 only.
 */
export function addTask(c: Campaign, input: NewTask, cal: WorkCalendar, a: Actor): CampaignChange<CampaignTask> {
  if (!PLANNING.includes(c.status)) return fail(`专项行动已${c.status}，不能再布置任务`);
  if (!input.title.trim()) return fail('请填写任务内容');
  const unit = input.unit.trim();
  if (!campaignUnits(c).includes(unit)) return fail(`「${unit || '（空）'}」不是本专项行动的牵头或参与单位，请先把它加入某个问题`);
  if (input.problemId !== null && !c.problems.some((p) => p.id === input.problemId)) return fail(`找不到问题 ${input.problemId}`);
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 250) return fail('办理时限须为 1 到 250 个工作日');
  const assignedOn = input.assignedOn ?? localDay(a.now);
  if (!validDay(assignedOn)) return fail(`布置日期「${assignedOn}」无效，请写成 YYYY-MM-DD`);
  const deadline = taskDeadline(cal, assignedOn, input.workingDays);
  const t: CampaignTask = {
    id: input.id, campaignId: c.id, problemId: input.problemId, unit, title: input.title.trim(), assignedOn, workingDays: input.workingDays,
    deadline, state: 'open', doneAt: null, doneOn: null, note: '',
  };
  return ok(t, a, 'taskAdded', `向${unit}布置任务：${t.title}，限 ${t.workingDays} 个工作日（截至 ${deadline}）`, { task: t });
}

/** Marks an open task done (its day decides on time or late). */
export function completeTask(c: Campaign, t: CampaignTask, a: Actor, note = ''): CampaignChange<CampaignTask> {
  if (c.status === '完成') return fail('专项行动已完成，不能再办结任务');
  if (t.state !== 'open') return fail(t.state === 'done' ? '该任务已经办结' : '该任务已撤销');
  const day = localDay(a.now);
  const done: CampaignTask = { ...t, state: 'done', doneAt: a.now, doneOn: day, note: note.trim() };
  const late = day > t.deadline ? `，逾期（期限 ${t.deadline}）` : '';
  return ok(done, a, 'taskDone', `${t.unit}办结任务：${t.title}${late}${note.trim() ? `（${note.trim()}）` : ''}`, { task: t.id, doneOn: day, late: day > t.deadline });
}

/** Cancels an open task; a reason is required. */
export function cancelTask(c: Campaign, t: CampaignTask, a: Actor, reason: string): CampaignChange<CampaignTask> {
  if (c.status === '完成') return fail('专项行动已完成，不能再撤销任务');
  if (t.state !== 'open') return fail(t.state === 'done' ? '该任务已经办结，不能撤销' : '该任务已撤销');
  if (!reason.trim()) return fail('撤销任务需要填写原因');
  const x: CampaignTask = { ...t, state: 'cancelled', doneAt: a.now, doneOn: localDay(a.now), note: reason.trim() };
  return ok(x, a, 'taskCancelled', `撤销${t.unit}的任务：${t.title}（原因：${reason.trim()}）`, { task: t.id, reason: reason.trim() });
}

/** Adds a milestone (节点) due on a day. */
export function addMilestone(c: Campaign, m: { id: string; title: string; due: string }, a: Actor): CampaignChange {
  if (!PLANNING.includes(c.status)) return fail(`专项行动已${c.status}，不能再增加节点`);
  if (!m.title.trim()) return fail('请填写节点名称');
  if (!validDay(m.due)) return fail(`节点日期「${m.due}」无效，请写成 YYYY-MM-DD`);
  if (c.milestones.some((x) => x.id === m.id)) return fail(`节点编号 ${m.id} 已存在`);
  const ms: Milestone = { id: m.id, title: m.title.trim(), due: m.due, doneAt: null };
  const milestones = [...c.milestones, ms].sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0));
  return ok({ ...c, milestones, updatedAt: a.now }, a, 'milestoneAdded', `设立节点：${ms.title}（${ms.due}）`, { milestone: ms });
}

/** Marks a milestone reached. */
export function completeMilestone(c: Campaign, id: string, a: Actor): CampaignChange {
  if (c.status === '完成') return fail('专项行动已完成，不能再变更节点');
  const m = c.milestones.find((x) => x.id === id);
  if (!m) return fail(`找不到节点 ${id}`);
  if (m.doneAt !== null) return fail('该节点已经完成');
  const day = localDay(a.now);
  const milestones = c.milestones.map((x) => (x.id === id ? { ...x, doneAt: a.now } : x));
  return ok({ ...c, milestones, updatedAt: a.now }, a, 'milestoneDone', `完成节点：${m.title}${day > m.due ? `（晚于计划 ${m.due}）` : ''}`, { milestone: id, day, late: day > m.due });
}

function badEvidence(evidence: readonly EvidenceRef[]): string | null {
  for (const e of evidence) if (!isSha256Hex(e.sha256) || !e.name.trim()) return `附件"${e.name || '（无名）'}"的名称或校验值无效，请重新上传`;
  return null;
}

export type NewReport = { id: string; unit: string; problemId: string | null; taskId: string | null; text: string; evidence: EvidenceRef[] };

/**
 * A progress report (进展填报) of a unit of the campaign, in 实施 or 评估, with evidence files named
 * by SHA-256 (stored through the platform's evidence store first). Refuses empty text, a unit or
 * task that is not the campaign's, and evidence without a valid hash.
 */
export function fileReport(c: Campaign, r: NewReport, tasks: readonly CampaignTask[], a: Actor): CampaignChange<ProgressReport> {
  if (c.status !== '实施' && c.status !== '评估') return fail(c.status === '筹备' ? '专项行动尚未启动实施，暂不能填报进展' : '专项行动已完成，不能再填报进展');
  if (!r.text.trim()) return fail('请填写进展情况（做了什么、效果如何）');
  if (!a.by.trim()) return fail('请填写填报人');
  const unit = r.unit.trim();
  if (!campaignUnits(c).includes(unit)) return fail(`「${unit || '（空）'}」不是本专项行动的牵头或参与单位`);
  if (r.problemId !== null && !c.problems.some((p) => p.id === r.problemId)) return fail(`找不到问题 ${r.problemId}`);
  if (r.taskId !== null) {
    const t = tasks.find((x) => x.id === r.taskId);
    if (!t || t.campaignId !== c.id) return fail(`找不到任务 ${r.taskId}`);
    if (t.unit !== unit) return fail(`任务「${t.title}」属于${t.unit}，不能由${unit}填报`);
  }
  const bad = badEvidence(r.evidence);
  if (bad) return fail(bad);
  const rep: ProgressReport = { id: r.id, campaignId: c.id, problemId: r.problemId, taskId: r.taskId, unit, at: a.now, by: a.by.trim(), text: r.text.trim(), evidence: r.evidence };
  const files = r.evidence.length ? `（附件：${r.evidence.map((e) => `${e.name}，SHA-256 ${e.sha256.slice(0, 12)}…`).join('；')}）` : '';
  return ok(rep, a, 'reported', `${unit}填报进展：${rep.text}${files}`, { report: rep.id, unit, problemId: r.problemId, taskId: r.taskId, evidence: r.evidence });
}

/** Records a policy output (政策文件): title, 文号, date of issue and the issuing unit. */
export function addPolicy(c: Campaign, p: Omit<PolicyOutput, 'evidence'> & { evidence?: EvidenceRef[] }, a: Actor): CampaignChange {
  if (c.status === '筹备' || c.status === '完成') return fail(c.status === '筹备' ? '专项行动尚未启动实施，暂不能登记政策成果' : '专项行动已完成，不能再登记政策成果');
  if (!p.title.trim()) return fail('请填写政策文件标题');
  if (!p.docNo.trim()) return fail('请填写文号，例如 云政办发〔2026〕12号');
  if (!validDay(p.date)) return fail(`印发日期「${p.date}」无效，请写成 YYYY-MM-DD`);
  if (!p.unit.trim()) return fail('请填写发文单位');
  if (c.policies.some((x) => x.docNo === p.docNo.trim())) return fail(`文号 ${p.docNo.trim()} 已登记`);
  const bad = badEvidence(p.evidence ?? []);
  if (bad) return fail(bad);
  const po: PolicyOutput = { id: p.id, title: p.title.trim(), docNo: p.docNo.trim(), date: p.date, unit: p.unit.trim(), evidence: p.evidence ?? [] };
  return ok({ ...c, policies: [...c.policies, po], updatedAt: a.now }, a, 'policyAdded', `登记政策成果：${po.unit}《${po.title}》（${po.docNo}，${po.date}）`, { policy: po });
}

/** Moves the campaign to `to` after {@link checkCampaignTransition}. */
export function transitionCampaign(c: Campaign, to: CampaignStatus, ctx: CampaignTransitionContext, a: Actor): CampaignChange {
  const chk = checkCampaignTransition(c, to, ctx);
  if (!chk.ok) return chk;
  const next: Campaign = { ...c, status: to, updatedAt: a.now, closedAt: to === '完成' ? a.now : null };
  // Back to 实施: the evaluation no longer stands (the campaign goes on).
  if (to === '实施' && c.status === '评估') next.evaluation = null;
  const reason = ctx.reason?.trim();
  return ok(next, a, 'transition', `${chk.transition.label}：${c.status} → ${to}${reason ? `（原因：${reason}）` : ''}`, { from: c.status, to, reason: reason ?? null });
}

/**
 * Records the evaluation (成效评估) in 评估: the §8 figures of every problem (from finishOutcome,
 * e.g. the engine's `campaign` outcome op) and a conclusion. Replaces an earlier one.
 */
export function recordEvaluation(c: Campaign, e: Omit<CampaignEvaluation, 'at' | 'by'>, a: Actor): CampaignChange {
  if (c.status !== '评估') return fail('只有评估阶段可以记录成效评估');
  if (!e.conclusion.trim()) return fail('请填写评估结论');
  const ids = new Set(e.problems.map((p) => p.problemId));
  const missing = c.problems.filter((p) => !ids.has(p.id));
  if (missing.length) return fail(`缺少问题「${missing.map((p) => p.title).join('、')}」的成效数据`);
  if (!isSha256Hex(e.inputSha256)) return fail('成效数据缺少工单数据的校验值，请重新生成');
  const ev: CampaignEvaluation = { ...e, conclusion: e.conclusion.trim(), at: a.now, by: a.by };
  const words = ev.problems.map((p) => {
    const title = c.problems.find((x) => x.id === p.problemId)?.title ?? p.problemId;
    return `${title} ${p.effect === null ? '效果无法计算' : `季节调整后 ${(p.effect * 100).toFixed(1)}%`}`;
  }).join('；');
  return ok({ ...c, evaluation: ev, updatedAt: a.now }, a, 'evaluated', `记录成效评估：${words}。结论：${ev.conclusion}`, { evaluation: ev });
}

/** A comment kept in the timeline. */
export function commentOnCampaign(text: string, a: Actor): CampaignChange<string> {
  if (!text.trim()) return fail('评论内容不能为空');
  return ok(text.trim(), a, 'comment', text.trim());
}
