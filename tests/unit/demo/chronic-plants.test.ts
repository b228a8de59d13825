import { describe, expect, it } from 'vitest';
import { generateCity } from '@core/demo/index';
import { addressKey, categoryLevel } from '@core/base/text/normalize';
import { localToEpoch } from '@core/base/time/shanghai';
import { dispatchSequences, grams, jaccard, pingPong, r1Chains, r2Chains, r6Cases } from './rule-check';

const DAY = 86_400_000;
const END = localToEpoch(2026, 11, 1) - 1000;

describe.each([
  { n: 3_000, k: 4 },
  { n: 40_000, k: 6 },
])('planted chronic patterns in a city of $n tickets', ({ n, k }) => {
  const { tickets, events } = generateCity({ tickets: n, seed: 4242 });

  it(`R1: at least ${k} chains of ≥ 3 tickets at one address and category level 2 with gaps ≤ 90 days`, () => {
    const chains = r1Chains(tickets);
    expect(chains.length).toBeGreaterThanOrEqual(k);
    for (const c of chains) {
      expect(new Set(c.map((t) => addressKey(t.address) + categoryLevel(t.category, 2))).size).toBe(1);
      for (let i = 1; i < c.length; i++) expect(c[i]!.acceptedAt - c[i - 1]!.acceptedAt).toBeLessThanOrEqual(90 * DAY);
    }
  });

  it(`R2: at least ${k} repeat-caller chains (same phone, category level 1, gaps ≤ 30 days)`, () => {
    const chains = r2Chains(tickets);
    expect(chains.length).toBeGreaterThanOrEqual(k);
    // The same person calls: one name per chain.
    for (const c of chains) expect(new Set(c.map((t) => t.callerName)).size).toBe(1);
  });

  it(`R3: at least ${k} tickets reopened twice or more, with their 重办 events`, () => {
    const r3 = tickets.filter((t) => (t.reopenCount ?? 0) >= 2);
    expect(r3.length).toBeGreaterThanOrEqual(k);
    for (const t of r3) expect(events.filter((e) => e.ticket === t.id && e.action === '重办').length).toBe(t.reopenCount);
  });

  it(`R4: at least ${k} buck-passing tickets, both double rejects and A→B→A dispatch sequences`, () => {
    const seqs = dispatchSequences(events);
    const double = tickets.filter((t) => (t.rejectCount ?? 0) >= 2);
    const pp = tickets.filter((t) => pingPong(seqs.get(t.id) ?? []));
    expect(new Set([...double, ...pp]).size).toBeGreaterThanOrEqual(k);
    expect(double.length).toBeGreaterThan(0);
    expect(pp.length).toBeGreaterThan(0);
    // Some ping-pong happens through redispatch alone, without any 退单.
    expect(pp.some((t) => t.rejectCount === 0)).toBe(true);
  });

  it(`R5: at least ${k} open tickets more than 30 days past due at the data end`, () => {
    const r5 = tickets.filter((t) => t.closedAt === null && t.status !== '已撤销' && t.dueAt !== null && END - t.dueAt > 30 * DAY);
    expect(r5.length).toBeGreaterThanOrEqual(k);
    for (const t of r5) expect(['办理中', '延期中', '重办中', '待签收', '已退单']).toContain(t.status);
  });

  it(`R6: at least ${k} near-duplicate chains within a street`, () => {
    const cases = r6Cases(tickets, n > 10_000);
    expect(cases.length).toBeGreaterThanOrEqual(k);
    for (const c of cases) {
      expect(new Set(c.map((t) => t.street)).size).toBe(1);
      expect(jaccard(grams(c[0]!.content), grams(c[1]!.content))).toBeGreaterThan(0);
    }
  });
});

describe('natural noise stays below the planted signal', () => {
  it('does not drown R6 in accidental near-duplicates (exact check over all pairs of each street)', () => {
    const { tickets } = generateCity({ tickets: 10_000, seed: 4242 });
    // 10k tickets plant max(4, round(30 × 0.05)) = 4 R6 chains; accidental ones must stay rare.
    const cases = r6Cases(tickets, false);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(cases.length).toBeLessThanOrEqual(6);
  });

  it('does not drown R6 in a larger city either (pairs within one category)', () => {
    const { tickets } = generateCity({ tickets: 40_000, seed: 4242 });
    expect(r6Cases(tickets, true).length).toBeLessThan(20);
  });
});
