import { monthRangeStrings, parseMonth } from '@core/base/time/month-index';
import type { OutcomeResponse } from '@renderer/engine/computations/campaign';

export type OutcomeChartLabels = { count: string; lastYear: string; campaign: string; before: string; after: string };

/**
 * The outcome chart: matching tickets per month over the outcome's range (a gap where a month is
 * not covered), last year's count of the same month beside it, the campaign period shaded and
 * the before and after windows marked.
 */
export function outcomeOption(o: OutcomeResponse, labels: OutcomeChartLabels): Record<string, unknown> {
  const [r0, r1] = o.windows.range.map(parseMonth) as [number, number];
  const months = monthRangeStrings(r0, r1);
  const byMonth = new Map(o.outcome.months.map((m) => [m.month, m.count]));
  // Last year's values: the range starts 12 + K months before the campaign, so the months that matter have them.
  const lastYear = monthRangeStrings(r0 - 12, r1 - 12);
  const area = (ms: string[], color: string, name: string) => (ms.length ? [{ name, xAxis: ms[0], itemStyle: { color }, label: { formatter: name } }, { xAxis: ms[ms.length - 1] }] : null);
  const areas = [
    area(o.windows.before, 'rgba(250,140,22,0.08)', labels.before),
    area(o.windows.campaign, 'rgba(22,119,255,0.12)', labels.campaign),
    area(o.windows.after, 'rgba(82,196,26,0.10)', labels.after),
  ].filter((x): x is NonNullable<typeof x> => x !== null);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 44, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: labels.count, type: 'line', symbolSize: 5, connectNulls: false, data: months.map((m) => byMonth.get(m) ?? null),
        markArea: { silent: true, label: { position: 'insideTop', fontSize: 11, color: '#595959' }, data: areas },
      },
      { name: labels.lastYear, type: 'line', symbolSize: 3, lineStyle: { type: 'dashed', opacity: 0.7 }, connectNulls: false, data: lastYear.map((m) => byMonth.get(m) ?? null) },
    ],
  };
}
