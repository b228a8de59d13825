import type { Page } from 'playwright-core';

/**
 * Seeds a large campaign in the running app through its own campaign operations and repository
 * (window.__dubanCampaigns, see src-renderer/src/features/campaigns/test-hooks.ts): two problems,
 * 20 units, `nTasks` tasks (every third done) and `nReports` progress reports, in 实施. Returns its id.
 */
export async function seedLargeCampaign(page: Page, nTasks: number, nReports: number): Promise<string> {
  return page.evaluate(async ([nTasks, nReports]) => {
    type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { ops, repo, loadWorkCalendar } = (window as Any).__dubanCampaigns as Any;
    const cal = await loadWorkCalendar();
    const id: string = await repo.nextCampaignId('2026-06-01');
    let now = Date.parse('2026-06-01T00:00:00Z');
    const a = () => ({ by: '压力测试', now: (now += 1000) });
    const writes: Any[] = [];
    const push = (kind: string, change: Any) => { if (!change.ok) throw new Error(change.reason); writes.push({ kind, change }); return change.value; };
    let c = push('campaign', ops.createCampaign({ id, theme: `大型专项行动（${nTasks} 项任务）`, type: '专项行动', from: '2026-06-01', to: '2026-09-01', leadUnit: '市城管委' }, a()));
    const units = Array.from({ length: 20 }, (_, i) => `协同单位${String(i + 1).padStart(2, '0')}`);
    c = push('campaign', ops.addProblem(c, { id: `${id}-P1`, title: '占道经营', selector: { categories: ['城乡建设'] }, leadUnit: '市城管委', coUnits: units.slice(0, 10).map((u) => ({ unit: u, role: '配合' })) }, a()));
    c = push('campaign', ops.addProblem(c, { id: `${id}-P2`, title: '噪声扰民', selector: { keywords: ['噪'] }, leadUnit: '市生态环境局', coUnits: units.slice(10).map((u) => ({ unit: u, role: '主责' })) }, a()));
    const tasks: Any[] = [];
    for (let i = 0; i < nTasks; i++) {
      const unit = units[i % 20];
      tasks.push(push('task', ops.addTask(c, { id: `${id}-T${i}`, problemId: i % 2 ? `${id}-P2` : `${id}-P1`, unit, title: `第 ${i + 1} 项任务：排查整治点位`, workingDays: 5 + (i % 30), assignedOn: '2026-06-01' }, cal, a())));
    }
    c = push('campaign', ops.transitionCampaign(c, '实施', { today: '2026-06-01', tasks, reports: 0 }, a()));
    for (let i = 0; i < nReports; i++) {
      const t = tasks[i % nTasks];
      push('report', ops.fileReport(c, { id: `${id}-R${i}`, unit: t.unit, problemId: t.problemId, taskId: t.id, text: `第 ${i + 1} 次填报：已完成点位排查并建立台账`, evidence: [] }, tasks, a()));
    }
    for (let i = 0; i < nTasks; i += 3) push('task', ops.completeTask(c, tasks[i], a()));
    await repo.saveCampaignWrites(id, writes);
    return id;
  }, [nTasks, nReports] as const);
}
