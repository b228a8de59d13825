import { useMemo } from 'react';
import { useT } from '@renderer/i18n';
import { CHART_PALETTE, RATING_COLORS, THEME_COLORS } from '@renderer/theme';
import { WALL_RATES, type WallData, type WallRate } from '../data/wall-data';
import { useStage } from '../stage/stage-context';
import { Board, BoardEmpty } from './Board';
import { BoardChart } from './BoardChart';
import { pct } from './format';
import { rateKey } from './rate-labels';

/** A 三率 gauge: this month's rate, with last month's as a thin marker in the note. */
export function GaugeBoard({ data, rate, area }: { data: WallData; rate: WallRate; area: string }) {
  const t = useT();
  const { mode } = useStage();
  const v = data.month.rates[rate].value;
  const option = useMemo(() => {
    const c = THEME_COLORS[mode], r = RATING_COLORS[mode];
    return {
      series: [{
        type: 'gauge', min: 0, max: 100, startAngle: 210, endAngle: -30, radius: '92%', center: ['50%', '56%'],
        axisLine: { lineStyle: { width: 16, color: [[0.8, r.poor], [0.9, r.watch], [1, r.good]] } },
        progress: { show: false },
        pointer: { width: 6, length: '62%', itemStyle: { color: c.text } },
        axisTick: { distance: -16, length: 6, lineStyle: { color: c.bg, width: 1 } },
        splitLine: { distance: -16, length: 16, lineStyle: { color: c.bg, width: 2 } },
        axisLabel: { distance: 22, color: c.textSecondary, fontSize: 13 },
        detail: { valueAnimation: false, fontSize: 34, fontWeight: 700, color: c.text, offsetCenter: [0, '62%'], formatter: () => pct(v) },
        data: [{ value: v === null ? 0 : +(v * 100).toFixed(1) }],
      }],
    };
  }, [mode, v]);
  return (
    <Board id={`gauge-${rate}`} area={area} title={t(rateKey(rate))} note={t('bigscreen.gauge.prev', { value: pct(data.prevMonth.rates[rate].value) })}>
      <BoardChart option={option} testId={`chart-gauge-${rate}`} />
    </Board>
  );
}

/** 三率 over the last 12 months, one line each. */
export function TrendBoard({ data, area }: { data: WallData; area: string }) {
  const t = useT();
  const { mode } = useStage();
  const option = useMemo(() => ({
    color: [...CHART_PALETTE[mode]],
    legend: { top: 0, textStyle: { fontSize: 14 } },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: data.trend.months.map((m) => m.slice(2)), axisLabel: { fontSize: 13 } },
    yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 13, formatter: '{value}%' } },
    series: WALL_RATES.map((r) => ({
      name: t(rateKey(r)), type: 'line', symbolSize: 6, lineStyle: { width: 3 }, connectNulls: false,
      data: data.trend.rates[r].map((v) => (v === null ? null : +(v * 100).toFixed(1))),
    })),
  }), [data.trend, mode, t]);
  return (
    <Board id="trend" area={area} title={t('bigscreen.board.trend')}>
      <BoardChart option={option} testId="chart-trend" />
    </Board>
  );
}

/** Dispatched tickets per month over the last 12 months. */
export function VolumeBoard({ data, area }: { data: WallData; area: string }) {
  const t = useT();
  const { mode } = useStage();
  const option = useMemo(() => ({
    color: [CHART_PALETTE[mode][0]!],
    grid: { left: 64, right: 12, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: data.trend.months.map((m) => m.slice(2)), axisLabel: { fontSize: 13 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 13 } },
    series: [{ type: 'bar', barWidth: '60%', data: data.trend.dispatched }],
  }), [data.trend, mode]);
  return (
    <Board id="volume" area={area} title={t('bigscreen.board.volume')}>
      <BoardChart option={option} testId="chart-volume" />
    </Board>
  );
}

/** Average score of the ranked units of each unit type this month. */
export function UnitTypesBoard({ data, area }: { data: WallData; area: string }) {
  const t = useT();
  const { mode } = useStage();
  const rows = useMemo(() => {
    const m = new Map<string, { sum: number; n: number }>();
    for (const g of data.units.groups) {
      if (g.rank === null || g.score === null || !g.ranking) continue;
      const a = m.get(g.ranking) ?? { sum: 0, n: 0 };
      a.sum += g.score; a.n++;
      m.set(g.ranking, a);
    }
    return [...m].map(([name, a]) => ({ name, avg: a.sum / a.n, n: a.n }));
  }, [data.units]);
  const option = useMemo(() => ({
    color: [CHART_PALETTE[mode][1]!],
    grid: { left: 96, right: 56, top: 8, bottom: 8 },
    xAxis: { type: 'value', show: false, min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { fontSize: 15 }, axisTick: { show: false } },
    series: [{ type: 'bar', barWidth: '55%', barMaxWidth: 30, data: rows.map((r) => +r.avg.toFixed(1)), label: { show: true, position: 'right', fontSize: 15, color: THEME_COLORS[mode].text, textBorderWidth: 0, formatter: '{c}' } }],
  }), [rows, mode]);
  return (
    <Board id="unit-types" area={area} title={t('bigscreen.board.unitTypes')} note={t('bigscreen.unitTypes.note')}>
      {rows.length ? <BoardChart option={option} testId="chart-unit-types" /> : <BoardEmpty text={t('bigscreen.empty.unitTypes')} />}
    </Board>
  );
}
