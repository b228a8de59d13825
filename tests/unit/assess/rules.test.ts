import { describe, expect, it } from 'vitest';
import { assess } from '@core/assess/compute';
import { DEFAULT_RULE_SET, DEFAULT_RULES, parseRules, RulesError, validateRules } from '@core/assess/rules';
import { canonicalJson, newVersion, sha256Hex } from '@core/base/rules/versioned';
import { FROM, randomTickets, table, TO } from './factory';

describe('assessment rule sets', () => {
  it('default-v1 is valid, version 1, hashed from its body', () => {
    expect(validateRules(DEFAULT_RULES)).toEqual([]);
    expect(DEFAULT_RULE_SET.id).toBe('default-v1');
    expect(DEFAULT_RULE_SET.version).toBe(1);
    expect(DEFAULT_RULE_SET.sha256).toBe(sha256Hex(canonicalJson(DEFAULT_RULES)));
    expect(DEFAULT_RULES.score.terms).toEqual([
      { rate: 'responseRate', weight: 0.1 }, { rate: 'resolutionRate', weight: 0.45 }, { rate: 'satisfactionRate', weight: 0.45 },
    ]);
    expect(DEFAULT_RULES.minEvaluated).toBe(30);
  });

  it('rejects weights that do not sum to 1, with a Chinese message', () => {
    const bad = { ...DEFAULT_RULES, score: { scale: 100, terms: [{ rate: 'responseRate', weight: 0.5 }, { rate: 'satisfactionRate', weight: 0.4 }] } };
    const errs = validateRules(bad);
    expect(errs.join()).toContain('权重之和须为 1（当前为 0.9）');
  });

  it('rejects unknown indicators, fields and incomplete unit tiers', () => {
    const errs = validateRules({
      ...DEFAULT_RULES,
      indicators: ['responseRate', 'happiness'],
      score: { scale: 100, terms: [{ rate: 'happiness', weight: 1 }] },
      unitTiers: [{ name: '区县', types: ['区'] }],
      colour: 'red',
    });
    const text = errs.join('\n');
    expect(text).toContain('未知指标「happiness」');
    expect(text).toContain('未知字段「colour」');
    expect(text).toContain('不属于任何分档');
  });

  it('parseRules merges a partial body over default-v1 and recomputes the hash', () => {
    const rs = parseRules({ minEvaluated: 10 });
    expect(rs.body.minEvaluated).toBe(10);
    expect(rs.body.score).toEqual(DEFAULT_RULES.score);
    expect(rs.sha256).not.toBe(DEFAULT_RULE_SET.sha256);
    expect(() => parseRules({ minEvaluated: -1 })).toThrow(RulesError);
    expect(() => parseRules({ id: 'x', body: DEFAULT_RULES, sha256: 'abc' })).toThrow(/sha256 与内容不符/);
    const full = parseRules({ id: 'city-2025', version: 3, body: { ...DEFAULT_RULES } });
    expect([full.id, full.version, full.sha256]).toEqual(['city-2025', 3, DEFAULT_RULE_SET.sha256]);
  });

  it('editing makes a new version and leaves the old one untouched', () => {
    const v1 = DEFAULT_RULE_SET;
    const before = JSON.stringify(v1);
    const v2 = newVersion(v1, v1.id, { ...v1.body, minEvaluated: 50 }, 1000);
    expect(v2.version).toBe(2);
    expect(v2.sha256).not.toBe(v1.sha256);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('weights, inversion, minimum volume, tiers and bases change the result as the rules say', () => {
    const tb = table(randomTickets(3, 1500));
    const base = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
    const onlySat = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: { ...DEFAULT_RULES, score: { scale: 100, terms: [{ rate: 'satisfactionRate', weight: 1 }] } } });
    for (const g of onlySat.groups) expect(g.score).toBeCloseTo(100 * g.rates.satisfactionRate.value!, 9);
    const inv = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: { ...DEFAULT_RULES, score: { scale: 10, terms: [{ rate: 'rejectRate', weight: 1, invert: true }] } } });
    for (const g of inv.groups) expect(g.score).toBeCloseTo(10 * (1 - g.rates.rejectRate.value!), 9);
    const strict = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: { ...DEFAULT_RULES, minEvaluated: 100_000 } });
    expect(strict.groups.every((g) => g.insufficient && g.rank === null)).toBe(true);
    expect(base.groups.some((g) => g.rank !== null)).toBe(true);
    const oneTier = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: { ...DEFAULT_RULES, unitTiers: [{ name: '全部单位', types: ['区', '街乡镇', '市级部门', '国有企业', '其他'] }] } });
    const ranks = oneTier.groups.filter((g) => g.rank !== null).map((g) => g.rank);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    const dispatchedBase = assess(tb, { from: FROM, to: TO, by: ['unit'], rules: { ...DEFAULT_RULES, bases: { ...DEFAULT_RULES.bases, responseRate: 'dispatched' } } });
    expect(dispatchedBase.total.rates.responseRate.den).toBeGreaterThan(base.total.rates.responseRate.den);
  });
});
