import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echartsTheme, useThemeMode } from '@renderer/theme';

echarts.use([LineChart, BarChart, HeatmapChart, GridComponent, TooltipComponent, MarkLineComponent, MarkAreaComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * An ECharts instance on the returned element, themed with the app's chart theme; re-created when
 * the option (compare by `key`) or the theme changes, disposed on unmount. `onClick` receives the
 * clicked item's data index.
 */
export function useEChart(option: ChartOption | null, key: string, onClick?: (dataIndex: number, seriesIndex: number) => void) {
  const el = useRef<HTMLDivElement>(null);
  const mode = useThemeMode();
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    if (!el.current || !option) return;
    const chart = echarts.init(el.current, echartsTheme(mode));
    chart.setOption(option);
    chart.on('click', (p) => { if (typeof p.dataIndex === 'number') click.current?.(p.dataIndex, p.seriesIndex ?? 0); });
    const onResize = (): void => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
    // `key` stands for `option` (a fresh object each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, mode]);
  return el;
}
