import type { WorkCalendar } from '@core/base/calendar/working-days';
import { DAY_MS, formatLocalDate, parseLocalDate } from '@core/base/time/shanghai';
import type { Campaign, CampaignTask } from '@core/campaigns/campaign';
import type { TaskStanding } from '@core/campaigns/tasks';
import { taskStandings } from './task-standings';
import { zhCompare } from './locale-text';

/** Bar colours by where a task stands; overdue is red. */
export const GANTT_COLORS: Record<TaskStanding | 'milestone' | 'milestoneDone', string> = {
  open: '#1677ff', overdue: '#f5222d', onTime: '#52c41a', late: '#fa8c16', cancelled: '#8c8c8c', milestone: '#722ed1', milestoneDone: '#52c41a',
};

export type GanttLabels = { standing: (s: TaskStanding) => string; milestones: string; today: string };

/** A label cut to `n` characters (cut here, so ECharts need not measure every label of a long list). */
const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type GanttRow = { label: string; start: number; end: number; standing: TaskStanding; deadline: string; tip: string };

/**
 * Rows of the Gantt: one per task (by unit in Chinese collation order, then assigned day), each bar from the day assigned to
 * the day done, or to its deadline while open (to today when already overdue, so the bar shows how
 * far past it is). Days are local; a bar's end is the end of its last day.
 */
export function ganttRows(cal: WorkCalendar, tasks: readonly CampaignTask[], day: string, labels: GanttLabels): GanttRow[] {
  const sorted = [...tasks].sort((a, b) => zhCompare(a.unit, b.unit) || (a.assignedOn < b.assignedOn ? -1 : a.assignedOn > b.assignedOn ? 1 : a.id < b.id ? -1 : 1));
  const st = taskStandings(cal, sorted, day);
  return sorted.map((x) => {
    const standing = st.get(x.id)!.standing;
    const last = x.doneOn ?? (standing === 'overdue' ? day : x.deadline);
    const end = parseLocalDate(last < x.assignedOn ? x.assignedOn : last) + DAY_MS;
    return {
      label: short(`${x.unit} · ${x.title}`, 22), start: parseLocalDate(x.assignedOn), end, standing, deadline: x.deadline,
      tip: `${x.unit}：${x.title}<br/>${x.assignedOn} → ${x.deadline}（${x.workingDays}）<br/>${labels.standing(standing)}${x.doneOn ? ` ${x.doneOn}` : ''}`,
    };
  });
}

/**
 * The ECharts option of the campaign's Gantt-like timeline: a custom series of task bars (colour
 * by standing, overdue red, a tick at each open task's deadline), the milestones as diamonds on
 * a row of their own, the campaign period shaded and today as a line; `page` picks a slice of the
 * rows (by unit, then day assigned) for a campaign with many tasks.
 */
export function ganttOption(c: Campaign, cal: WorkCalendar, tasks: readonly CampaignTask[], day: string, labels: GanttLabels, page?: { first: number; size: number }): Record<string, unknown> {
  const all = ganttRows(cal, tasks, day, labels);
  const rows = page ? all.slice(page.first, page.first + page.size) : all;
  const cats = [labels.milestones, ...rows.map((r) => r.label)];
  const bars = rows.map((r, i) => ({ value: [i + 1, r.start, r.end, parseLocalDate(r.deadline) + DAY_MS], itemStyle: { color: GANTT_COLORS[r.standing] }, tip: r.tip }));
  const ms = c.milestones.map((m) => ({ value: [0, parseLocalDate(m.due) + DAY_MS / 2], itemStyle: { color: m.doneAt !== null ? GANTT_COLORS.milestoneDone : day > m.due ? GANTT_COLORS.overdue : GANTT_COLORS.milestone }, tip: `${m.title}<br/>${m.due}` }));
  const times = [parseLocalDate(c.from), parseLocalDate(c.to), ...rows.flatMap((r) => [r.start, r.end]), ...c.milestones.map((m) => parseLocalDate(m.due))];
  const min = Math.min(...times) - 3 * DAY_MS, max = Math.max(...times) + 3 * DAY_MS;
  type Api = { value(i: number): number; coord(v: [number, number]): [number, number]; size(v: [number, number]): [number, number]; style(): Record<string, unknown> };
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    grid: { left: 8, right: 40, top: 28, bottom: 28, containLabel: true },
    xAxis: { type: 'time', min, max, position: 'top', axisLabel: { formatter: (v: number) => formatLocalDate(v).slice(5), hideOverlap: true }, splitLine: { show: true, lineStyle: { opacity: 0.3 } } },
    yAxis: { type: 'category', data: cats, inverse: true, axisLabel: { interval: 0 }, axisTick: { show: false } },
    series: [
      {
        type: 'custom', name: 'tasks', encode: { x: [1, 2], y: 0 }, clip: true, data: bars,
        renderItem: (_: unknown, api: Api) => {
          const y = api.value(0);
          const a = api.coord([api.value(1), y]), b = api.coord([api.value(2), y]), d = api.coord([api.value(3), y]);
          const h = Math.max(4, api.size([0, 1])[1] * 0.55);
          return {
            type: 'group', children: [
              { type: 'rect', shape: { x: a[0], y: a[1] - h / 2, width: Math.max(2, b[0] - a[0]), height: h, r: 2 }, style: api.style() },
              { type: 'line', shape: { x1: d[0], y1: d[1] - h / 2 - 2, x2: d[0], y2: d[1] + h / 2 + 2 }, style: { stroke: '#595959', lineWidth: 1.5 } },
            ],
          };
        },
        markArea: { silent: true, itemStyle: { color: 'rgba(22,119,255,0.06)' }, label: { show: false }, data: [[{ xAxis: parseLocalDate(c.from) }, { xAxis: parseLocalDate(c.to) }]] },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: GANTT_COLORS.overdue, type: 'dashed' }, label: { formatter: labels.today }, data: [{ xAxis: parseLocalDate(day) + DAY_MS / 2 }] },
      },
      {
        type: 'custom', name: 'milestones', encode: { x: 1, y: 0 }, clip: true, data: ms,
        renderItem: (_: unknown, api: Api) => {
          const p = api.coord([api.value(1), 0]);
          const s = 7;
          return { type: 'polygon', shape: { points: [[p[0], p[1] - s], [p[0] + s, p[1]], [p[0], p[1] + s], [p[0] - s, p[1]]] }, style: api.style() };
        },
      },
    ],
  };
}
