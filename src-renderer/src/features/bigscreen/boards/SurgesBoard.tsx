import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { CHART_PALETTE, RATING_COLORS, THEME_COLORS } from '@renderer/theme';
import type { SurgesResponse } from '@renderer/engine/computations/forecast';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { BoardChart } from './BoardChart';
import { leaf, pct } from './format';

/** The backtest's WAPE against seasonal naive, as the note every forecast figure carries. */
export function WapeNote({ f, short = false }: { f: SurgesResponse; short?: boolean }) {
  const t = useT();
  return <span data-testid="wape-note">{t(short ? 'bigscreen.surges.wapeShort' : 'bigscreen.surges.wape', { wape: pct(f.wape), baseline: pct(f.baselineWape) })}</span>;
}

/** 未诉先办: the expected surges of the coming two months, forecast against the recent level. */
export function SurgesBoard({ forecast, area, top = 6 }: { forecast: SurgesResponse; area: string; top?: number }) {
  const t = useT();
  const { mode } = useStage();
  const rows = useMemo(() => forecast.surges.slice(0, top), [forecast.surges, top]);
  const option = useMemo(() => ({
    legend: { top: 0, textStyle: { fontSize: 13 } },
    grid: { left: 170, right: 48, top: 28, bottom: 8 },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', inverse: true, axisTick: { show: false }, axisLabel: { fontSize: 14 },
      data: rows.map((s) => `${s.month.slice(5)}月 ${leaf(s.key.category2)}·${s.key.district}`) },
    series: [
      { name: t('bigscreen.surges.recent'), type: 'bar', barMaxWidth: 24, data: rows.map((s) => Math.round(s.recent)), itemStyle: { color: CHART_PALETTE[mode][7]! } },
      { name: t('bigscreen.surges.forecast'), type: 'bar', barMaxWidth: 24, data: rows.map((s) => Math.round(s.forecast)), itemStyle: { color: RATING_COLORS[mode].watch },
        label: { show: true, position: 'right', fontSize: 14, color: THEME_COLORS[mode].text, textBorderWidth: 0 } },
    ],
  }), [rows, mode, t]);
  return (
    <Board id="surges" area={area} title={t('bigscreen.board.surges')} note={<WapeNote f={forecast} short />}>
      {rows.length ? <BoardChart option={option} testId="chart-surges" /> : <BoardEmpty text={t('bigscreen.empty.surges')} />}
    </Board>
  );
}
