import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echartsTheme, useThemeMode } from '@renderer/theme';

echarts.use([BarChart, LineChart, CustomChart, GridComponent, LegendComponent, TooltipComponent, MarkAreaComponent, MarkLineComponent, DataZoomComponent, CanvasRenderer]);

/** One ECharts chart of the campaign pages, in the app's theme; the option is drawn again when it changes. */
export function Chart({ option, height, testId }: { option: Record<string, unknown>; height: number; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const mode = useThemeMode();
  useEffect(() => {
    if (!el.current) return;
    const node = el.current;
    let chart: echarts.ECharts | null = null;
    // Drawn in a task of its own, after the page around it has been laid out.
    const h = setTimeout(() => { chart = echarts.init(node, echartsTheme(mode)); chart.setOption(option); }, 0);
    const onResize = (): void => chart?.resize();
    window.addEventListener('resize', onResize);
    return () => { clearTimeout(h); window.removeEventListener('resize', onResize); chart?.dispose(); };
  }, [option, mode]);
  return <div ref={el} style={{ height, width: '100%' }} data-testid={testId} />;
}
