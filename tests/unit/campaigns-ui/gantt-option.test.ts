import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { DAY_MS, parseLocalDate } from '@core/base/time/shanghai';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import { GANTT_COLORS, ganttOption, ganttRows, type GanttLabels } from '@renderer/features/campaigns/gantt-option';

const cal = workCalendar(BUILTIN_CALENDAR);
const labels: GanttLabels = { standing: (s) => s, milestones: '节点', today: '今天' };
const task = (id: string, unit: string, p: Partial<CampaignTask>): CampaignTask => ({
  id, campaignId: 'C', problemId: null, unit, title: `任务${id}`, assignedOn: '2026-09-01', workingDays: 10, deadline: '2026-09-15',
  state: 'open', doneAt: null, doneOn: null, note: '', ...p,
});
const c = { id: 'C', from: '2026-09-01', to: '2026-12-01', milestones: [{ id: 'M', title: '部署', due: '2026-09-10', doneAt: null }] } as unknown as Campaign;
const day = (d: string) => parseLocalDate(d);

describe('the Gantt', () => {
  const tasks = [
    task('b', '乙单位', {}), // open, overdue on 2026-10-20: the bar runs to today
    task('a', '甲单位', { state: 'done', doneOn: '2026-09-20' }), // done late
    task('c', '甲单位', { deadline: '2026-11-30', assignedOn: '2026-10-01' }), // open, not yet due: the bar runs to the deadline
  ];
  it('has a row per task by unit and day assigned, each bar from the day assigned to the end of its last day', () => {
    const rows = ganttRows(cal, tasks, '2026-10-20', labels);
    expect(rows.map((r) => [r.label, r.standing])).toEqual([['甲单位 · 任务a', 'late'], ['甲单位 · 任务c', 'open'], ['乙单位 · 任务b', 'overdue']]);
    expect(rows.map((r) => [r.start, r.end])).toEqual([
      [day('2026-09-01'), day('2026-09-20') + DAY_MS], [day('2026-10-01'), day('2026-11-30') + DAY_MS], [day('2026-09-01'), day('2026-10-20') + DAY_MS],
    ]);
  });
  it('draws overdue bars red, the milestones on a row of their own, and pages long lists', () => {
    const o = ganttOption(c, cal, tasks, '2026-10-20', labels) as { yAxis: { data: string[] }; series: { data: { value: number[]; itemStyle: { color: string } }[] }[] };
    expect(o.yAxis.data).toEqual(['节点', '甲单位 · 任务a', '甲单位 · 任务c', '乙单位 · 任务b']);
    expect(o.series[0]!.data.map((d) => d.itemStyle.color)).toEqual([GANTT_COLORS.late, GANTT_COLORS.open, GANTT_COLORS.overdue]);
    // The milestone is past due and not reached: red too.
    expect(o.series[1]!.data.map((d) => d.itemStyle.color)).toEqual([GANTT_COLORS.overdue]);
    const paged = ganttOption(c, cal, tasks, '2026-10-20', labels, { first: 2, size: 30 }) as { yAxis: { data: string[] } };
    expect(paged.yAxis.data).toEqual(['节点', '乙单位 · 任务b']);
  });
});
