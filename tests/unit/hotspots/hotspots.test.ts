import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHotspots } from '@core/hotspots/analyze';
import { groupTicketIds } from '@core/hotspots/drill';
import { compareHotspotGroups, finishHotspots, groupFigures, type GroupMonthCount } from '@core/hotspots/finish';
import { parseHotspotBy, type HotspotKey } from '@core/hotspots/keys';
import { isoWeekLabel, mondayOf, weeksAround } from '@core/hotspots/weeks';
import { monthIndexToString, parseMonth, localDayNumber } from '@core/base/time/month-index';
import type { Ticket } from '@core/data/tickets/ticket';
import { at, monthTickets, randomTickets, table, ticket } from '../campaigns/factory';
import { refHotspots } from '../campaigns/reference';

const M = '2025-06';
const months = (first: string, n: number): string[] => Array.from({ length: n }, (_, i) => monthIndexToString(parseMonth(first) + i));
/** Every month 2024-06 … 2025-06 covered. */
const ALL = months('2024-06', 13);
/** Cells of one group from its 13 counts x(M−12) … x(M). */
const cells = (parts: string[], xs: number[]): GroupMonthCount[] => xs.map((count, j) => ({ parts, month: ALL[j]!, count }));
const one = (xs: number[], covered = ALL) => finishHotspots({ month: M, by: ['category2'], covered, cells: cells(['住房/物业管理'], xs) }).groups[0]!;

describe('hotspot figures, DOMAIN.md section 9', () => {
  it('mean and sample sd of the covered baseline months, z against √max(σ², μ, 1), mom and yoy', () => {
    const base = [10, 12, 8, 10, 11, 9, 10, 12, 8, 10, 11, 9];
    const g = one([...base, 40]);
    const mean = base.reduce((a, b) => a + b) / 12;
    const v = base.reduce((a, b) => a + (b - mean) ** 2, 0) / 11;
    expect(g.mean).toBeCloseTo(mean, 12);
    expect(g.sd).toBeCloseTo(Math.sqrt(v), 12);
    // σ² ≈ 1.64 < μ = 10: the Poisson floor μ is used.
    expect(g.z).toBeCloseTo((40 - mean) / Math.sqrt(mean), 12);
    expect(g.mom).toBeCloseTo(40 / 9 - 1, 12);
    expect(g.yoy).toBeCloseTo(40 / 10 - 1, 12);
    expect(g.hotspot).toBe(true);
    expect(Object.keys(g)).toEqual(['key', 'count', 'mean', 'sd', 'z', 'mom', 'yoy', 'hotspot']);
    expect(g.key).toEqual({ category2: '住房/物业管理' });
  });

  it('uses σ² when it exceeds μ, and 1 when both are below 1', () => {
    const wild = [0, 30, 0, 30, 0, 30, 0, 30, 0, 30, 0, 30];
    const g = one([...wild, 40]);
    expect(g.z).toBeCloseTo((40 - 15) / g.sd!, 12);
    const quiet = one([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3]);
    const mu = 1 / 12, s2 = (11 * mu ** 2 + (1 - mu) ** 2) / 11;
    expect(s2).toBeLessThan(1);
    expect(quiet.z).toBeCloseTo(3 - mu, 12);
  });

  it('the rule: x ≥ 20, z ≥ 3 and yoy null or ≥ 0.2', () => {
    const flat = (x: number, last: number, yearAgo = 1) => groupFigures([yearAgo, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, last, x], new Array(13).fill(true));
    expect(flat(20, 1).hotspot).toBe(true);
    expect(flat(19, 1).hotspot).toBe(false); // x < 20 however large z is
    // yoy exactly 0.2 (x = 24 a year after 20) is a hotspot; just below is not.
    expect(groupFigures([20, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 24], new Array(13).fill(true))).toMatchObject({ yoy: expect.closeTo(0.2, 12), hotspot: true });
    expect(groupFigures([21, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25], new Array(13).fill(true)).yoy! < 0.2).toBe(true);
    expect(groupFigures([21, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25], new Array(13).fill(true)).hotspot).toBe(false);
    // yoy null (nothing a year ago) does not block.
    expect(flat(30, 1, 0)).toMatchObject({ yoy: null, hotspot: true });
    // z just below 3 is not; exactly 3 is. Flat baseline 16: z = (x − 16) / √16.
    const b16 = new Array<number>(12).fill(16);
    const zOf = (x: number) => groupFigures([...b16, x], new Array(13).fill(true));
    expect([zOf(27).z, zOf(27).hotspot]).toEqual([2.75, false]);
    expect([zOf(28).z, zOf(28).hotspot]).toEqual([3, true]);
    // Over a baseline of zeros the floor 1 applies: x = 3 has z = 3, but x < 20.
    expect(groupFigures([...new Array<number>(12).fill(0), 3], new Array(13).fill(true))).toMatchObject({ z: 3, count: 3, hotspot: false });
  });

  it('fewer than 6 covered baseline months: mean, sd and z are null and nothing is a hotspot; 6 are enough', () => {
    const cov5 = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', M];
    const g5 = one([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 90], cov5);
    expect([g5.mean, g5.sd, g5.z, g5.hotspot]).toEqual([null, null, null, false]);
    expect(g5.mom).toBe(89); // mom and yoy follow their own rule
    expect(g5.yoy).toBeNull();
    const g6 = one([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 90], ['2024-12', ...cov5]);
    expect(g6.mean).toBe(1);
    expect(g6.hotspot).toBe(true);
  });

  it('a covered month without a ticket of the group counts 0; an uncovered month is left out of the baseline', () => {
    const xs = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 30];
    const covered = one(xs);
    expect(covered.mean).toBeCloseTo(55 / 12, 12);
    expect(covered.mom).toBeNull(); // x(M−1) = 0
    const uncovered = one(xs, ALL.filter((m) => m !== '2025-05'));
    expect(uncovered.mean).toBe(5);
    expect(uncovered.sd).toBe(0);
    expect(uncovered.mom).toBeNull(); // x(M−1) uncovered
    expect(one([0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 30]).yoy).toBeNull(); // x(M−12) = 0
  });

  it('lists every group with a ticket in M: hotspots first, then z descending (null last), then key in code-point order', () => {
    const base = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    const r = finishHotspots({
      month: M, by: ['category2', 'district'], covered: ALL,
      cells: [
        ...cells(['b', '东城区'], [...base, 3]), ...cells(['a', '东城区'], [...base, 3]), ...cells(['𠀋', '东城区'], [...base, 3]), ...cells(['ｚ', '东城区'], [...base, 3]),
        ...cells(['c', '西城区'], [...base, 40]), ...cells(['d', '西城区'], [...base, 25]), ...cells(['e', '南湖区'], [...base, 0]),
        { parts: ['f', '北苑区'], month: M, count: 1 },
      ],
    });
    // c, d: hotspots by z; f: z = 1 over a covered baseline of zeros; a, b, ｚ, 𠀋: equal z, by key in
    // code-point order (U+FF5A ｚ before U+2000B 𠀋, though UTF-16 order puts 𠀋 first); e: nothing in M.
    expect(r.groups.map((g) => g.key.category2)).toEqual(['c', 'd', 'f', 'a', 'b', 'ｚ', '𠀋']);
    expect(r.groups.map((g) => g.hotspot)).toEqual([true, true, false, false, false, false, false]);
    expect(r.groups[2]!.z).toBe(1);
  });

  it('orders a null z after every number', () => {
    const g = (z: number | null, parts: string[]) => ({ hotspot: false, z, parts });
    const list = [g(null, ['a']), g(-5, ['z']), g(null, ['0']), g(0.5, ['b'])].sort(compareHotspotGroups);
    expect(list.map((x) => x.parts[0])).toEqual(['b', 'z', '0', 'a']);
  });
});

