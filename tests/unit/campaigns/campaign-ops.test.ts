import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { localToEpoch } from '@core/base/time/shanghai';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import {
  addMilestone, addPolicy, addProblem, addTask, cancelTask, campaignUnits, completeMilestone, completeTask, createCampaign, editCampaign,
  editProblem, fileReport, linkToProblem, recordEvaluation, removeProblem, transitionCampaign, unlinkFromProblem, type CampaignChange,
} from '@core/campaigns/campaign-ops';
import { checkCampaignTransition, transitionsFrom } from '@core/campaigns/lifecycle';
import { overdueTasks, taskStatus } from '@core/campaigns/tasks';
import { appendCampaignEvent, verifyCampaignTimeline, type CampaignEvent } from '@core/campaigns/timeline';

const cal = workCalendar(BUILTIN_CALENDAR);
const at = (y: number, m: number, d: number, h = 10) => localToEpoch(y, m, d, h);
const SHA = 'b'.repeat(64);
const ok = <T>(r: CampaignChange<T>): Extract<CampaignChange<T>, { ok: true }> => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const refused = <T>(r: CampaignChange<T>): string => (r.ok ? 'accepted' : r.reason);

function draft(): Campaign {
  let c = ok(createCampaign({ id: 'ZX1', theme: '老楼加装电梯', type: '专项行动', from: '2025-03-01', to: '2025-06-01', leadUnit: '市住房城乡建设委' }, { by: '李', now: at(2025, 2, 10) })).value;
  c = ok(addProblem(c, { id: 'P1', title: '加装电梯难', selector: { categories: ['住房/老旧小区改造/加装电梯'] }, leadUnit: '市住房城乡建设委', coUnits: [{ unit: '东城区', role: '主责' }] }, { by: '李', now: at(2025, 2, 10) })).value;
  c = ok(addProblem(c, { id: 'P2', title: '电梯故障', selector: { categories: ['市场管理/特种设备/电梯故障'] }, leadUnit: '市市场监管局', coUnits: [{ unit: '西城区', role: '配合' }] }, { by: '李', now: at(2025, 2, 10) })).value;
  return c;
}

