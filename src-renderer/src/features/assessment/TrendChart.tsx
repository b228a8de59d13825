import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { t as translateNow } from '@renderer/i18n';
import { echartsTheme, useThemeMode } from '@renderer/theme';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type TrendSeries = { name: string; values: (number | null)[]; percent?: boolean };

/** A monthly line chart (ECharts) of several series; percent series use the right axis. */
export function TrendChart({ months, series, height = 260 }: { months: string[]; series: TrendSeries[]; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const mode = useThemeMode();
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, echartsTheme(mode));
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : '—') },
      legend: { top: 0 },
      grid: { left: 40, right: 44, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: months },
      yAxis: [
        { type: 'value', name: translateNow('assess.unit.scoreShort'), scale: true },
        { type: 'value', name: '%', min: 0, max: 100 },
      ],
      series: series.map((s) => ({
        name: s.name, type: 'line', connectNulls: false, smooth: false, symbolSize: 5,
        yAxisIndex: s.percent ? 1 : 0,
        data: s.values.map((v) => (v === null ? null : s.percent ? v * 100 : v)),
      })),
    });
    const onResize = (): void => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
  }, [months, series, mode]);
  return <div ref={el} style={{ height, width: '100%' }} data-testid="trend-chart" />;
}
