import { describe, expect, it } from 'vitest';
import { monthIndexToString, parseMonth } from '@core/base/time/month-index';
import type { Ticket } from '@core/data/tickets/ticket';
import { backtest, BACKTEST_MONTHS } from '@core/forecast/backtest';
import { forecastReport, forecastsFor } from '@core/forecast/forecast';
import { interval, intervalModel, quantile } from '@core/forecast/interval';
import { forecastMonth, seasonalNaive } from '@core/forecast/method';
import { forecastSeries, seriesAt } from '@core/forecast/series';
import { findSurges, isSurge } from '@core/forecast/surges';
import { monthTickets, randomTickets, table } from '../campaigns/factory';

const m = parseMonth;
const months = (first: string, n: number) => Array.from({ length: n }, (_, i) => monthIndexToString(m(first) + i));

/** Tickets of one category2 × district per month: counts[i] in months first, first+1, … */
function series(first: string, counts: number[], over: Partial<Ticket>): Ticket[] {
  return months(first, counts.length).flatMap((mo, i) => monthTickets(mo, counts[i]!, over));
}
const A = { category: '城乡建设/供暖/不热', district: '东城区', street: '和平街道', unit: '热力公司' };
const B = { ...A, district: '西城区', street: '建设街道' };
const C = { category: '交通管理/交通秩序/违停', district: '东城区', street: '和平街道', unit: '交警支队' };

describe('forecast series (DOMAIN.md section 10)', () => {
  it('counts dispatched tickets per category2 × district and month; groups need one dispatched ticket', () => {
    const ts = [
      ...monthTickets('2025-01', 3, A), ...monthTickets('2025-02', 2, A),
      ...monthTickets('2025-01', 4, { ...B, status: '已撤销' }), // cancelled: not dispatched
      ...monthTickets('2025-02', 5, { ...C, unit: '' }),          // no unit: not dispatched
    ];
    const s = forecastSeries(table(ts));
    expect(s.keys).toEqual([{ category2: '城乡建设/供暖', district: '东城区' }]);
    expect(seriesAt(s, 0, m('2025-01'))).toBe(3);
    expect(seriesAt(s, 0, m('2025-02'))).toBe(2);
    expect(s.covered).toEqual([true, true]);
  });
});

describe('the method and the baseline', () => {
  // Two years of a winter-heavy category in two districts, B always half of A.
  const season = [30, 24, 12, 6, 4, 4, 4, 4, 6, 12, 20, 28];
  const aCounts = [...season, ...season.map((x) => x * 2)]; // the second year doubles
  const ts = [...series('2024-01', aCounts, A), ...series('2024-01', aCounts.map((x) => x / 2), B)];
  const s = forecastSeries(table(ts));
  const gA = s.keys.findIndex((k) => k.district === '东城区');
  const gB = s.keys.findIndex((k) => k.district === '西城区');

  it('forecasts the category by level × seasonal ratio and splits it by the districts’ shares', () => {
    // Target 2025-12 from origin 2025-10: level = mean(Aug, Sep, Oct 2025) of the category, ratio from 2024.
    const origin = m('2025-10'), t = m('2025-12');
    const cat = (mo: string) => seriesAt(s, gA, m(mo)) + seriesAt(s, gB, m(mo));
    const level = (cat('2025-08') + cat('2025-09') + cat('2025-10')) / 3;
    const lastYear = (cat('2024-08') + cat('2024-09') + cat('2024-10')) / 3;
    const expected = level * ((cat('2024-12') + 4) / (lastYear + 4));
    const f = forecastMonth(s, origin, t);
    expect(f[gA]! + f[gB]!).toBeCloseTo(expected, 9);
    expect(f[gA]! / f[gB]!).toBeCloseTo(2, 9);
    // The truth is 56 + 28 = 84: the ratio (shrunk towards 1 on these few tickets) follows the
    // doubling, seasonal naive says half of it.
    const naive = seasonalNaive(s, gA, t) + seasonalNaive(s, gB, t);
    expect(naive).toBe(42);
    expect(Math.abs(f[gA]! + f[gB]! - 84)).toBeLessThan(Math.abs(naive - 84) / 2);
  });

  it('reads nothing after the origin', () => {
    const later = [...ts, ...monthTickets('2025-11', 500, A), ...monthTickets('2025-12', 900, B)];
    const s2 = forecastSeries(table(later));
    const f1 = forecastMonth(s, m('2025-10'), m('2025-12'));
    const f2 = forecastMonth(s2, m('2025-10'), m('2025-12'));
    const k = (ss: typeof s, f: Float64Array) => Object.fromEntries(ss.keys.map((key, g) => [key.district, f[g]]));
    expect(k(s2, f2)).toEqual(k(s, f1));
    expect(() => forecastMonth(s, m('2025-12'), m('2025-12'))).toThrow(/起点/);
  });

  it('seasonal naive is y(M − 12), 0 when that month is uncovered or after the origin', () => {
    const gap = forecastSeries(table([...monthTickets('2024-03', 5, A), ...monthTickets('2025-02', 7, A), ...monthTickets('2025-04', 9, A)]));
    expect(seasonalNaive(gap, 0, m('2025-03'))).toBe(5);
    expect(seasonalNaive(gap, 0, m('2025-04'))).toBe(0); // 2024-04 has no ticket at all
    expect(seasonalNaive(gap, 0, m('2025-03'), m('2024-02'))).toBe(0);
  });
});

