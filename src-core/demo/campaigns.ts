import { utf8ToBytes } from '@noble/hashes/utils.js';
import { BUILTIN_CALENDAR } from '../base/calendar/builtin';
import { addWorkingDays, workCalendar, type WorkCalendar } from '../base/calendar/working-days';
import { sha256Hex } from '../base/rules/versioned';
import { DAY_MS, formatLocalDate, parseLocalDate } from '../base/time/shanghai';
import type { Campaign, CampaignTask, ProgressReport } from '../campaigns/campaign';
import {
  addMilestone, addPolicy, addProblem, addTask, cancelTask, commentOnCampaign, completeMilestone, completeTask, createCampaign,
  fileReport, recordEvaluation, transitionCampaign, type Actor, type CampaignChange,
} from '../campaigns/campaign-ops';
import { finishOutcome, outcomeWindows, type MonthCount } from '../campaigns/outcome';
import { monthIndexToString } from '../base/time/month-index';
import type { ProblemSelector } from '../campaigns/selector';
import { appendCampaignEvent, type CampaignEvent, type CampaignEventDraft } from '../campaigns/timeline';
import type { EvidenceRef } from '../cases/case-record';
import { DEFAULT_END } from './calendar';
import { lastFullMonth } from './campaign-effect';
import { campaignSpecs, type CampaignSpec, type TaskSpec } from './campaign-specs';
import { hashString } from './prng';

/** Everything the app stores for the demo campaigns (the UI engineer's Dexie tables), consistent with each other. */
export type DemoCampaignData = {
  campaigns: Campaign[];
  tasks: CampaignTask[];
  reports: ProgressReport[];
  /** Every campaign's timeline, each hash-chained from seq 1, in campaign then seq order. */
  events: CampaignEvent[];
  /** The bytes of every evidence file the reports and policies name (to put in the evidence store first). */
  evidence: { ref: EvidenceRef; bytes: Uint8Array }[];
  /** The demo's "now": the data's last second. Task standings and overdue flags are as of this day. */
  now: number;
};

/** What demoCampaigns needs from the loaded tickets to record the evaluation of a finished campaign. */
export type DemoTicketSource = {
  /** Step (a) of the outcome for a selector: matching tickets of every covered month (e.g. problemMonthCounts). */
  countsOf(selector: ProblemSelector): MonthCount[];
  /** SHA-256 of the ticket data (e.g. tableSha256 of the engine's table). */
  inputSha256: string;
};

const OFFICE = '市12345督办处 李娜';
const WINDOW = 3;

const day = (t: number): string => formatLocalDate(t);
const at = (d: string, h: number, mi = 0): number => {
  const t = parseLocalDate(d);
  return t + h * 3_600_000 + mi * 60_000;
};
const plusDays = (d: string, n: number): string => formatLocalDate(parseLocalDate(d) + n * DAY_MS);

function unwrap<T>(r: CampaignChange<T>, what: string): { value: T; events: CampaignEventDraft[] } {
  if (!r.ok) throw new Error(`示例专项行动数据生成失败（${what}）：${r.reason}`);
  return { value: r.value, events: r.events };
}

const REPORT_LINES = [
  '已召开专题推进会，明确责任分工和时间节点。',
  '已完成现场摸排，建立问题台账并逐项销号。',
  '已会同属地街道入户走访，听取居民意见。',
  '已对重点点位开展联合检查，发现问题当场交办。',
  '已向社会公布办理进度，接受群众监督。',
  '已组织回访，来电人对处理结果表示认可。',
];

/** A small evidence document (台账) for a report. */
function evidenceFile(theme: string, unit: string, title: string, when: string): { ref: EvidenceRef; bytes: Uint8Array } {
  const text = `${theme}\n${unit}工作台账：${title}\n填报日期：${when}\n\n序号,事项,完成情况\n1,${title},已完成\n2,群众回访,已完成\n`;
  const bytes = utf8ToBytes(text);
  const short = title.length > 12 ? `${title.slice(0, 12)}…` : title;
  return { ref: { name: `${unit}-${short}-台账.csv`, sha256: sha256Hex(bytes), size: bytes.length, type: 'text/csv' }, bytes };
}

type Action = { at: number; run: () => void };

/**
 * Builds one campaign from its spec through the campaign operations, as of `now`: every change
 * goes through the same validation as in the app and is on the campaign's timeline.
 */
