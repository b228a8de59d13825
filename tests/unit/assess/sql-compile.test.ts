/**
 * The assessment SQL compiler is driven by the rule data: weights, scale, satisfied values,
 * thresholds and windows travel as bind parameters, bases and score terms change the statement's
 * structure, and no default formula is written into it. (The statement's results are checked
 * against the in-memory engine on PostgreSQL in tests/integration/pg-engines.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { compileAssess } from '@core/assess/sql/compile-assess';
import { DEFAULT_RULES, parseRules } from '@core/assess/rules';
import { localToEpoch } from '@core/base/time/shanghai';

const FROM = localToEpoch(2026, 1, 1), TO = localToEpoch(2026, 4, 1);
const opts = { from: FROM, to: TO, by: ['unit' as const], useEvents: false };

describe('compileAssess', () => {
  it('passes weights, scale, satisfied values, minimum and window as parameters, not as SQL text', () => {
    const q = compileAssess(DEFAULT_RULES, opts);
    for (const literal of ['0.45', '0.1', '100', '30', '满意']) expect(q.text.includes(literal), literal).toBe(false);
    expect(q.params).toEqual(expect.arrayContaining([0.1, 0.45, 100, 30, 30 * 86_400, ['满意', '基本满意'], new Date(FROM).toISOString(), new Date(TO).toISOString()]));
  });

  it('follows a user rule set: its terms, inversions and bases shape the statement', () => {
    const custom = parseRules({
      bases: { satisfactionRate: 'dispatched', closureRate: 'evaluated' },
      satisfiedValues: ['满意'],
      score: { scale: 10, terms: [{ rate: 'closureRate', weight: 0.6 }, { rate: 'rejectRate', weight: 0.4, invert: true }] },
      minEvaluated: 5, recurrenceDays: 7,
    }).body;
    const q = compileAssess(custom, opts);
    expect(q.params).toEqual(expect.arrayContaining([0.6, 0.4, 10, 5, 7 * 86_400, ['满意']]));
    expect(q.text).toMatch(/\* r_closure\)/);
    expect(q.text).toMatch(/\(1 - r_reject\)/);
    expect(q.text).not.toMatch(/r_response\)/);
    // Bases: satisfaction counts every dispatched ticket now, closure only the evaluated ones.
    expect(q.text).toMatch(/FILTER \(WHERE n_satisfaction\) AS num_satisfaction/);
    expect(q.text).toMatch(/FILTER \(WHERE n_closure AND ev\) AS num_closure/);
    const d = compileAssess(DEFAULT_RULES, opts);
    expect(d.text).toMatch(/FILTER \(WHERE n_satisfaction AND ev\) AS num_satisfaction/);
    expect(d.text).toMatch(/FILTER \(WHERE n_closure\) AS num_closure/);
  });

  it('reads rejects and reopens from the flow events when the store has them', () => {
    expect(compileAssess(DEFAULT_RULES, { ...opts, useEvents: true }).text).toMatch(/LEFT JOIN ticket_flow f ON f.ticket = t.id/);
    expect(compileAssess(DEFAULT_RULES, opts).text).toMatch(/coalesce\(t\.reject_count, 0\)/);
  });

  it('groups by one or two keys, with the unit type only for units alone', () => {
    expect(compileAssess(DEFAULT_RULES, opts).text).toMatch(/GROUPING SETS \(\(g1\), \(\), \(g1, unit_type\)\)/);
    const pair = compileAssess(DEFAULT_RULES, { ...opts, by: ['street', 'month'] }).text;
    expect(pair).toMatch(/GROUPING SETS \(\(g1, g2\), \(\)\)/);
    expect(pair).toMatch(/t\.district \|\| '\/' \|\| t\.street AS g1/);
    expect(() => compileAssess(DEFAULT_RULES, { ...opts, by: [] })).toThrow(/一个或两个键/);
  });
});
