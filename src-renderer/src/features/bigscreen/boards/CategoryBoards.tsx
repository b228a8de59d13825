import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { CHART_PALETTE, RATING_COLORS, THEME_COLORS } from '@renderer/theme';
import type { WallData } from '../data/wall-data';
import { categoryTree, type TreeNode } from '../data/category-tree';
import { isSuppressed } from '../privacy/suppress';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { BoardChart } from './BoardChart';
import { leaf } from './format';

/** This month's tickets by category (category1 blocks, category2 tiles). */
export function TreemapBoard({ data, area }: { data: WallData; area: string }) {
  const t = useT();
  const { mode, minCount } = useStage();
  const option = useMemo(() => {
    const c = THEME_COLORS[mode];
    return {
      color: [...CHART_PALETTE[mode]],
      series: [{
        type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, top: 0, left: 0, right: 0, bottom: 0,
        leafDepth: 2, visibleMin: 300,
        upperLabel: { show: true, height: 22, color: c.text, fontSize: 14, fontWeight: 600 },
        label: { fontSize: 13, formatter: (p: { name: string; data: TreeNode }) => `${p.name}\n${p.data.label ?? ''}` },
        levels: [
          { itemStyle: { borderWidth: 0, gapWidth: 3 }, upperLabel: { show: false } },
          { itemStyle: { borderColor: c.bg, borderWidth: 3, gapWidth: 2 } },
          { colorSaturation: [0.35, 0.6], itemStyle: { borderColorSaturation: 0.6, gapWidth: 1, borderWidth: 1 } },
        ],
        data: categoryTree(data.categories, minCount, t('bigscreen.treemap.other')),
      }],
    };
  }, [data.categories, mode, minCount, t]);
  return (
    <Board id="treemap" area={area} title={t('bigscreen.board.treemap')}>
      {data.categories.length ? <BoardChart option={option} testId="chart-treemap" /> : <BoardEmpty text={t('bigscreen.empty.month')} />}
    </Board>
  );
}

/** Section 9 for this month: the groups with the highest z, hotspots in red. */
export function HotspotsBoard({ data, area, top = 8 }: { data: WallData; area: string; top?: number }) {
  const t = useT();
  const { mode, minCount } = useStage();
  const rows = useMemo(() => data.hotspots.report.groups
    .map((g, i) => ({ g, parts: data.hotspots.parts[i]! }))
    .filter((r) => r.g.z !== null && !isSuppressed(r.g.count, minCount))
    .slice(0, top), [data.hotspots, minCount, top]);
  const hot = data.hotspots.report.groups.filter((g) => g.hotspot).length;
  const option = useMemo(() => {
    const r = RATING_COLORS[mode];
    return {
      grid: { left: 150, right: 70, top: 4, bottom: 4 },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, axisTick: { show: false }, axisLabel: { fontSize: 14 },
        data: rows.map((x) => `${leaf(x.parts[0] ?? '')}·${x.parts[1] ?? ''}`) },
      series: [{
        type: 'bar', barWidth: '60%', barMaxWidth: 30,
        data: rows.map((x) => ({ value: +(x.g.z ?? 0).toFixed(1), itemStyle: { color: x.g.hotspot ? r.poor : CHART_PALETTE[mode][0] } })),
        label: { show: true, position: 'right', fontSize: 14, color: THEME_COLORS[mode].text, textBorderWidth: 0, formatter: (p: { dataIndex: number }) => `z ${(rows[p.dataIndex]!.g.z ?? 0).toFixed(1)}` },
      }],
    };
  }, [rows, mode]);
  return (
    <Board id="hotspots" area={area} title={t('bigscreen.board.hotspots')} note={t('bigscreen.hotspots.note', { n: hot, month: data.period.month })}>
      {rows.length ? <BoardChart option={option} testId="chart-hotspots" /> : <BoardEmpty text={t('bigscreen.empty.hotspots')} />}
    </Board>
  );
}
