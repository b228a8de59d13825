import { describe, expect, it } from 'vitest';
import { assess } from '@core/assess/compute';
import { recurrenceFlags } from '@core/assess/recurrence';
import { DEFAULT_RULES } from '@core/assess/rules';
import { wilson } from '@core/assess/wilson';
import { DAY_MS, localToEpoch } from '@core/base/time/shanghai';
import type { Ticket } from '@core/data/tickets/ticket';
import { table, ticket } from './factory';

const FROM = localToEpoch(2025, 3, 1);
const TO = localToEpoch(2025, 5, 1);
const ACC = localToEpoch(2025, 3, 10, 10);

/**
 * Unit 甲 (4 dispatched, 3 evaluated) and 乙 (1 dispatched), hand-computed below.
 * #1 is closed exactly at its due time and recurs exactly 30 days after closing (#8).
 */
function scenario(): Ticket[] {
  const closed1 = ACC + 2 * DAY_MS;
  return [
    ticket({ id: '1', unit: '甲', responded: '是', resolved: '已解决', satisfaction: '满意', closedAt: closed1, dueAt: closed1, address: '幸福路1号', category: '城建/物业/停车' }),
    ticket({ id: '2', unit: '甲', responded: '否', resolved: '未解决', satisfaction: '不满意', closedAt: ACC + 12 * DAY_MS, dueAt: ACC + 10 * DAY_MS, rejectCount: 1, reopenCount: 2, address: '和平路2号', category: '城建/物业' }),
    ticket({ id: '3', unit: '甲', responded: '', resolved: '', satisfaction: '基本满意', closedAt: null, status: '办理中' }),
    ticket({ id: '4', unit: '甲', exempted: '是', responded: '否', resolved: '未解决', satisfaction: '不满意', address: '' }),
    ticket({ id: '5', unit: '甲', status: '已撤销', responded: '否', satisfaction: '不满意' }),
    ticket({ id: '6', unit: '', responded: '否', satisfaction: '不满意' }),
    ticket({ id: '7', unit: '甲', acceptedAt: TO, satisfaction: '不满意' }),
    // Same address after normalization (full-width digit, spaces, punctuation), same category level 2.
    ticket({ id: '8', unit: '乙', acceptedAt: closed1 + 30 * DAY_MS, address: '幸福路 １号。', category: '城建/物业/电梯', closedAt: null, dueAt: null, status: '办理中', responded: '', resolved: '', satisfaction: '' }),
    // One millisecond past the 30-day window of #2: no recurrence.
    ticket({ id: '9', unit: '丙', acceptedAt: ACC + 42 * DAY_MS + 1, address: '和平路2号', category: '城建/物业/其他', status: '已撤销' }),
  ];
}

