import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, STRIDE } from '@core/assess/compute';
import type { GroupKey } from '@core/assess/dimensions';
import { explain } from '@core/assess/explain';
import { RATE_NAMES } from '@core/assess/rates';
import { DEFAULT_RULES, type AssessRules } from '@core/assess/rules';
import { FROM, randomTickets, table, ticket, TO } from './factory';

const KEYS: GroupKey[] = ['unit', 'district', 'street', 'category1', 'month'];
const arbBy = fc.oneof(
  fc.constantFrom(...KEYS).map((k) => [k]),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS)).filter(([a, b]) => a !== b).map(([a, b]) => [a, b]),
) as fc.Arbitrary<GroupKey[]>;
const arbSeed = fc.integer({ min: 1, max: 1_000_000 });
const RUNS = { numRuns: 25 };

const strip = (r: ReturnType<typeof assess>) => JSON.stringify({ total: r.total, groups: r.groups, lists: r.lists });

describe('assessment properties', () => {
  it('shuffling the tickets changes nothing', () => {
    fc.assert(fc.property(arbSeed, arbBy, fc.integer(), (seed, by, shuf) => {
      const ts = randomTickets(seed, 300);
      const shuffled = fc.sample(fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length }), { seed: shuf, numRuns: 1 })[0]!;
      const a = assess(table(ts), { from: FROM, to: TO, by, rules: DEFAULT_RULES });
      const b = assess(table(shuffled), { from: FROM, to: TO, by, rules: DEFAULT_RULES });
      expect(strip(b)).toBe(strip(a));
    }), RUNS);
  });

  it('group counts add up to the total', () => {
    fc.assert(fc.property(arbSeed, arbBy, (seed, by) => {
      const res = assess(table(randomTickets(seed, 300)), { from: FROM, to: TO, by, rules: DEFAULT_RULES });
      const sum = new Array<number>(STRIDE).fill(0);
      for (const g of res.groups) {
        sum[0]! += g.dispatched;
        sum[1]! += g.evaluated;
        RATE_NAMES.forEach((r, k) => { sum[2 + 2 * k]! += g.rates[r].num; sum[3 + 2 * k]! += g.rates[r].den; });
      }
      const t = res.total;
      expect(sum).toEqual([t.dispatched, t.evaluated, ...RATE_NAMES.flatMap((r) => [t.rates[r].num, t.rates[r].den])]);
    }), RUNS);
  });

  it('adding one 不满意 ticket never raises 满意率 and never improves the unit rank', () => {
    fc.assert(fc.property(arbSeed, fc.nat(20), (seed, which) => {
      const ts = randomTickets(seed, 1200);
      const before = assess(table(ts), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
      const g = before.groups[which % before.groups.length]!;
      const extra = ticket({ unit: g.key.unit!, unitType: '', satisfaction: '不满意', responded: '', resolved: '', acceptedAt: FROM + 1000 });
      const after = assess(table([...ts, extra]), { from: FROM, to: TO, by: ['unit'], rules: DEFAULT_RULES });
      const h = after.groups.find((x) => x.key.unit === g.key.unit)!;
      const s0 = g.rates.satisfactionRate.value, s1 = h.rates.satisfactionRate.value!;
      if (s0 !== null) expect(s1).toBeLessThanOrEqual(s0);
      // With 满意率 already 0 the score cannot fall, and DOMAIN's tie-break on evaluated may lift the
      // unit past an equal score; the property is about a strictly falling 满意率.
      if (g.rank !== null && g.rates.satisfactionRate.num > 0) expect(h.rank).toBeGreaterThanOrEqual(g.rank);
    }), RUNS);
  });

  it('exempting a ticket removes it from every evaluated-based denominator (all of them when every base is evaluated)', () => {
    const allEval: AssessRules = { ...DEFAULT_RULES, bases: Object.fromEntries(RATE_NAMES.map((r) => [r, 'evaluated'])) as AssessRules['bases'] };
    fc.assert(fc.property(arbSeed, fc.nat(), fc.boolean(), (seed, pickIdx, everyBase) => {
      const ts = randomTickets(seed, 200);
      const tb = table(ts);
      const rules = everyBase ? allEval : DEFAULT_RULES;
      const base = { from: FROM, to: TO, by: ['unit'] as GroupKey[], rules };
      const id = ts[pickIdx % ts.length]!.id;
      const before = assess(tb, base);
      const after = assess(tb, { ...base, exemptIds: [id] });
      for (const m of [...RATE_NAMES, 'evaluated'] as const) {
        const e = explain(tb, { ...base, exemptIds: [id] }, [], m);
        if (m === 'evaluated' || rules.bases[m as (typeof RATE_NAMES)[number]] === 'evaluated') expect(e.denominatorIds).not.toContain(id);
      }
      expect(after.total.dispatched).toBe(before.total.dispatched);
      expect(after.total.evaluated).toBeLessThanOrEqual(before.total.evaluated);
    }), RUNS);
  });

  it('a rate is null exactly when its denominator is 0', () => {
    fc.assert(fc.property(arbSeed, arbBy, (seed, by) => {
      const res = assess(table(randomTickets(seed, 80)), { from: FROM, to: TO, by, rules: DEFAULT_RULES });
      for (const g of [res.total, ...res.groups]) {
        for (const r of RATE_NAMES) {
          const v = g.rates[r];
          if (v.den === 0) { expect(v.value).toBeNull(); expect(v.ci).toBeNull(); }
          else { expect(v.value).toBeGreaterThanOrEqual(0); expect(v.value).toBeLessThanOrEqual(1); expect(v.ci![0]).toBeLessThanOrEqual(v.value!); expect(v.ci![1]).toBeGreaterThanOrEqual(v.value!); }
        }
      }
    }), RUNS);
  });
});