describe('campaign records and operations', () => {
  it('creates in 筹备 and refuses a missing theme, a bad period or no lead unit', () => {
    const a = { by: '李', now: 0 };
    const base = { id: 'X', theme: '主题', type: '专项行动' as const, from: '2025-03-01', to: '2025-06-01', leadUnit: '市交通委' };
    expect(ok(createCampaign(base, a)).value.status).toBe('筹备');
    expect(refused(createCampaign({ ...base, theme: ' ' }, a))).toBe('请填写专项行动主题');
    expect(refused(createCampaign({ ...base, to: '2025-03-01' }, a))).toMatch(/须晚于开始日期/);
    expect(refused(createCampaign({ ...base, from: '2025-02-30' }, a))).toMatch(/开始日期「2025-02-30」无效/);
    expect(refused(createCampaign({ ...base, leadUnit: '' }, a))).toBe('请选择牵头单位');
    expect(refused(createCampaign({ ...base, type: '运动式' as never }, a))).toMatch(/专项行动 或 每月一题/);
  });

  it('problems: at most 3, selectors parsed as the CLI does, co-units with roles and no repeats, only in 筹备', () => {
    let c = draft();
    const a = { by: '李', now: at(2025, 2, 11) };
    expect(refused(addProblem(c, { id: 'P3', title: '坏', selector: { kinds: ['咨讯'] }, leadUnit: 'x' }, a))).toMatch(/「咨讯」不是诉求类型/);
    expect(refused(addProblem(c, { id: 'P3', title: '重复', selector: {}, leadUnit: '东城区', coUnits: [{ unit: '东城区', role: '主责' }] }, a))).toMatch(/单位「东城区」重复/);
    expect(refused(addProblem(c, { id: 'P3', title: '角色', selector: {}, leadUnit: 'x', coUnits: [{ unit: 'y', role: '领导' as never }] }, a))).toMatch(/统筹、主责、配合/);
    c = ok(addProblem(c, { id: 'P3', title: '第三个', selector: { districts: ['东城区'] }, leadUnit: '东城区' }, a)).value;
    expect(refused(addProblem(c, { id: 'P4', title: '第四个', selector: {}, leadUnit: 'x' }, a))).toMatch(/最多 3 个问题/);
    expect(campaignUnits(c)).toEqual(['市住房城乡建设委', '东城区', '市市场监管局', '西城区']);
    const e = ok(editProblem(c, 'P1', { selector: { categories: ['住房/老旧小区改造'] } }, a));
    expect(e.value.problems[0]!.selector.categories).toEqual(['住房/老旧小区改造']);
    expect(e.events[0]!.summary).toMatch(/修改问题「加装电梯难」：诉求分类 住房\/老旧小区改造/);
    expect(refused(editProblem(c, 'P1', {}, a))).toBe('没有任何改动');
    expect(ok(removeProblem(c, 'P3', [], a)).value.problems).toHaveLength(2);
  });

  it('tasks get working-day deadlines, only for units of the campaign, and stand open, overdue, on time, late or cancelled', () => {
    const c = draft();
    const a = { by: '李', now: at(2025, 1, 24) };
    // 10 working days from Fri 2025-01-24 across the Spring Festival (01-26 is a 调休 working Sunday).
    const t = ok(addTask(c, { id: 'T1', problemId: 'P1', unit: '东城区', title: '摸排台账', workingDays: 10 }, cal, a)).value;
    expect([t.assignedOn, t.deadline, t.state]).toEqual(['2025-01-24', '2025-02-13', 'open']);
    expect(refused(addTask(c, { id: 'T2', problemId: null, unit: '南湖区', title: 'x', workingDays: 5 }, cal, a))).toMatch(/不是本专项行动的牵头或参与单位/);
    expect(refused(addTask(c, { id: 'T2', problemId: 'P9', unit: '东城区', title: 'x', workingDays: 5 }, cal, a))).toBe('找不到问题 P9');
    expect(refused(addTask(c, { id: 'T2', problemId: null, unit: '东城区', title: 'x', workingDays: 0 }, cal, a))).toMatch(/1 到 250 个工作日/);
    expect(taskStatus(cal, t, '2025-02-13')).toEqual({ standing: 'open', workingDaysLeft: 0 });
    expect(taskStatus(cal, t, '2025-02-14')).toEqual({ standing: 'overdue', workingDaysLeft: -1 });
    const onTime = ok(completeTask(c, t, { by: '东城区', now: at(2025, 2, 13, 17) })).value;
    expect(taskStatus(cal, onTime, '2025-03-01').standing).toBe('onTime');
    const late = ok(completeTask(c, t, { by: '东城区', now: at(2025, 2, 14, 9) }));
    expect(taskStatus(cal, late.value, '2025-03-01').standing).toBe('late');
    expect(late.events[0]!.summary).toMatch(/逾期（期限 2025-02-13）/);
    expect(refused(completeTask(c, onTime, a))).toBe('该任务已经办结');
    expect(refused(cancelTask(c, t, a, ' '))).toBe('撤销任务需要填写原因');
    expect(taskStatus(cal, ok(cancelTask(c, t, a, '合并')).value, '2025-03-01').standing).toBe('cancelled');
    const t2: CampaignTask = { ...t, id: 'T0', deadline: '2025-02-10' };
    expect(overdueTasks([t, t2, onTime], '2025-02-14').map((x) => x.id)).toEqual(['T0', 'T1']);
  });

  it('follows 筹备 → 实施 → 评估 → 完成, each step with its preconditions, and 评估 → 实施 with a reason', () => {
    let c = draft();
    const now = (m: number, d: number) => ({ by: '李', now: at(2025, m, d) });
    const tasks: CampaignTask[] = [];
    expect(refused(transitionCampaign(c, '评估', { today: '2025-03-01', tasks, reports: 0 }, now(3, 1)))).toMatch(/不能从"筹备"直接转为"评估"，可转为：实施/);
    expect(refused(transitionCampaign(c, '实施', { today: '2025-03-01', tasks, reports: 0 }, now(3, 1)))).toMatch(/还没有分解任何任务/);
    tasks.push(ok(addTask(c, { id: 'T1', problemId: 'P1', unit: '东城区', title: '摸排', workingDays: 5, assignedOn: '2025-03-03' }, cal, now(2, 28))).value);
    const one = { ...c, problems: c.problems.slice(0, 1) };
    expect(refused(transitionCampaign(one, '实施', { today: '2025-03-01', tasks, reports: 0 }, now(3, 1)))).toMatch(/须有 2–3 个问题，当前 1 个/);
    const empty = { ...c, problems: [c.problems[0]!, { ...c.problems[1]!, selector: { categories: [], districts: [], streets: [], kinds: [], keywords: [] } }] };
    expect(refused(transitionCampaign(empty, '实施', { today: '2025-03-01', tasks, reports: 0 }, now(3, 1)))).toMatch(/选择条件为空/);
    c = ok(transitionCampaign(c, '实施', { today: '2025-03-01', tasks, reports: 0 }, now(3, 1))).value;
    expect(c.status).toBe('实施');
    expect(refused(addProblem(c, { id: 'P3', title: 'x', selector: {}, leadUnit: 'x' }, now(3, 2)))).toBe('只有筹备阶段可以增加问题');
    expect(refused(editProblem(c, 'P1', { title: '新名' }, now(3, 2)))).toBe('实施阶段修改问题需要填写原因');
    expect(refused(editCampaign(c, { to: '2025-07-01' }, now(3, 2)))).toBe('实施阶段修改基本信息需要填写原因');

    expect(refused(transitionCampaign(c, '评估', { today: '2025-05-31', tasks, reports: 1 }, now(5, 31)))).toMatch(/实施期到 2025-06-01（不含）结束/);
    expect(refused(transitionCampaign(c, '评估', { today: '2025-06-02', tasks, reports: 1 }, now(6, 2)))).toMatch(/还有 1 项任务未办结（东城区：摸排）/);
    tasks[0] = ok(completeTask(c, tasks[0]!, now(3, 5))).value;
    expect(refused(transitionCampaign(c, '评估', { today: '2025-06-02', tasks, reports: 0 }, now(6, 2)))).toMatch(/还没有任何进展填报/);
    c = ok(transitionCampaign(c, '评估', { today: '2025-06-02', tasks, reports: 1 }, now(6, 2))).value;
    expect(transitionsFrom('评估').map((t) => t.to)).toEqual(['实施', '完成']);
    expect(refused(transitionCampaign(c, '完成', { today: '2025-09-10', tasks, reports: 1 }, now(9, 10)))).toMatch(/还没有记录成效评估/);
    expect(refused(transitionCampaign(c, '实施', { today: '2025-06-03', tasks, reports: 1 }, now(6, 3)))).toBe('"继续实施"需要填写原因');

    const probs = c.problems.map((p) => ({ problemId: p.id, before: 30, after: 15, change: -0.5, effect: -0.4, effectCi: [-0.6, -0.1] as [number, number], nullReasons: {} }));
    expect(refused(recordEvaluation(c, { windowMonths: 3, inputSha256: SHA, problems: probs.slice(1), conclusion: '好' }, now(9, 10)))).toMatch(/缺少问题「加装电梯难」/);
    expect(refused(recordEvaluation(c, { windowMonths: 3, inputSha256: 'x', problems: probs, conclusion: '好' }, now(9, 10)))).toMatch(/校验值/);
    const ev = ok(recordEvaluation(c, { windowMonths: 3, inputSha256: SHA, problems: probs, conclusion: '成效明显' }, now(9, 10)));
    expect(ev.events[0]!.summary).toBe('记录成效评估：加装电梯难 季节调整后 -40.0%；电梯故障 季节调整后 -40.0%。结论：成效明显');
    c = ok(transitionCampaign(ev.value, '完成', { today: '2025-09-10', tasks, reports: 1 }, now(9, 10))).value;
    expect([c.status, c.closedAt]).toEqual(['完成', at(2025, 9, 10)]);
    expect(checkCampaignTransition(c, '实施', { today: '2025-09-11', tasks, reports: 1, reason: 'x' })).toEqual({ ok: false, reason: '专项行动已完成，不能再变更状态' });
    expect(refused(linkToProblem(c, 'P1', { cases: ['C1'] }, now(9, 11)))).toMatch(/已完成/);
  });

  it('reports need text, a unit of the campaign, its own task and valid evidence; milestones and policies', () => {
    let c: Campaign = { ...draft(), status: '实施' };
    const a = { by: '东城区 联络员', now: at(2025, 3, 10) };
    const t = ok(addTask(c, { id: 'T1', problemId: 'P1', unit: '东城区', title: '摸排', workingDays: 5 }, cal, a)).value;
    const r = ok(fileReport(c, { id: 'R1', unit: '东城区', problemId: 'P1', taskId: 'T1', text: '已摸排 12 栋', evidence: [{ name: '台账.xlsx', sha256: SHA, size: 10, type: 'x' }] }, [t], a));
    expect(r.value as ProgressReport).toMatchObject({ unit: '东城区', at: a.now, by: '东城区 联络员' });
    expect(r.events[0]!.summary).toBe(`东城区填报进展：已摸排 12 栋（附件：台账.xlsx，SHA-256 ${SHA.slice(0, 12)}…）`);
    expect(refused(fileReport(c, { id: 'R2', unit: '东城区', problemId: null, taskId: null, text: ' ', evidence: [] }, [t], a))).toMatch(/请填写进展情况/);
    expect(refused(fileReport(c, { id: 'R2', unit: '西城区', problemId: null, taskId: 'T1', text: 'x', evidence: [] }, [t], a))).toMatch(/任务「摸排」属于东城区/);
    expect(refused(fileReport(c, { id: 'R2', unit: '东城区', problemId: null, taskId: null, text: 'x', evidence: [{ name: 'a', sha256: 'zz', size: 1, type: '' }] }, [t], a))).toMatch(/校验值无效/);
    expect(refused(fileReport({ ...c, status: '筹备' }, { id: 'R2', unit: '东城区', problemId: null, taskId: null, text: 'x', evidence: [] }, [t], a))).toMatch(/尚未启动实施/);
    c = ok(addMilestone(c, { id: 'M2', title: '验收', due: '2025-05-30' }, a)).value;
    c = ok(addMilestone(c, { id: 'M1', title: '动员', due: '2025-03-05' }, a)).value;
    expect(c.milestones.map((m) => m.id)).toEqual(['M1', 'M2']);
    const late = ok(completeMilestone(c, 'M1', a));
    expect(late.events[0]!.summary).toBe('完成节点：动员（晚于计划 2025-03-05）');
    c = ok(addPolicy(c, { id: 'Z1', title: '指导意见', docNo: '云建发〔2025〕3号', date: '2025-04-01', unit: '市住房城乡建设委' }, a)).value;
    expect(refused(addPolicy(c, { id: 'Z2', title: '又一份', docNo: '云建发〔2025〕3号', date: '2025-04-02', unit: '市住房城乡建设委' }, a))).toMatch(/已登记/);
    expect(refused(addPolicy(c, { id: 'Z2', title: 't', docNo: '', date: '2025-04-02', unit: 'u' }, a))).toMatch(/请填写文号/);
    const linked = ok(linkToProblem(c, 'P1', { cases: ['C2', 'C1'], tickets: ['GD1', 'GD1'] }, a)).value;
    expect(linked.problems[0]).toMatchObject({ cases: ['C1', 'C2'], tickets: ['GD1'] });
    expect(refused(linkToProblem(linked, 'P1', { cases: ['C1'] }, a))).toMatch(/已经关联过/);
    expect(ok(unlinkFromProblem(linked, 'P1', { cases: ['C1'] }, a)).value.problems[0]!.cases).toEqual(['C2']);
  });

  it('every change appends to a timeline that verifies', () => {
    let c = draft();
    let tl: CampaignEvent[] = [];
    const push = <T>(r: CampaignChange<T>): T => { const x = ok(r); for (const e of x.events) tl = appendCampaignEvent(c.id, tl, e); return x.value; };
    c = push(createCampaign({ id: c.id, theme: c.theme, type: c.type, from: c.from, to: c.to, leadUnit: c.leadUnit }, { by: '李', now: at(2025, 2, 1) }));
    c = push(addProblem(c, { id: 'P1', title: 'a', selector: { districts: ['东城区'] }, leadUnit: '东城区' }, { by: '李', now: at(2025, 2, 2) }));
    c = push(editCampaign(c, { theme: '新主题' }, { by: '李', now: at(2025, 2, 3) }));
    expect(tl.map((e) => e.kind)).toEqual(['created', 'problemAdded', 'edited']);
    expect(tl[2]!.summary).toBe('修改基本信息：主题 老楼加装电梯 → 新主题');
    expect(verifyCampaignTimeline(tl)).toBeNull();
  });
});
