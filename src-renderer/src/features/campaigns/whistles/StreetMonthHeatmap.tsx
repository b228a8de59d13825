import type { WhistleBand } from '@core/campaigns/whistle-stats';
import type { WhistleStatsResponse } from '@renderer/engine/computations/campaign';
import { useT } from '@renderer/i18n';
import { THEME_COLORS, useThemeMode } from '@renderer/theme';
import { useEChart } from '@renderer/features/hotspots/use-echart';
import { permille } from './WhistleStatsTables';

/** Streets shown in the heatmap (those with most whistles); the tables list every street. */
export const HEATMAP_STREETS = 25;

/**
 * Street × month (ECharts heatmap): each cell's colour is where its 吹哨率 stands against the
 * band (below, healthy, above; grey when the street had no dispatched ticket that month), its
 * label the number of whistles.
 */
export function StreetMonthHeatmap({ table, band }: { table: WhistleStatsResponse['streetMonths']; band: WhistleBand }) {
  const t = useT();
  const mode = useThemeMode();
  const c = THEME_COLORS[mode];
  const rows = table.rows.slice(0, HEATMAP_STREETS).reverse();
  const data: [number, number, number, number, number][] = [];
  rows.forEach((r, y) => r.cells.forEach((cell, x) => {
    // value: 0 no tickets, 1 low, 2 healthy, 3 high; then whistles, dispatched, rate×100.
    const pos = cell.band === null ? 0 : cell.band === 'low' ? 1 : cell.band === 'healthy' ? 2 : 3;
    data.push([x, y, pos, cell.whistles, cell.rate === null ? -1 : cell.rate]);
  }));
  const labels = [t('whistles.heat.noTickets'), t('whistles.band.low'), t('whistles.band.healthy'), t('whistles.band.high')];
  const el = useEChart({
    tooltip: {
      formatter: (p: { data: [number, number, number, number, number] }) => {
        const [x, y, , w, rate] = p.data;
        const cell = rows[y]!.cells[x]!;
        return `${rows[y]!.street}<br/>${table.months[x]}<br/>${t('whistles.heat.tip', { whistles: w, dispatched: cell.dispatched, rate: rate < 0 ? '—' : permille(rate) })}`;
      },
    },
    grid: { left: 150, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: table.months, splitArea: { show: true } },
    yAxis: { type: 'category', data: rows.map((r) => r.street), axisLabel: { width: 140, overflow: 'truncate' } },
    visualMap: {
      type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
      pieces: [0, 1, 2, 3].map((v) => ({ value: v, label: labels[v] })),
      inRange: { color: [c.surfaceAlt, '#9ec5e8', '#7cc47f', '#e57373'] },
      textStyle: { color: c.textSecondary },
    },
    series: [{ type: 'heatmap', data, label: { show: true, formatter: (p: { data: number[] }) => (p.data[3] ? String(p.data[3]) : '') }, itemStyle: { borderColor: c.surface, borderWidth: 1 } }],
  }, `${JSON.stringify(table)}|${band.low}|${band.high}|${mode}|${labels.join()}`);
  if (table.rows.length === 0) return null;
  return <div ref={el} style={{ width: '100%', height: Math.max(200, 90 + rows.length * 22) }} data-testid="street-month-heatmap" role="img" aria-label={t('whistles.heat.aria', { streets: rows.length, months: table.months.length })} />;
}