describe('hotspots over tickets', () => {
  const ts: Ticket[] = [];
  for (const m of months('2024-06', 12)) {
    ts.push(...monthTickets(m, 4, { category: '住房/物业管理/停车管理', district: '东城区' }));
    ts.push(...monthTickets(m, 3, { category: '交通管理/交通秩序/违章停车', district: '西城区' }));
  }
  ts.push(...monthTickets(M, 45, { category: '住房/物业管理/停车管理', district: '东城区' }).map((t, i) => ({ ...t, acceptedAt: at(`2025-06-${String(9 + (i % 4)).padStart(2, '0')} 10:00`) })));
  ts.push(...monthTickets(M, 3, { category: '交通管理/交通秩序/违章停车', district: '西城区' }));
  ts.push(ticket({ acceptedAt: '2025-06-03 10:00', category: '住房/物业管理/停车管理', district: '东城区', unit: '' }));
  ts.push(ticket({ acceptedAt: '2025-06-03 10:00', category: '住房/物业管理/停车管理', district: '东城区', status: '已撤销' }));
  const tb = table(ts);

  it('flags the burst, leaves the steady group, counts only dispatched tickets, with series and ISO weeks', () => {
    const a = analyzeHotspots(tb, M, ['category2', 'district'], { seriesMonths: 13, weeksBefore: 2 });
    expect(a.report.month).toBe(M);
    expect(a.report.by).toEqual(['category2', 'district']);
    expect(a.report.groups.map((g) => [g.key, g.count, g.hotspot])).toEqual([
      [{ category2: '住房/物业管理', district: '东城区' }, 45, true],
      [{ category2: '交通管理/交通秩序', district: '西城区' }, 3, false],
    ]);
    expect(a.series.months).toEqual(months('2024-06', 13));
    expect(a.series.values[0]).toEqual([...new Array(12).fill(4), 45]);
    const w = a.weekly.weeks.map((x) => x.week);
    expect(w[0]).toBe('2025-W20');
    const burst = a.weekly.weeks.findIndex((x) => x.start === '2025-06-09');
    expect(a.weekly.values[0]![burst]).toBe(45);
    // May's 4 tickets fall on May 1–4, before the grid's first week (2025-05-12).
    expect(a.weekly.values[0]!.reduce((s, v) => s + v, 0)).toBe(45);
    expect(a.weekly.weeks.filter((x) => x.daysInMonth > 0)).toHaveLength(6);
  });

  it('drills down to the ids of a group in the month or one week', () => {
    const all = groupTicketIds(tb, ['category2', 'district'], ['住房/物业管理', '东城区'], at('2025-06-01'), at('2025-07-01'));
    expect(all).toHaveLength(45);
    expect(groupTicketIds(tb, ['category2', 'district'], ['住房/物业管理', '东城区'], at('2025-06-09'), at('2025-06-16'))).toHaveLength(45);
    expect(() => groupTicketIds(tb, ['category2'], ['a', 'b'], 0, 1)).toThrow(/分组键有 1 个/);
  });

  it('groups by category level 3 and by street, and refuses month, repeats and unknown keys in Chinese', () => {
    const c3 = analyzeHotspots(tb, M, ['category3']);
    expect(c3.report.groups[0]!.key).toEqual({ category3: '住房/物业管理/停车管理' });
    const st = analyzeHotspots(tb, M, ['street']);
    expect(st.report.groups[0]!.key).toEqual({ street: '东城区/和平街道' });
    expect(() => parseHotspotBy('month')).toThrow(/不能是 month/);
    expect(() => parseHotspotBy('district,district')).toThrow(/重复/);
    expect(() => parseHotspotBy('colour')).toThrow(/未知分组键「colour」/);
    expect(() => parseHotspotBy('a,b,c')).toThrow(/一个或两个键/);
    expect(parseHotspotBy(' category2 , district ')).toEqual(['category2', 'district']);
  });

  it('a month without any ticket lists nothing', () => {
    expect(analyzeHotspots(tb, '2030-01', ['district']).report.groups).toEqual([]);
  });
});

