import { describe, expect, it } from 'vitest';
import { assess } from '@core/assess/compute';
import type { GroupKey } from '@core/assess/dimensions';
import { explain } from '@core/assess/explain';
import { RATE_NAMES } from '@core/assess/rates';
import { toReport } from '@core/assess/report';
import { DEFAULT_RULE_SET, DEFAULT_RULES } from '@core/assess/rules';
import { expectSameReport } from './compare-helpers';
import { FROM, randomTickets, table, ticket, TO } from './factory';
import { referenceAssess } from './reference';

const KEYS: GroupKey[] = ['unit', 'district', 'street', 'category1', 'month'];
const GROUPINGS: GroupKey[][] = [
  ...KEYS.map((k) => [k]),
  ...KEYS.flatMap((a) => KEYS.filter((b) => b !== a).map((b) => [a, b])),
];

describe('engine = independent reference (default-v1)', () => {
  for (const seed of [1, 2, 3]) {
    const tickets = randomTickets(seed, 1500);
    const t = table(tickets);
    for (const by of GROUPINGS) {
      it(`seed ${seed}, by ${by.join(',')}`, () => {
        const res = assess(t, { from: FROM, to: TO, by, rules: DEFAULT_RULES });
        const rep = toReport(res, DEFAULT_RULE_SET, { tickets: tickets.length, sha256: '' });
        const ref = referenceAssess(tickets, FROM, TO, by);
        expect(ref.groups.length).toBeGreaterThan(0);
        expectSameReport(rep, ref);
      });
    }
  }

  it('ranks some units and marks others insufficient on the random data', () => {
    // Add a small unit (5 tickets) so that both ranked and insufficient units exist.
    const tickets = [...randomTickets(7, 3000), ...Array.from({ length: 5 }, () => ticket({ unit: '小单位', unitType: '街乡镇' }))];
    const res = assess(table(tickets), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
    expect(res.groups.some((g) => g.rank === 1)).toBe(true);
    expect(res.groups.some((g) => g.insufficient)).toBe(true);
    expectSameReport(toReport(res, DEFAULT_RULE_SET, { tickets: 0, sha256: '' }), referenceAssess(tickets, FROM, TO, ['unit']));
  });

  it('agrees with exemption overrides', () => {
    const tickets = randomTickets(11, 1500);
    const ex = tickets.filter((_, i) => i % 9 === 0).map((x) => x.id);
    const res = assess(table(tickets), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES, exemptIds: ex });
    expectSameReport(toReport(res, DEFAULT_RULE_SET, { tickets: 0, sha256: '' }), referenceAssess(tickets, FROM, TO, ['unit'], ex));
  });

  it('explain() lists exactly the counted tickets of every figure', () => {
    const tickets = randomTickets(5, 1200);
    const t = table(tickets);
    for (const by of [['unit'], ['street', 'month']] as GroupKey[][]) {
      const params = { from: FROM, to: TO, by, rules: DEFAULT_RULES, exemptIds: [tickets[3]!.id, tickets[8]!.id] };
      const res = assess(t, params);
      for (const g of [res.total, ...res.groups.slice(0, 6)]) {
        for (const m of RATE_NAMES) {
          const e = explain(t, params, g.parts, m);
          expect(e.numerator.length, `${g.parts} ${m} num`).toBe(g.rates[m].num);
          expect(e.denominator.length, `${g.parts} ${m} den`).toBe(g.rates[m].den);
          expect(new Set(e.numeratorIds).size).toBe(e.numeratorIds.length);
          for (const id of e.numeratorIds) expect(e.denominatorIds).toContain(id);
        }
        expect(explain(t, params, g.parts, 'dispatched').denominator.length).toBe(g.dispatched);
        expect(explain(t, params, g.parts, 'evaluated').denominator.length).toBe(g.evaluated);
      }
    }
  });
});
