import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echartsTheme } from '@renderer/theme';
import { chartPixelRatio } from '../stage/fit';
import { useStage } from '../stage/stage-context';

echarts.use([AriaComponent, BarChart, GaugeChart, HeatmapChart, LineChart, TreemapChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One ECharts chart on the stage, canvas-rendered at the wall's pixel ratio (scale × device
 * ratio, so a 1920×1080 design stays sharp on a 3840×2160 wall), in the stage's theme, without
 * animation (a wall redraws in place), painted synchronously, with ECharts' aria description of the data on the container
 * (for screen readers, and for the test that scans the wall for personal data). `data-painted-at` holds performance.now() of the last
 * paint and `data-drawn-at` of the last finished render, read by the tests and the bench.
 */
export function BoardChart({ option, testId }: { option: ChartOption; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { scale, mode } = useStage();
  const ratio = chartPixelRatio(scale, window.devicePixelRatio || 1);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const c = echarts.init(node, echartsTheme(mode), { renderer: 'canvas', devicePixelRatio: ratio });
    c.on('finished', () => { node.dataset.drawnAt = String(performance.now()); });
    chart.current = c;
    return () => { c.dispose(); chart.current = null; };
  }, [ratio, mode]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.setOption({ animation: false, aria: { enabled: true }, ...option }, { notMerge: true });
    // Paint now rather than on the chart's next animation frame: a wall of twelve charts then
    // draws in one task and shows in one frame, instead of one chart per frame.
    c.getZr().flush();
    if (el.current) el.current.dataset.paintedAt = String(performance.now());
  }, [option, ratio, mode]);

  return <div ref={el} className="bs-chart" data-testid={testId} data-chart="" />;
}
