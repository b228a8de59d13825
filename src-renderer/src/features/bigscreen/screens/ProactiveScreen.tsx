import { useMemo } from 'react';
import { parseMonth } from '@core/base/time/month-index';
import { monthIndexToString } from '@core/base/time/shanghai';
import type { Surge } from '@core/forecast/surges';
import { useT } from '@renderer/i18n';
import { CHART_PALETTE, RATING_COLORS } from '@renderer/theme';
import { Board, BoardEmpty } from '../boards/Board';
import { BoardChart } from '../boards/BoardChart';
import { leaf, methodName, pct, riseText } from '../boards/format';
import { useStage } from '../stage/stage-context';
import type { ScreenProps } from './screen-props';

/**
 * A surge's chart: its history (last 24 covered months), then the forecast month (with the 80 %
 * interval as a vertical bar) on a continuous month axis, so a month-after-next forecast leaves
 * the month between visibly open.
 */
export function surgeChartOption(s: Surge, mode: 'dark' | 'light', labels: { history: string; forecast: string }, fontSize = 13) {
  const hist = s.history.slice(-24);
  const last = hist.length ? parseMonth(hist[hist.length - 1]!.month) : parseMonth(s.month) - 1;
  const gap: string[] = [];
  for (let m = last + 1; m < parseMonth(s.month); m++) gap.push(monthIndexToString(m));
  const months = [...hist.map((h) => h.month), ...gap, s.month];
  const pad = gap.map(() => null);
  const pal = CHART_PALETTE[mode];
  return {
    grid: { left: 40, right: 12, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.slice(2)), axisLabel: { fontSize } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize } },
    series: [
      { name: labels.history, type: 'line', symbol: 'none', lineStyle: { width: 2 }, itemStyle: { color: pal[0] }, data: [...hist.map((h) => h.count), ...pad, null] },
      {
        name: labels.forecast, type: 'line', symbolSize: 8, connectNulls: true, lineStyle: { type: 'dashed', width: 2 }, itemStyle: { color: RATING_COLORS[mode].watch },
        data: [...hist.map((_, i) => (i === hist.length - 1 ? hist[i]!.count : null)), ...pad, Math.round(s.forecast)],
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: RATING_COLORS[mode].watch, opacity: 0.6 },
          data: [[{ coord: [months.length - 1, Math.round(s.low)] }, { coord: [months.length - 1, Math.round(s.high)] }]] },
      },
    ],
  };
}

function SurgeCard({ s, area, index }: { s: Surge; area: string; index: number }) {
  const t = useT();
  const { mode } = useStage();
  const option = useMemo(() => surgeChartOption(s, mode, { history: t('bigscreen.surges.history'), forecast: t('bigscreen.surges.forecast') }), [s, mode, t]);
  return (
    <Board id={`surge-${index}`} area={area} title={`${s.month} · ${leaf(s.key.category2)} · ${s.key.district}`}
      note={t('bigscreen.surges.card', { forecast: Math.round(s.forecast), low: Math.round(s.low), high: Math.round(s.high), rise: riseText(s.rise, t) })}>
      <BoardChart option={option} testId={`chart-surge-${index}`} />
    </Board>
  );
}

/** 未诉先办: the coming two months' expected surges, each with its history, and how far to trust them. */
export function ProactiveScreen({ data }: ScreenProps) {
  const t = useT();
  const f = data.forecast;
  const beats = f.wape !== null && f.baselineWape !== null && f.wape < f.baselineWape;
  return (
    <div className="bs-grid bs-grid-proactive" data-screen="proactive">
      <Board id="forecast-trust" area="trust" title={t('bigscreen.board.trust')}>
        <div className="bs-trust">
          <div className="bs-trust-figure"><span>{t('bigscreen.trust.wape')}</span><b>{pct(f.wape)}</b></div>
          <div className="bs-trust-figure"><span>{t('bigscreen.trust.baseline')}</span><b>{pct(f.baselineWape)}</b></div>
          <div className="bs-trust-figure"><span>{t('bigscreen.trust.count')}</span><b>{f.surges.length}</b></div>
          <p className="bs-trust-text">{beats ? t('bigscreen.trust.beats') : t('bigscreen.trust.notBeats')}</p>
          <p className="bs-trust-method">{t('bigscreen.trust.method', { method: methodName(f.method, t) })}</p>
        </div>
      </Board>
      {f.surges.length === 0 ? <Board id="surge-none" area="s1" title={t('bigscreen.board.surges')}><BoardEmpty text={t('bigscreen.empty.surges')} /></Board> : null}
      {f.surges.slice(0, 6).map((s, i) => <SurgeCard key={`${s.key.category2}|${s.key.district}|${s.month}`} s={s} index={i + 1} area={`s${i + 1}`} />)}
    </div>
  );
}
