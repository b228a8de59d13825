import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishOutcome, outcomeWindows, type MonthCount } from '@core/campaigns/outcome';
import { campaignOutcome } from '@core/campaigns/outcome-count';
import { emptySelector, parseSelector, type ProblemSelector } from '@core/campaigns/selector';
import { monthIndexToString, parseMonth } from '@core/base/time/month-index';
import type { Ticket } from '@core/data/tickets/ticket';
import { CATEGORIES, monthTickets, randomTickets, table } from './factory';
import { refOutcome } from './reference';

const SEL = emptySelector();
/** One count per month from `first` (YYYY-MM) on. */
const series = (first: string, counts: number[]): MonthCount[] => counts.map((count, i) => ({ month: monthIndexToString(parseMonth(first) + i), count }));
const flat = (first: string, n: number, v: number): MonthCount[] => series(first, new Array<number>(n).fill(v));
const finish = (from: string, to: string, counts: MonthCount[], windowMonths?: number) => finishOutcome({ selector: SEL, from, to, windowMonths, counts });

describe('campaign windows', () => {
  it('before is the K months before the month of from; after starts with the month of to when to is a month start', () => {
    const w = outcomeWindows('2025-03-01', '2025-06-01', 3);
    expect(w.before.map(monthIndexToString)).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(w.after.map(monthIndexToString)).toEqual(['2025-06', '2025-07', '2025-08']);
    expect(w.beforeLastYear.map(monthIndexToString)).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(w.afterLastYear.map(monthIndexToString)).toEqual(['2024-06', '2024-07', '2024-08']);
    expect(w.campaign.map(monthIndexToString)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(w.range.map(monthIndexToString)).toEqual(['2023-12', '2025-08']);
  });

  it('to in mid-month: the after window starts the month after; from in mid-month still looks before its month', () => {
    const w = outcomeWindows('2025-03-15', '2025-06-16', 2);
    expect(w.before.map(monthIndexToString)).toEqual(['2025-01', '2025-02']);
    expect(w.after.map(monthIndexToString)).toEqual(['2025-07', '2025-08']);
    expect(w.campaign.map(monthIndexToString)).toEqual(['2025-03', '2025-04', '2025-05', '2025-06']);
    // to on the 2nd: the campaign ended on the 1st, so that month is still the campaign's.
    expect(outcomeWindows('2025-03-01', '2025-06-02').after.map(monthIndexToString)).toEqual(['2025-07', '2025-08', '2025-09']);
  });

  it('refuses bad dates, to not after from, and K outside 1–12 in Chinese', () => {
    expect(() => outcomeWindows('2025-02-30', '2025-06-01')).toThrow(/开始日期「2025-02-30」无效/);
    expect(() => outcomeWindows('2025-03-01', '2025-03-01')).toThrow(/须晚于开始日期/);
    expect(() => outcomeWindows('2025-03-01', '2025-06-01', 0)).toThrow(/1 到 12/);
    expect(() => outcomeWindows('2025-03-01', '2025-06-01', 2.5)).toThrow(/1 到 12/);
  });
});

describe('outcome finisher, DOMAIN.md section 8', () => {
  it('sums the windows, and computes change, the seasonally adjusted effect and its interval', () => {
    // 2023-12 … 2025-08, 10 a month, except the campaign's after window (2025-06 … 08: 5 a month) and last year's (2024-06 … 08: 12).
    const counts = flat('2023-12', 21, 10).map((c) => ({ ...c, count: ['2025-06', '2025-07', '2025-08'].includes(c.month) ? 5 : ['2024-06', '2024-07', '2024-08'].includes(c.month) ? 12 : 10 }));
    const { outcome: o } = finish('2025-03-01', '2025-06-01', counts);
    expect([o.before, o.after, o.beforeLastYear, o.afterLastYear]).toEqual([30, 15, 30, 36]);
    expect(o.change).toBeCloseTo(-0.5, 12);
    const r = (15 / 30) / (36 / 30);
    expect(o.effect).toBeCloseTo(r - 1, 12);
    const se = Math.sqrt(1 / 15 + 1 / 30 + 1 / 36 + 1 / 30);
    expect(o.effectCi![0]).toBeCloseTo(Math.exp(Math.log(r) - 1.96 * se) - 1, 12);
    expect(o.effectCi![1]).toBeCloseTo(Math.exp(Math.log(r) + 1.96 * se) - 1, 12);
    expect(o.nullReasons).toEqual({});
    expect(o.period).toEqual({ from: '2025-03-01', to: '2025-06-01', windowMonths: 3 });
    expect(Object.keys(o)).toEqual(['selector', 'period', 'months', 'before', 'after', 'beforeLastYear', 'afterLastYear', 'change', 'effect', 'effectCi', 'nullReasons']);
    expect(o.months).toHaveLength(21);
  });

  it('an uncovered month makes its window null, and every figure that needs it, each with a reason', () => {
    const counts = flat('2023-12', 21, 10).filter((c) => c.month !== '2024-07');
    const d = finish('2025-03-01', '2025-06-01', counts);
    const o = d.outcome;
    expect([o.before, o.after, o.beforeLastYear, o.afterLastYear]).toEqual([30, 30, 30, null]);
    expect(o.change).toBe(0);
    expect([o.effect, o.effectCi]).toEqual([null, null]);
    expect(Object.keys(o.nullReasons).sort()).toEqual(['afterLastYear', 'effect', 'effectCi']);
    expect(o.nullReasons.afterLastYear).toBe('数据未覆盖 2024-07（这些月份没有任何工单），无法计算上年同期整治后');
    expect(o.nullReasons.effect).toBe('上年同期整治后为空，因此无法计算季节调整后效果');
    expect(d.causes).toContainEqual({ figure: 'afterLastYear', code: 'uncovered', months: ['2024-07'] });
    // The uncovered month is not in the series; the covered ones around it are.
    expect(o.months.map((m) => m.month)).not.toContain('2024-07');
    expect(o.months).toHaveLength(20);
  });

  it('a month with no matching ticket is covered and counts 0: zero denominators give null figures, never 0 or Infinity', () => {
    const zeroBefore = flat('2023-12', 21, 10).map((c) => (['2024-12', '2025-01', '2025-02'].includes(c.month) ? { ...c, count: 0 } : c));
    const a = finish('2025-03-01', '2025-06-01', zeroBefore).outcome;
    expect([a.before, a.change, a.effect, a.effectCi]).toEqual([0, null, null, null]);
    expect(a.nullReasons.change).toBe('整治前的匹配工单数为 0，作除数时无法计算变化率');
    expect(a.nullReasons.effect).toMatch(/整治前的匹配工单数为 0/);

    const zeroLastYear = flat('2023-12', 21, 10).map((c) => (['2024-06', '2024-07', '2024-08'].includes(c.month) ? { ...c, count: 0 } : c));
    const b = finish('2025-03-01', '2025-06-01', zeroLastYear).outcome;
    expect([b.afterLastYear, b.change, b.effect, b.effectCi]).toEqual([0, 0, null, null]);
    expect(b.nullReasons.effect).toMatch(/上年同期整治后的匹配工单数为 0/);

    const zeroAfter = flat('2023-12', 21, 10).map((c) => (['2025-06', '2025-07', '2025-08'].includes(c.month) ? { ...c, count: 0 } : c));
    const z = finish('2025-03-01', '2025-06-01', zeroAfter).outcome;
    // after = 0 divides nothing in the effect (R = 0, effect −100 %) but its interval needs ln R and 1/after.
    expect([z.after, z.change, z.effect, z.effectCi]).toEqual([0, -1, -1, null]);
    expect(Object.keys(z.nullReasons)).toEqual(['effectCi']);
  });

  it('to in mid-month shifts the after window (and the series end) by one month', () => {
    const counts = flat('2023-12', 24, 10);
    const m = finish('2025-03-01', '2025-06-15', counts).outcome;
    expect(m.months.at(-1)!.month).toBe('2025-09');
    expect(m.months[0]!.month).toBe('2023-12');
    const s = finish('2025-03-01', '2025-06-01', counts).outcome;
    expect(s.months.at(-1)!.month).toBe('2025-08');
  });

  it('data ending before the after window: after and what needs it are null, with the missing months named', () => {
    const o = finish('2025-03-01', '2025-06-01', flat('2023-12', 19, 4)).outcome; // through 2025-06
    expect(o.after).toBeNull();
    expect(o.nullReasons.after).toBe('数据未覆盖 2025-07、2025-08（这些月份没有任何工单），无法计算整治后');
    expect(o.nullReasons.change).toBe('整治后为空，因此无法计算变化率');
  });

  it('K = 1 and K = 6 windows', () => {
    const counts = series('2023-01', Array.from({ length: 36 }, (_, i) => 10 + i));
    const k1 = finish('2025-03-01', '2025-06-01', counts, 1).outcome;
    expect([k1.before, k1.after, k1.beforeLastYear, k1.afterLastYear]).toEqual([10 + 25, 10 + 29, 10 + 13, 10 + 17]);
    const k6 = finish('2025-03-01', '2025-06-01', counts, 6).outcome;
    expect(k6.before).toBe([20, 21, 22, 23, 24, 25].reduce((a, i) => a + 10 + i, 0));
    expect(k6.months[0]!.month).toBe('2023-09');
  });

  it('refuses malformed counts', () => {
    expect(() => finish('2025-03-01', '2025-06-01', [{ month: '2025-13', count: 1 }])).toThrow(/月度计数/);
    expect(() => finish('2025-03-01', '2025-06-01', [{ month: '2025-01', count: -1 }])).toThrow(/月度计数/);
  });
});

describe('outcome over tickets', () => {
  it('counts matching tickets per covered month: a month with tickets but none matching is 0, a month without tickets is absent', () => {
    const sel = parseSelector({ categories: ['住房/物业管理'] });
    if (!sel.ok) throw new Error(sel.reason);
    const ts: Ticket[] = [];
    for (let i = 0; i < 21; i++) {
      const m = monthIndexToString(parseMonth('2023-12') + i);
      if (m === '2024-05') continue; // uncovered
      ts.push(...monthTickets(m, m === '2025-01' ? 0 : 3, { category: '住房/物业管理/停车管理' }));
      ts.push(...monthTickets(m, 1, { category: '交通管理/交通秩序' }));
    }
    const o = campaignOutcome(table(ts), sel.selector, '2025-03-01', '2025-06-01').outcome;
    expect(o.months.find((m) => m.month === '2025-01')).toEqual({ month: '2025-01', count: 0 });
    expect(o.months.find((m) => m.month === '2024-05')).toBeUndefined();
    expect(o.before).toBe(6);
  });
});

const arbSel = fc.record({
  categories: fc.subarray(CATEGORIES.filter((c) => c.trim() !== ''), { maxLength: 2 }),
  districts: fc.subarray(['东城区', '西城区'], { maxLength: 1 }),
  streets: fc.constant([] as string[]), kinds: fc.subarray(['投诉', '求助'], { maxLength: 1 }), keywords: fc.subarray(['电梯', '停车'], { maxLength: 1 }),
}).map((r) => { const p = parseSelector(r); if (!p.ok) throw new Error(p.reason); return p.selector as ProblemSelector; });
const arbDay = fc.record({ y: fc.constantFrom(2024, 2025), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 1, 2, 15, 28) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('outcome against the reference (fast-check)', () => {
  it('agrees on every figure and the month series, with gaps in the data', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), arbSel, arbDay, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 6 }), fc.subarray(['2024-02', '2024-09', '2025-01']), (seed, s, from, len, k, gaps) => {
      const f = new Date(`${from}T00:00:00Z`);
      const to = new Date(f.getTime() + len * 86_400_000).toISOString().slice(0, 10);
      const ts = randomTickets(seed, 600, { gaps });
      const got = campaignOutcome(table(ts), s, from, to, k);
      const want = refOutcome(ts, s, from, to, k);
      const o = got.outcome;
      expect(o.months).toEqual(want.months);
      expect([o.before, o.after, o.beforeLastYear, o.afterLastYear]).toEqual([want.before, want.after, want.beforeLastYear, want.afterLastYear]);
      for (const [a, b] of [[o.change, want.change], [o.effect, want.effect]] as const) {
        if (b === null) expect(a).toBeNull(); else expect(a).toBeCloseTo(b, 10);
      }
      if (want.effectCi === null) expect(o.effectCi).toBeNull();
      else { expect(o.effectCi![0]).toBeCloseTo(want.effectCi[0], 10); expect(o.effectCi![1]).toBeCloseTo(want.effectCi[1], 10); }
      expect(Object.keys(o.nullReasons).sort()).toEqual([...want.nullFigures].sort());
    }), { numRuns: 80 });
  });
});
