import type { MonthCount } from '@core/campaigns/outcome';

/** ECharts option of the preview's small bar chart: matching tickets per covered month. */
export function monthBarOption(months: readonly MonthCount[], name: string): Record<string, unknown> {
  return {
    // Redrawn after every edit of the selector: no growing bars.
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 36, right: 8, top: 12, bottom: 22 },
    xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    series: [{ type: 'bar', name, data: months.map((m) => m.count), barMaxWidth: 14 }],
  };
}
