import { useMemo } from 'react';
import { t as translateNow } from '@renderer/i18n';
import { useEChart } from './use-echart';

/**
 * A row's monthly counts as a small ECharts line (uncovered months are gaps), the last point —
 * the month looked at — marked; for the heat table's 走势 column.
 */
export function TrendSparkline({ values, covered, hot, width = 120, height = 28 }: { values: readonly number[]; covered: readonly boolean[]; hot: boolean; width?: number; height?: number }) {
  const data = useMemo(() => values.map((v, j) => (covered[j] ? v : null)), [values, covered]);
  const key = `${data.join(',')}|${hot}`;
  const el = useEChart({
    animation: false,
    grid: { left: 2, right: 4, top: 3, bottom: 3 },
    xAxis: { type: 'category', show: false, data: data.map((_, j) => j) },
    yAxis: { type: 'value', show: false, min: 0 },
    series: [{
      type: 'line', data, showSymbol: false, connectNulls: false, lineStyle: { width: 1.5 },
      ...(hot ? { color: '#c62828' } : {}),
      markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dotted', opacity: 0.5 }, data: [{ xAxis: data.length - 1 }] },
    }],
  }, key);
  return <div ref={el} role="img" aria-label={translateNow('hotspots.sparkline', { n: values.length })} style={{ width, height }} data-testid="hotspot-sparkline" />;
}
