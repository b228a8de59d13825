import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { CaseTicket } from '@renderer/engine/computations/chronic';
import { useFormat, useLocale, useT } from '@renderer/i18n';
import { echartsTheme, useThemeMode } from '@renderer/theme';

echarts.use([ScatterChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

function useChart(option: echarts.EChartsCoreOption | null, deps: readonly unknown[]) {
  const el = useRef<HTMLDivElement>(null);
  const mode = useThemeMode();
  const locale = useLocale();
  useEffect(() => {
    if (!el.current || !option) return;
    const chart = echarts.init(el.current, echartsTheme(mode));
    chart.setOption(option);
    const onResize = (): void => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, mode, locale]);
  return el;
}

/** The case's tickets on a time axis, one lane per handling unit; closed tickets drawn hollow. */
export function TicketTimelineChart({ tickets }: { tickets: CaseTicket[] }) {
  const t = useT();
  const fmt = useFormat();
  const none = t('chronic.case.noUnit');
  const units = [...new Set(tickets.map((x) => x.unit || none))];
  const el = useChart(tickets.length ? {
    tooltip: { formatter: (p: { data: { id: string; t: CaseTicket } }) => `${p.data.id}<br/>${fmt.dateTime(p.data.t.acceptedAt)}<br/>${p.data.t.status}` },
    grid: { left: 120, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: units },
    series: [{
      type: 'scatter', symbolSize: 12,
      data: tickets.map((x) => ({ id: x.id, t: x, value: [x.acceptedAt, x.unit || none], itemStyle: x.closedAt === null ? {} : { color: 'transparent', borderWidth: 2, borderColor: '#1677ff' } })),
    }],
  } : null, [tickets]);
  return <div ref={el} style={{ height: Math.max(160, 60 + units.length * 36), width: '100%' }} data-testid="case-ticket-timeline" />;
}

/** Tickets of the case per street (区/街道). */
export function PlacesChart({ tickets }: { tickets: CaseTicket[] }) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const x of tickets) {
    const k = [x.district, x.street].filter(Boolean).join('/') || t('chronic.case.noStreet');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const entries = [...counts].sort((a, b) => b[1] - a[1]);
  const el = useChart(entries.length ? {
    tooltip: {},
    grid: { left: 140, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: entries.map((e) => e[0]).reverse() },
    series: [{ type: 'bar', data: entries.map((e) => e[1]).reverse(), name: t('chronic.case.ticketsSeries') }],
  } : null, [tickets]);
  return <div ref={el} style={{ height: Math.max(120, 40 + entries.length * 28), width: '100%' }} data-testid="case-places-chart" />;
}
