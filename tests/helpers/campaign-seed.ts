/**
 * Two campaigns with tasks, built through the campaign operations (src-core/campaigns), for the
 * big screen's tests: one running with tasks done, open and overdue, one finished and evaluated.
 */
import { BUILTIN_CALENDAR } from '../../src-core/base/calendar/builtin';
import { workCalendar } from '../../src-core/base/calendar/working-days';
import type { Campaign, CampaignTask } from '../../src-core/campaigns/campaign';
import { addProblem, addTask, completeTask, createCampaign, recordEvaluation, transitionCampaign, type CampaignChange } from '../../src-core/campaigns/campaign-ops';

function must<T>(c: CampaignChange<T>): T {
  if (!c.ok) throw new Error(c.reason);
  return c.value;
}

export function seedCampaigns(now = Date.parse('2026-10-20T09:00:00+08:00')): { campaigns: Campaign[]; tasks: CampaignTask[] } {
  const cal = workCalendar(BUILTIN_CALENDAR);
  const a = { by: '督办员甲', now };
  let running = must(createCampaign({ id: 'C-T1', theme: '停车管理专项整治', type: '专项行动', from: '2026-09-01', to: '2026-12-01', leadUnit: '市城管委' }, a));
  running = must(addProblem(running, { id: 'P1', title: '小区停车难', selector: { categories: ['城乡建设/物业管理/停车管理'] }, leadUnit: '市城管委', coUnits: [{ unit: '东湖区', role: '主责' }] }, a));
  running = must(addProblem(running, { id: 'P1b', title: '占道停车', selector: { categories: ['城乡建设/市政管理'], keywords: ['占道'] }, leadUnit: '市城管委' }, a));
  const tasks: CampaignTask[] = [];
  for (const [i, unit] of ['市城管委', '东湖区', '东湖区'].entries()) {
    tasks.push(must(addTask(running, { id: `T1-${i}`, problemId: 'P1', unit, title: `排查停车点位 ${i + 1}`, workingDays: 5, assignedOn: '2026-09-07' }, cal, a)));
  }
  running = must(transitionCampaign(running, '实施', { today: '2026-09-08', tasks, reports: 0 }, a));
  tasks[0] = must(completeTask(running, tasks[0]!, a));
  let done = must(createCampaign({ id: 'C-T2', theme: '老楼加装电梯', type: '每月一题', from: '2026-03-01', to: '2026-06-01', leadUnit: '市住建委' }, a));
  done = must(addProblem(done, { id: 'P2', title: '加装电梯审批慢', selector: { categories: ['城乡建设/住房保障'] }, leadUnit: '市住建委' }, a));
  done = must(addProblem(done, { id: 'P2b', title: '电梯运行维护', selector: { categories: ['城乡建设/住房保障'], keywords: ['电梯'] }, leadUnit: '市住建委' }, a));
  const t2 = must(addTask(done, { id: 'T2-0', problemId: 'P2', unit: '市住建委', title: '简化审批流程', workingDays: 10, assignedOn: '2026-03-02' }, cal, a));
  done = must(transitionCampaign(done, '实施', { today: '2026-03-02', tasks: [t2], reports: 0 }, a));
  tasks.push(must(completeTask(done, t2, a)));
  done = must(transitionCampaign(done, '评估', { today: '2026-06-02', tasks: [tasks[tasks.length - 1]!], reports: 1 }, a));
  done = must(recordEvaluation(done, { windowMonths: 3, inputSha256: '0'.repeat(64), conclusion: '诉求明显下降', problems: [
    { problemId: 'P2', before: 120, after: 80, change: -1 / 3, effect: -0.25, effectCi: [-0.4, -0.1], nullReasons: {} },
    { problemId: 'P2b', before: 60, after: 54, change: -0.1, effect: null, effectCi: null, nullReasons: { effect: '去年同期月份未覆盖' } },
  ] }, a));
  return { campaigns: [running, done], tasks };
}
