import { describe, expect, it } from 'vitest';
import { assess } from '@core/assess/compute';
import { DEFAULT_RULE_SET } from '@core/assess/rules';
import { verifySnapshot, type AssessSnapshot } from '@core/assess/snapshot';
import { localToEpoch } from '@core/base/time/shanghai';
import { assessComputation, type AssessBase, type DetailResponse, type ExplainResponse, type RankResponse } from '@renderer/engine/computations/assess';
import { randomTickets, table } from './factory';

const tickets = randomTickets(31, 3000);
const tb = table(tickets);
const base: AssessBase = { from: localToEpoch(2025, 3, 1), to: localToEpoch(2025, 4, 1), by: ['unit'], ruleSet: DEFAULT_RULE_SET, exemptIds: [] };

describe('engine computation "assess"', () => {
  it('rank: the result, 环比 against the previous month, 同比, and 12-month score lines', () => {
    const r = assessComputation(tb, { op: 'rank', ...base }) as RankResponse;
    expect(r.result.groups.length).toBeGreaterThan(0);
    expect(r.previous.map((c) => c.parts)).toEqual(r.result.groups.map((g) => g.parts));
    const feb = assess(tb, { from: localToEpoch(2025, 2, 1), to: localToEpoch(2025, 3, 1), by: ['unit'], rules: DEFAULT_RULE_SET.body });
    r.previous.forEach((c) => {
      const p = feb.groups.find((g) => g.parts[0] === c.parts[0]);
      expect(c.prevScore).toBe(p?.score ?? null);
    });
    expect(r.months).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    const g = r.result.groups.find((x) => x.score !== null)!;
    expect(r.sparklines[g.parts[0]!]![11]).toBeCloseTo(g.score!, 9);
  });

  it('explain: ids of a figure', () => {
    const r = assessComputation(tb, { op: 'rank', ...base }) as RankResponse;
    const g = r.result.groups[0]!;
    const e = assessComputation(tb, { op: 'explain', ...base, parts: g.parts, measure: 'satisfactionRate' }) as ExplainResponse;
    expect(e.numeratorIds).toHaveLength(g.rates.satisfactionRate.num);
    expect(e.denominatorIds).toHaveLength(g.rates.satisfactionRate.den);
  });

  it('detail: 12 months of one unit and its weakest categories and streets', () => {
    const unit = tickets.find((t) => t.unit !== '')!.unit;
    const d = assessComputation(tb, { op: 'detail', ...base, unit }) as DetailResponse;
    expect(d.months).toHaveLength(12);
    expect(d.categories.every((g) => g.parts[0] === unit)).toBe(true);
    const sat = d.streets.map((g) => g.rates.satisfactionRate.value!);
    expect(sat).toEqual([...sat].sort((a, b) => a - b));
  });

  it('snapshot: sealed with the table hash and the rule set version', () => {
    const s = assessComputation(tb, { op: 'snapshot', ...base, title: '三月', user: '管理员', at: 5 }) as AssessSnapshot;
    expect(verifySnapshot(s)).toBe(true);
    expect([s.ruleSetId, s.ruleSetVersion]).toEqual(['default-v1', 1]);
    expect(s.inputSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('engine computation "assess", bare request', () => {
  it('assesses with default-v1 when only by/from/to are given (by as text), over a wide period', () => {
    const r = assessComputation(tb, { by: 'unit,month', from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) }) as ReturnType<typeof assess>;
    const direct = assess(tb, { from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1), by: ['unit', 'month'], rules: DEFAULT_RULE_SET.body });
    expect(r.groups.length).toBeGreaterThan(10);
    expect(JSON.stringify(r.groups)).toBe(JSON.stringify(direct.groups));
    expect(r.total.dispatched).toBe(tickets.filter((t) => t.unit !== '' && t.status !== '已撤销').length);
    expect(() => assessComputation(tb, { by: 'colour' })).toThrow(/未知分组键/);
  });
});