function buildCampaign(spec: CampaignSpec, cal: WorkCalendar, now: number, source: DemoTicketSource, out: DemoCampaignData): void {
  const year = spec.from.slice(0, 4);
  const id = `ZX-${year}-${String(spec.no).padStart(2, '0')}`;
  const actions: Action[] = [];
  const todo = (t: number, run: () => void): void => { if (t <= now) actions.push({ at: t, run }); };
  let c: Campaign;
  let timeline: CampaignEvent[] = [];
  const tasks = new Map<string, CampaignTask>();
  const reports: ProgressReport[] = [];
  const apply = <T>(r: CampaignChange<T>, what: string): T => {
    const u = unwrap(r, what);
    for (const e of u.events) timeline = appendCampaignEvent(id, timeline, e);
    return u.value;
  };
  const actor = (t: number, by = OFFICE): Actor => ({ by, now: t });
  const started = spec.status !== '筹备';
  const created = started ? at(plusDays(spec.from, -14), 10) : now - 3 * DAY_MS;

  todo(created, () => {
    c = apply(createCampaign({ id, theme: spec.theme, type: spec.type, from: spec.from, to: spec.to, leadUnit: spec.leadUnit }, actor(created)), '创建');
    spec.problems.forEach((p, k) => {
      c = apply(addProblem(c, { id: `${id}-P${k + 1}`, title: p.title, selector: p.selector, leadUnit: p.leadUnit, coUnits: p.coUnits }, actor(created + (k + 1) * 60_000)), '增加问题');
    });
    spec.milestones.forEach((m, k) => {
      c = apply(addMilestone(c, { id: `${id}-M${k + 1}`, title: m.title, due: plusDays(spec.from, m.afterDays) }, actor(created + (10 + k) * 60_000)), '设立节点');
    });
  });
  if (!started) { for (const a of actions) a.run(); finish(); return; }

  // Tasks: those due from the first day are assigned the day before the start (筹备), others later.
  const kickoff = at(spec.from, 9);
  let taskNo = 0, reportNo = 0;
  const lastDone: number[] = [];
  spec.problems.forEach((p, k) => {
    const problemId = `${id}-P${k + 1}`;
    p.tasks.forEach((ts: TaskSpec) => {
      const tid = `${id}-T${String(++taskNo).padStart(2, '0')}`;
      const assignedOn = plusDays(spec.from, ts.assignAfterDays);
      const when = ts.assignAfterDays === 0 ? at(plusDays(spec.from, -1), 15, taskNo) : at(assignedOn, 9, 30 + taskNo);
      todo(when, () => { tasks.set(tid, apply(addTask(c, { id: tid, problemId, unit: ts.unit, title: ts.title, workingDays: ts.workingDays, assignedOn }, cal, actor(when)), '布置任务')); });
      const deadline = addWorkingDays(cal, assignedOn, ts.workingDays);
      const h = hashString(tid);
      // Halfway through, the unit reports progress.
      const mid = at(addWorkingDays(cal, assignedOn, Math.max(1, Math.floor(ts.workingDays / 2))), 16, h % 50);
      const rid = `${id}-R${String(++reportNo).padStart(3, '0')}`;
      todo(Math.max(mid, when + 60_000), () => {
        reports.push(apply(fileReport(c, { id: rid, unit: ts.unit, problemId, taskId: tid, text: `${ts.title}：${REPORT_LINES[h % REPORT_LINES.length]}`, evidence: [] }, [...tasks.values()], actor(Math.max(mid, when + 60_000), `${ts.unit} 联络员`)), '填报进展'));
      });
      if (ts.fate === 'open') return;
      const doneDay = ts.fate === 'onTime' ? addWorkingDays(cal, assignedOn, Math.max(1, ts.workingDays - 1 - (h % 3)))
        : ts.fate === 'late' ? addWorkingDays(cal, deadline, 2 + (h % 4))
          : addWorkingDays(cal, assignedOn, Math.min(5, ts.workingDays));
      const doneAt = Math.max(at(doneDay, 17, h % 40), Math.max(mid, when + 60_000) + 60_000);
      if (doneAt > now) return;
      lastDone.push(doneAt);
      todo(doneAt, () => {
        const t = tasks.get(tid)!;
        if (ts.fate === 'cancelled') { tasks.set(tid, apply(cancelTask(c, t, actor(doneAt), '经会商并入其他任务统一推进'), '撤销任务')); return; }
        const ev = evidenceFile(spec.theme, ts.unit, ts.title, day(doneAt));
        out.evidence.push(ev);
        const rid2 = `${id}-R${String(++reportNo).padStart(3, '0')}`;
        reports.push(apply(fileReport(c, { id: rid2, unit: ts.unit, problemId, taskId: tid, text: `${ts.title}已完成。${REPORT_LINES[(h >>> 3) % REPORT_LINES.length]}`, evidence: [ev.ref] }, [...tasks.values()], actor(doneAt, `${ts.unit} 联络员`)), '填报完成情况'));
        tasks.set(tid, apply(completeTask(c, t, actor(doneAt + 60_000), '附工作台账'), '办结任务'));
      });
    });
  });
  todo(kickoff, () => { c = apply(transitionCampaign(c, '实施', { today: spec.from, tasks: [...tasks.values()], reports: 0 }, actor(kickoff)), '启动实施'); });
  spec.milestones.forEach((m, k) => {
    const due = plusDays(spec.from, m.afterDays);
    const t = at(due, 17, 30);
    todo(t, () => { c = apply(completeMilestone(c, `${id}-M${k + 1}`, actor(t)), '完成节点'); });
  });
  spec.policies.forEach((p, k) => {
    const date = plusDays(spec.from, p.afterDays);
    const t = at(date, 16);
    todo(t, () => { c = apply(addPolicy(c, { id: `${id}-Z${k + 1}`, title: p.title, docNo: p.docNo, date, unit: p.unit }, actor(t)), '登记政策成果'); });
  });
  if (spec.status === '评估' || spec.status === '完成') {
    const t = Math.max(at(plusDays(spec.to, 3), 10), ...lastDone.map((x) => x + 3_600_000));
    todo(t, () => { c = apply(transitionCampaign(c, '评估', { today: day(t), tasks: [...tasks.values()], reports: reports.length }, actor(t)), '进入评估'); });
    if (spec.status === '完成') {
      // After the K months after the campaign are in the data.
      const w = outcomeWindows(spec.from, spec.to, WINDOW);
      const te = Math.max(at(`${monthIndexToString(w.after[WINDOW - 1]! + 1)}-10`, 10), t + DAY_MS);
      todo(te, () => {
        const problems = c.problems.map((p) => {
          const o = finishOutcome({ selector: p.selector, from: c.from, to: c.to, windowMonths: WINDOW, counts: source.countsOf(p.selector) }).outcome;
          return { problemId: p.id, before: o.before, after: o.after, change: o.change, effect: o.effect, effectCi: o.effectCi, nullReasons: o.nullReasons as Record<string, string> };
        });
        const fell = problems.filter((p) => p.effectCi !== null && p.effectCi[1] < 0).length;
        const conclusion = fell === problems.length
          ? '各问题诉求量经季节调整后均显著下降（效果区间整体低于 0），整治成效明显，转入常态化管理。'
          : fell === 0
            ? '各问题诉求量经季节调整后的效果区间仍包含 0，成效尚不能确认，建议延长观察期后再评估。'
            : `${fell} 个问题诉求量经季节调整后显著下降，其余问题成效尚不明显，纳入下一轮每月一题跟踪。`;
        c = apply(recordEvaluation(c, { windowMonths: WINDOW, inputSha256: source.inputSha256, problems, conclusion }, actor(te)), '记录成效评估');
        apply(commentOnCampaign('评估结果已报市政府督查室。', actor(te + 30 * 60_000)), '评论');
        c = apply(transitionCampaign(c, '完成', { today: day(te + DAY_MS), tasks: [...tasks.values()], reports: reports.length }, actor(te + DAY_MS)), '完成');
      });
    }
  }
  actions.sort((x, y) => x.at - y.at);
  for (const a of actions) a.run();
  finish();

  function finish(): void {
    out.campaigns.push(c!);
    out.tasks.push(...tasks.values());
    out.reports.push(...reports);
    out.events.push(...timeline);
  }
}

/**
 * The demo city's campaigns for the city `o` (only `end` matters: the campaigns sit around its
 * last full month), built through the campaign operations as of the data's last second:
 * 老楼加装电梯 (完成, with its evaluation from `source`), 物业服务 (评估), 停车管理 (实施, some tasks
 * overdue) and 南湖区供水 (筹备). Deterministic: the same options and tickets give the same data.
 */
export function demoCampaigns(o: { end?: string }, source: DemoTicketSource): DemoCampaignData {
  const end = o.end ?? DEFAULT_END;
  const now = parseLocalDate(end) + DAY_MS - 1000;
  if (Number.isNaN(now)) throw new Error(`结束日期“${end}”无效，请写成 YYYY-MM-DD`);
  const cal = workCalendar(BUILTIN_CALENDAR);
  const out: DemoCampaignData = { campaigns: [], tasks: [], reports: [], events: [], evidence: [], now };
  for (const spec of campaignSpecs(lastFullMonth(end))) buildCampaign(spec, cal, now, source, out);
  return out;
}