describe('hand-computed fixtures (default-v1)', () => {
  const res = assess(table(scenario()), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
  const g = (u: string) => res.groups.find((x) => x.key.unit === u)!;

  it('scope, dispatched and evaluated', () => {
    expect(res.groups.map((x) => x.key.unit).sort()).toEqual(['乙', '甲']);
    expect(g('甲').dispatched).toBe(4);
    expect(g('甲').evaluated).toBe(3);
    expect(res.total.dispatched).toBe(5);
    expect(res.total.evaluated).toBe(4);
  });

  it('the eight rates of unit 甲', () => {
    const r = g('甲').rates;
    expect([r.responseRate.num, r.responseRate.den]).toEqual([1, 2]);
    expect([r.resolutionRate.num, r.resolutionRate.den]).toEqual([1, 2]);
    expect([r.satisfactionRate.num, r.satisfactionRate.den]).toEqual([2, 3]);
    expect([r.closureRate.num, r.closureRate.den]).toEqual([3, 4]);
    expect([r.onTimeRate.num, r.onTimeRate.den]).toEqual([2, 3]); // #1 closed exactly at due counts
    expect([r.rejectRate.num, r.rejectRate.den]).toEqual([1, 4]);
    expect([r.reopenRate.num, r.reopenRate.den]).toEqual([1, 3]);
    expect([r.recurrenceRate.num, r.recurrenceRate.den]).toEqual([1, 2]); // #1 yes (exactly 30 d), #2 no (30 d + 1 ms)
    expect(r.satisfactionRate.value).toBeCloseTo(2 / 3, 12);
    expect(g('甲').score).toBeCloseTo(100 * (0.1 * 0.5 + 0.45 * 0.5 + 0.45 * (2 / 3)), 9);
    expect(g('甲').score).toBeCloseTo(57.5, 9);
  });

  it('a denominator of 0 gives null, never 0', () => {
    const r = g('乙').rates;
    expect(r.responseRate.value).toBeNull();
    expect(r.responseRate.ci).toBeNull();
    expect(r.onTimeRate.value).toBeNull();
    expect(r.reopenRate.value).toBeNull();
    expect(r.recurrenceRate.value).toBeNull();
    expect(r.closureRate.value).toBe(0);
    expect(r.rejectRate.value).toBe(0);
    expect(g('乙').score).toBeNull();
    expect(g('乙').insufficient).toBe(true);
    expect(g('乙').rank).toBeNull();
  });

  it('recurrence window end is inclusive and the start exclusive', () => {
    const closed = ACC + DAY_MS;
    const base = { address: '甲路1号', category: 'A/B' };
    const ts = [
      ticket({ id: 'a', ...base, closedAt: closed }),
      ticket({ id: 'b', ...base, acceptedAt: closed, closedAt: closed + DAY_MS }), // at closedAt: not after
      ticket({ id: 'c', ...base, category: 'A/C', acceptedAt: closed + DAY_MS * 5, closedAt: null }), // other category
      ticket({ id: 'd', ...base, acceptedAt: closed + DAY_MS * 31, closedAt: null }), // exactly 30 d after b closed
    ];
    const f = recurrenceFlags(table(ts), 30);
    expect([...f]).toEqual([0, 1, 0, 0]);
  });

  it('a ticket does not recur with itself even when closed before acceptance', () => {
    const f = recurrenceFlags(table([ticket({ address: 'x路', closedAt: ACC - DAY_MS })]), 30);
    expect(f[0]).toBe(0);
  });

  it('Wilson 95% intervals match published values', () => {
    const [lo, hi] = wilson(1, 2)!;
    expect(lo).toBeCloseTo(0.094531, 5);
    expect(hi).toBeCloseTo(0.905469, 5);
    expect(wilson(0, 10)![0]).toBe(0);
    expect(wilson(0, 10)![1]).toBeCloseTo(1.96 ** 2 / (10 + 1.96 ** 2), 12); // closed form for k = 0
    expect(wilson(10, 10)![1]).toBe(1);
    expect(wilson(0, 0)).toBeNull();
    expect(g('甲').rates.responseRate.ci![0]).toBeCloseTo(0.094531, 5);
  });
});

describe('ranking rules', () => {
  /** n evaluated tickets of `unit`, `sat` of them satisfied, all responded and resolved. */
  const unitTickets = (unit: string, unitType: Ticket['unitType'], n: number, sat: number): Ticket[] =>
    Array.from({ length: n }, (_, i) => ticket({ unit, unitType, satisfaction: i < sat ? '满意' : '不满意' }));

  it('orders by score, then evaluated, then key in code-point order; < 30 evaluated is insufficient', () => {
    const ts = [
      ...unitTickets('B单位', '区', 40, 40),
      ...unitTickets('A单位', '区', 30, 30), // same score as B, fewer evaluated → after B
      ...unitTickets('D单位', '区', 40, 20),
      ...unitTickets('C单位', '区', 40, 20), // tie with D on score and evaluated → C first
      ...unitTickets('E单位', '区', 29, 29), // insufficient
    ];
    const res = assess(table(ts), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
    expect(res.groups.map((x) => [x.key.unit, x.rank])).toEqual([
      ['B单位', 1], ['A单位', 2], ['C单位', 3], ['D单位', 4], ['E单位', null],
    ]);
    expect(res.groups[4]!.insufficient).toBe(true);
    // 4 ranked, N = 10: each list takes at most half, so they never overlap.
    expect(res.lists[0]!.red).toEqual([['B单位'], ['A单位']]);
    expect(res.lists[0]!.black).toEqual([['D单位'], ['C单位']]);
  });

  it('ranks units within their type; the type is the most frequent, ties to code-point order, none → 其他', () => {
    const ts = [
      ...unitTickets('甲', '区', 30, 30),
      ...unitTickets('乙', '街乡镇', 30, 10),
      // 丙: 15 区 and 15 街乡镇 → 区 (U+533A) before 街 (U+8857)
      ...unitTickets('丙', '区', 15, 15), ...unitTickets('丙', '街乡镇', 15, 15),
      ...unitTickets('丁', '', 30, 30),
    ];
    const res = assess(table(ts), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
    const by = Object.fromEntries(res.groups.map((x) => [x.key.unit, [x.unitType, x.rank]]));
    expect(by).toEqual({ 丙: ['区', 1], 甲: ['区', 2], 乙: ['街乡镇', 1], 丁: ['其他', 1] });
    // Evaluated 30 is enough; the 丙 tie (score 100, evaluated 30) with 甲 breaks on key: 丙 U+4E19 < 甲 U+7532.
    expect(res.groups.filter((x) => x.unitType === '区').map((x) => x.key.unit)).toEqual(['丙', '甲']);
  });

  it('district and street have one ranking; pairs and other keys are unranked', () => {
    const ts = [
      ...unitTickets('甲', '区', 30, 30).map((t) => ({ ...t, district: '东城区', street: '东华门' })),
      ...unitTickets('乙', '街乡镇', 30, 10).map((t) => ({ ...t, district: '西城区', street: '德胜' })),
    ];
    const tb = table(ts);
    const st = assess(tb, { from: FROM, to: TO, by: ['street'], rules: DEFAULT_RULES });
    expect(st.groups.map((x) => [x.key.street, x.rank])).toEqual([['东城区/东华门', 1], ['西城区/德胜', 2]]);
    const pair = assess(tb, { from: FROM, to: TO, by: ['unit', 'month'], rules: DEFAULT_RULES });
    expect(pair.groups.every((x) => x.rank === null)).toBe(true);
    expect(pair.groups.map((x) => x.key)).toEqual([{ unit: '乙', month: '2025-03' }, { unit: '甲', month: '2025-03' }]);
    const cat = assess(tb, { from: FROM, to: TO, by: ['category1'], rules: DEFAULT_RULES });
    expect(cat.groups.map((x) => [x.key.category1, x.rank])).toEqual([['城乡建设', null]]);
  });

  it('months are local (UTC+8): 2025-03-31 23:30 local is March', () => {
    const t = ticket({ acceptedAt: localToEpoch(2025, 3, 31, 23, 30) });
    const res = assess(table([t]), { from: FROM, to: TO, by: ['month'], rules: DEFAULT_RULES });
    expect(res.groups.map((x) => x.key.month)).toEqual(['2025-03']);
  });

  it('bands group adjacent ranks whose score intervals overlap the band head', () => {
    const ts = [
      ...unitTickets('甲', '区', 200, 200), ...unitTickets('乙', '区', 200, 198),
      ...unitTickets('丙', '区', 200, 20),
    ];
    const res = assess(table(ts), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
    expect(res.groups.map((x) => [x.key.unit, x.band])).toEqual([['甲', 1], ['乙', 1], ['丙', 2]]);
  });
});
