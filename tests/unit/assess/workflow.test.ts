import { describe, expect, it } from 'vitest';
import { compareResults } from '@core/assess/compare';
import { assess } from '@core/assess/compute';
import { approvedExemptionIds, decideExemption, requestExemption } from '@core/assess/exemptions';
import { calendarUnitOf, parsePeriod, periodContaining, periodLabel, previousPeriod, sameLastYear, trailingTwelveMonths } from '@core/assess/period';
import { DEFAULT_RULE_SET, DEFAULT_RULES } from '@core/assess/rules';
import { diffSnapshots, makeSnapshot, tableSha256, verifySnapshot } from '@core/assess/snapshot';
import { localToEpoch } from '@core/base/time/shanghai';
import { FROM, randomTickets, table, TO } from './factory';

const d = (y: number, m: number, day: number): number => localToEpoch(y, m, day);

describe('periods', () => {
  it('parses local midnights and refuses bad dates in Chinese', () => {
    expect(parsePeriod('2025-01-01', '2025-02-01')).toEqual({ from: d(2025, 1, 1), to: d(2025, 2, 1) });
    expect(() => parsePeriod('2025-02-30', '2025-03-01')).toThrow(/开始日期「2025-02-30」无效/);
    expect(() => parsePeriod('2025-03-01', '2025-03-01')).toThrow(/须晚于/);
  });
  it('month, quarter and year shortcuts, previous period and same period last year', () => {
    const t = localToEpoch(2025, 5, 17, 12);
    expect(periodContaining(t, 'quarter')).toEqual({ from: d(2025, 4, 1), to: d(2025, 7, 1) });
    expect(periodContaining(t, 'year')).toEqual({ from: d(2025, 1, 1), to: d(2026, 1, 1) });
    const mar = periodContaining(localToEpoch(2025, 3, 3), 'month');
    expect(calendarUnitOf(mar)).toBe('month');
    expect(previousPeriod(mar)).toEqual({ from: d(2025, 2, 1), to: d(2025, 3, 1) });
    expect(previousPeriod({ from: d(2025, 1, 1), to: d(2025, 4, 1) })).toEqual({ from: d(2024, 10, 1), to: d(2025, 1, 1) });
    expect(previousPeriod({ from: d(2025, 3, 10), to: d(2025, 3, 20) })).toEqual({ from: d(2025, 2, 28), to: d(2025, 3, 10) });
    expect(sameLastYear({ from: d(2024, 2, 29), to: d(2024, 3, 1) })).toEqual({ from: d(2023, 2, 28), to: d(2023, 3, 1) });
    expect(periodLabel({ from: d(2025, 4, 1), to: d(2025, 7, 1) })).toBe('2025年第2季度');
    expect(trailingTwelveMonths(mar)).toEqual({ from: d(2024, 4, 1), to: d(2025, 4, 1) });
  });
});

describe('comparison', () => {
  it('reports score and rank changes against the previous result', () => {
    const tb = table(randomTickets(4, 2000));
    const cur = assess(tb, { from: d(2025, 2, 1), to: d(2025, 3, 1), by: ['unit'], rules: DEFAULT_RULES });
    const prev = assess(tb, { from: d(2025, 1, 1), to: d(2025, 2, 1), by: ['unit'], rules: DEFAULT_RULES });
    const ch = compareResults(cur, prev);
    expect(ch).toHaveLength(cur.groups.length);
    ch.forEach((c, i) => {
      const g = cur.groups[i]!, p = prev.groups.find((x) => x.key.unit === g.key.unit);
      if (g.score !== null && p?.score != null) expect(c.scoreDelta).toBeCloseTo(g.score - p.score, 9);
      else expect(c.scoreDelta).toBeNull();
      if (g.rank !== null && p?.rank != null) expect(c.rankDelta).toBe(p.rank - g.rank);
    });
  });
});

describe('exemptions (核减)', () => {
  it('request → approve records every step and feeds the override set', () => {
    const r = requestExemption([], { ticket: 'T1', unit: '甲', reason: '重复来电已合并', by: '甲单位' }, 1);
    expect(r.status).toBe('pending');
    expect(() => requestExemption([r], { ticket: 'T1', unit: '甲', reason: '再次申请核减', by: 'x' }, 2)).toThrow(/已有待审核/);
    const ok = decideExemption(r, 'approve', '督办科', '属实', 3);
    expect(ok.steps.map((s) => s.action)).toEqual(['request', 'approve']);
    expect(r.status).toBe('pending');
    expect(() => decideExemption(ok, 'reject', '督办科', '不属实', 4)).toThrow(/已同意/);
    const r2 = requestExemption([ok], { ticket: 'T2', unit: '乙', reason: '非本单位职责', by: '乙' }, 5);
    expect(() => decideExemption(r2, 'reject', '督办科', '', 6)).toThrow(/须写明理由/);
    const no = decideExemption(r2, 'reject', '督办科', '职责清楚', 6);
    expect(approvedExemptionIds([ok, no])).toEqual(['T1']);
    expect(approvedExemptionIds([ok], 2)).toEqual([]);
    expect(() => requestExemption([], { ticket: 'T3', unit: '乙', reason: '短', by: '乙' }, 1)).toThrow(/核减理由/);
  });
});

describe('published snapshots', () => {
  it('freeze, verify, and recompute-and-compare', () => {
    const ts = randomTickets(9, 1500);
    const tb = table(ts);
    const ex = [ts[0]!.id];
    const res = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES, exemptIds: ex });
    const hash = tableSha256(tb);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tableSha256(table(ts))).toBe(hash);
    const snap = makeSnapshot(res, DEFAULT_RULE_SET, { title: '2025年第1季度考核', by: '督办科', at: 10, inputSha256: hash, exemptions: ex });
    expect(verifySnapshot(snap)).toBe(true);
    expect(snap.ruleSetVersion).toBe(1);
    const again = makeSnapshot(assess(table(ts), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES, exemptIds: ex }), DEFAULT_RULE_SET, { title: 'x', by: 'y', at: 20, inputSha256: tableSha256(table(ts)), exemptions: ex });
    const same = diffSnapshots(snap, again);
    expect(same.changes).toEqual([]);
    expect([same.inputChanged, same.ruleSetChanged, same.exemptionsChanged, same.sealValid]).toEqual([false, false, false, true]);

    // Flip the satisfaction of one evaluated ticket in scope: the recomputation must differ there.
    const k = ts.findIndex((t) => t.acceptedAt >= FROM && t.acceptedAt < TO && t.unit !== '' && t.status !== '已撤销'
      && t.exempted !== '是' && t.satisfaction !== '' && t.id !== ex[0]);
    const changed = ts.map((t, i) => (i === k ? { ...t, satisfaction: t.satisfaction === '不满意' ? '满意' as const : '不满意' as const } : t));
    const tb2 = table(changed);
    const fresh = makeSnapshot(assess(tb2, { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES, exemptIds: ex }), DEFAULT_RULE_SET, { title: 'x', by: 'y', at: 30, inputSha256: tableSha256(tb2), exemptions: ex });
    const diff = diffSnapshots(snap, fresh);
    expect(diff.inputChanged).toBe(true);
    expect(diff.changes.filter((c) => c.field === 'satisfactionRate.num').map((c) => c.parts)).toEqual([[], [ts[k]!.unit]]);
    const tampered = { ...snap, rows: snap.rows.map((r, i) => (i === 0 ? { ...r, score: 99 } : r)) };
    expect(verifySnapshot(tampered)).toBe(false);
    expect(diffSnapshots(tampered, again).sealValid).toBe(false);
  });
});