describe('ISO weeks', () => {
  it('labels weeks by ISO year and starts them on Monday', () => {
    expect(isoWeekLabel(mondayOf(localDayNumber(at('2025-01-01'))))).toBe('2025-W01'); // Wed 2025-01-01 is in W01
    expect(isoWeekLabel(mondayOf(localDayNumber(at('2021-01-03'))))).toBe('2020-W53');
    const g = weeksAround(parseMonth('2025-06'), 0);
    expect(g.weeks[0]).toMatchObject({ week: '2025-W22', start: '2025-05-26', end: '2025-06-01', daysInMonth: 1 });
    expect(g.weeks.at(-1)).toMatchObject({ start: '2025-06-30', daysInMonth: 1 });
    expect(g.weeks.reduce((s, w) => s + w.daysInMonth, 0)).toBe(30);
  });
});

const KEYS: HotspotKey[] = ['unit', 'district', 'street', 'category1', 'category2', 'category3'];
const arbBy = fc.oneof(
  fc.constantFrom(...KEYS).map((k) => [k]),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS)).filter(([a, b]) => a !== b).map(([a, b]) => [a, b]),
);

describe('hotspots against the reference (fast-check)', () => {
  it('agrees on every listed group, figure and the order, with uncovered months and bursts', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), arbBy, fc.constantFrom('2025-03', '2025-06', '2024-09', '2024-05'), fc.subarray(['2024-04', '2024-06', '2024-12', '2025-02', '2025-05']), (seed, by, m, gaps) => {
      const ts = randomTickets(seed, 1500, { gaps });
      // A burst in one group so that some groups pass x ≥ 20.
      ts.push(...monthTickets(m, 25 + (seed % 20), { category: '住房/物业管理/停车管理', district: '东城区', street: '和平街道' }));
      const got = analyzeHotspots(table(ts), m, by as HotspotKey[]).report.groups;
      const want = refHotspots(ts, m, by);
      expect(got.map((g) => g.key)).toEqual(want.map((g) => g.key));
      got.forEach((g, i) => {
        const w = want[i]!;
        expect([g.count, g.hotspot]).toEqual([w.count, w.hotspot]);
        for (const f of ['mean', 'sd', 'z', 'mom', 'yoy'] as const) {
          if (w[f] === null) expect(g[f]).toBeNull(); else expect(g[f]).toBeCloseTo(w[f], 9);
        }
      });
    }), { numRuns: 60 });
  });
});
