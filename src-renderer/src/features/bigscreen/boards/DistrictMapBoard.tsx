import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { RATING_COLORS, THEME_COLORS } from '@renderer/theme';
import type { WallData } from '../data/wall-data';
import { layoutDistricts } from '../playlist/district-layout';
import { formatCount } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { BoardChart } from './BoardChart';

/**
 * The schematic district tile map: one tile per district on a grid laid out from configuration
 * (no boundary data), coloured by the month's score, labelled with its dispatched tickets.
 */
export function DistrictMapBoard({ data, area, layout }: { data: WallData; area: string; layout: string }) {
  const t = useT();
  const { mode, minCount } = useStage();
  const option = useMemo(() => {
    const groups = new Map(data.districts.map((g) => [g.key.district ?? g.parts[0]!, g]));
    const grid = layoutDistricts([...groups.keys()], layout);
    const c = THEME_COLORS[mode], r = RATING_COLORS[mode];
    return {
      grid: { left: 4, right: 4, top: 4, bottom: 28 },
      xAxis: { type: 'category', show: false, data: Array.from({ length: grid.cols }, (_, i) => i) },
      yAxis: { type: 'category', show: false, inverse: true, data: Array.from({ length: grid.rows }, (_, i) => i) },
      visualMap: {
        type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: c.textSecondary, fontSize: 12 },
        dimension: 2, pieces: [
          { gte: 0, lt: 80, color: r.poor, label: t('bigscreen.map.poor') },
          { gte: 80, lt: 90, color: r.watch, label: t('bigscreen.map.watch') },
          { gte: 90, color: r.good, label: t('bigscreen.map.good') },
        ],
        outOfRange: { color: c.surfaceAlt },
      },
      series: [{
        type: 'heatmap', itemStyle: { borderColor: c.bg, borderWidth: 4, borderRadius: 6 },
        label: {
          show: true, color: '#0b1220', fontSize: 14, fontWeight: 600, lineHeight: 18,
          formatter: (p: { data: { name: string; count: number } }) => `${p.data.name}\n${formatCount(p.data.count, minCount)}`,
        },
        data: grid.tiles.map((tile) => {
          const g = groups.get(tile.district);
          const score = g?.score === null || g?.score === undefined ? null : Math.round(g.score * 10) / 10;
          return { value: [tile.col, tile.row, score ?? -1], name: tile.district, count: g?.dispatched ?? 0, ...(score === null ? { label: { color: c.textSecondary } } : {}) };
        }),
      }],
    };
  }, [data.districts, layout, mode, minCount, t]);
  return (
    <Board id="district-map" area={area} title={t('bigscreen.board.districtMap')} note={t('bigscreen.map.note')}>
      {data.districts.length ? <BoardChart option={option} testId="chart-district-map" /> : <BoardEmpty text={t('bigscreen.empty.month')} />}
    </Board>
  );
}