describe('backtest', () => {
  const ts = randomTickets(7, 4000, { gaps: ['2025-02'] });
  const s = forecastSeries(table(ts));
  const bt = backtest(s);

  it('targets the last 6 covered months (skipping uncovered ones) for every group', () => {
    const targetMonths = [...new Set(bt.targets.map((t) => t.month))];
    expect(targetMonths).toEqual(['2024-12', '2025-01', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(targetMonths).toHaveLength(BACKTEST_MONTHS);
    expect(bt.targets).toHaveLength(BACKTEST_MONTHS * s.keys.length);
  });

  it('WAPE is Σ|y − ŷ| ÷ Σy over all targets, for the method and the baseline', () => {
    const y = bt.targets.reduce((a, t) => a + t.actual, 0);
    expect(bt.wape).toBeCloseTo(bt.targets.reduce((a, t) => a + Math.abs(t.actual - t.forecast), 0) / y, 12);
    expect(bt.baselineWape).toBeCloseTo(bt.targets.reduce((a, t) => a + Math.abs(t.actual - t.baseline), 0) / y, 12);
    for (const t of bt.targets) {
      expect(Object.keys(t)).toEqual(['key', 'month', 'actual', 'forecast', 'baseline']);
      expect(t.baseline).toBe(seasonalNaive(s, s.keys.indexOf(t.key), m(t.month)));
    }
  });

  it('each target is forecast from months up to M − 2 only', () => {
    const t = bt.targets.find((x) => x.month === '2025-06')!;
    const g = s.keys.indexOf(t.key);
    expect(t.forecast).toBe(forecastMonth(s, m('2025-04'), m('2025-06'))[g]);
  });

  it('is empty with null WAPE for an empty file', () => {
    expect(backtest(forecastSeries(table([])))).toEqual({ wape: null, baselineWape: null, targets: [] });
  });
});

describe('intervals and forecasts', () => {
  it('quantiles interpolate; the model falls back to the Poisson spread without a backtest', () => {
    expect(quantile([0, 10], 0.5)).toBe(5);
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    const model = intervalModel([]);
    expect(model.fromBacktest).toBe(false);
    const { low, high } = interval(model, 8);
    expect(low).toBeCloseTo(8 - 1.2815515655446004 * 3, 12);
    expect(high).toBeCloseTo(8 + 1.2815515655446004 * 3, 12);
    expect(interval(model, 0).low).toBe(0);
  });

  it('forecasts the month asked and the one after for every group, from the months before it', () => {
    const ts = randomTickets(9, 3000);
    const rep = forecastReport(table(ts), '2025-07');
    const s = forecastSeries(table(ts));
    expect(Object.keys(rep)).toEqual(['method', 'backtest', 'forecasts']);
    expect(rep.forecasts).toHaveLength(2 * s.keys.length);
    expect(new Set(rep.forecasts!.map((f) => f.month))).toEqual(new Set(['2025-07', '2025-08']));
    for (const f of rep.forecasts!) {
      expect(Object.keys(f)).toEqual(['key', 'month', 'forecast', 'low', 'high']);
      expect(f.low).toBeLessThanOrEqual(f.forecast);
      expect(f.high).toBeGreaterThanOrEqual(f.forecast);
      expect(f.low).toBeGreaterThanOrEqual(0);
    }
    expect(forecastReport(table(ts)).forecasts).toBeUndefined();
    expect(() => forecastsFor(s, '2020-01', rep.backtest)).toThrow(/之前没有任何工单/);
    expect(() => forecastsFor(s, '2025-13', rep.backtest)).toThrow(/无效/);
  });
});

describe('未诉先办 surges', () => {
  // A heating category: flat in autumn, then the winter jump seen the year before.
  const winter = [40, 30, 10, 5, 5, 5, 5, 5, 5, 10, 30, 40];
  const ts = [...series('2024-01', [...winter, ...winter.slice(0, 10)], A), ...series('2024-01', Array(22).fill(6), C)];
  const s = forecastSeries(table(ts));
  const bt = backtest(s);

  it('flags a group whose forecast is well above its recent level, with history, and not a flat one', () => {
    const surges = findSurges(s, bt);
    expect(surges.length).toBeGreaterThan(0);
    expect(surges.every((x) => x.key.category2 === '城乡建设/供暖')).toBe(true);
    expect(surges.map((x) => x.month)).toEqual(['2025-12', '2025-11']); // the larger rise first
    const dec = surges[0]!;
    expect(dec.recent).toBeCloseTo((5 + 5 + 10) / 3, 9);
    expect(dec.rise).toBeCloseTo(dec.forecast / dec.recent - 1, 12);
    expect(dec.history).toHaveLength(22);
    expect(dec.history[0]).toEqual({ month: '2024-01', count: 40 });
  });

  it('needs the ratio, the extra tickets and the interval above the level', () => {
    expect(isSurge({ forecast: 20, low: 12 }, 10)).toBe(true);
    expect(isSurge({ forecast: 12, low: 11 }, 10)).toBe(false); // ratio 1.2
    expect(isSurge({ forecast: 6, low: 5 }, 2)).toBe(false);    // 4 more only
    expect(isSurge({ forecast: 20, low: 9 }, 10)).toBe(false);  // interval reaches the level
  });
});
