import { describe, expect, it } from 'vitest';
import { campaignOutcome, problemMonthCounts } from '@core/campaigns/outcome-count';
import { compileSelector } from '@core/campaigns/selector-match';
import { validateWhistle } from '@core/campaigns/whistle';
import { buildTicketTable, type TicketTable } from '@core/data/table/ticket-table';
import { DEMO_DEFAULTS, campaignSpecs, demoCampaigns, demoWhistles, generateCity, lastFullMonth } from '@core/demo/index';
import { analyzeHotspots } from '@core/hotspots/analyze';
import { monthIndexToString } from '@core/base/time/month-index';

const SHA = 'c'.repeat(64);
const source = (t: TicketTable) => ({ countsOf: (s: Parameters<typeof compileSelector>[1]) => problemMonthCounts(t, compileSelector(t, s)), inputSha256: SHA });

describe('demo campaigns at the welcome page size (200,000 tickets, seed 12345)', () => {
  const { tickets, events } = generateCity({ tickets: DEMO_DEFAULTS.tickets, seed: DEMO_DEFAULTS.seed });
  const table = buildTicketTable(tickets, events);
  const e = lastFullMonth('2026-10-31');

  it('the finished and evaluated campaigns worked: each main problem\'s seasonally adjusted effect is negative with its interval below 0', () => {
    const specs = campaignSpecs(e);
    for (const [c, p] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
      const spec = specs[c]!, prob = spec.problems[p]!;
      const o = campaignOutcome(table, prob.selector, spec.from, spec.to).outcome;
      expect(o.nullReasons, `${spec.theme} ${prob.title}`).toEqual({});
      expect(o.effect!, `${spec.theme} ${prob.title}`).toBeLessThan(-0.2);
      expect(o.effectCi![1], `${spec.theme} ${prob.title}`).toBeLessThan(0);
    }
    // The ongoing campaign's after window is not in the data yet: null figures, with the reason.
    const parking = specs[2]!;
    const o = campaignOutcome(table, parking.problems[0]!.selector, parking.from, parking.to).outcome;
    expect(o.after).toBeNull();
    expect(o.nullReasons.after).toMatch(/数据未覆盖 2026-12、2027-01、2027-02/);
  }, 120_000);

  it('the latest full month has a clear hotspot: 公共服务/供水 in 南湖区, concentrated in one week', () => {
    const a = analyzeHotspots(table, monthIndexToString(e), ['category2', 'district']);
    const g = a.report.groups[0]!;
    expect(g.key).toEqual({ category2: '公共服务/供水', district: '南湖区' });
    expect(g.hotspot).toBe(true);
    expect(g.z!).toBeGreaterThan(6);
    const weekly = a.weekly.values[0]!;
    expect(Math.max(...weekly)).toBeGreaterThan(0.5 * g.count);
    // The finished campaign's evaluation was recorded from these tickets.
    const d = demoCampaigns({}, source(table));
    expect(d.campaigns[0]!.evaluation!.conclusion).toMatch(/均显著下降/);
  }, 120_000);
});

describe('demo campaigns, whistles and hotspot at other sizes', () => {
  it.each([2_000, 3_000, 20_000])('a city of %i tickets still flags the water hotspot in its latest full month', (n) => {
    const { tickets } = generateCity({ tickets: n, seed: 7 });
    const g = analyzeHotspots(buildTicketTable(tickets), '2026-10', ['category2', 'district']).report.groups.find((x) => x.hotspot);
    expect(g?.key).toEqual({ category2: '公共服务/供水', district: '南湖区' });
  });

  it('a city ending mid-month puts its hotspot in the month before', () => {
    const { tickets } = generateCity({ tickets: 20_000, seed: 7, end: '2026-08-20' });
    expect(lastFullMonth('2026-08-20')).toBe(lastFullMonth('2026-07-31'));
    const groups = analyzeHotspots(buildTicketTable(tickets), '2026-07', ['category2', 'district']).report.groups;
    expect(groups.find((x) => x.hotspot)?.key).toEqual({ category2: '公共服务/供水', district: '南湖区' });
  });

  it('is deterministic: the same options and tickets give the same campaigns and whistles', () => {
    const a = generateCity({ tickets: 5_000, seed: 3 });
    const t = buildTicketTable(a.tickets);
    const x = demoCampaigns({}, source(t)), y = demoCampaigns({}, source(buildTicketTable(generateCity({ tickets: 5_000, seed: 3 }).tickets)));
    expect(JSON.stringify(y)).toBe(JSON.stringify(x));
    expect(JSON.stringify(demoWhistles({ tickets: 5_000, seed: 3 }))).toBe(JSON.stringify(demoWhistles({ tickets: 5_000, seed: 3 })));
    expect(JSON.stringify(demoWhistles({ tickets: 5_000, seed: 4 }))).not.toBe(JSON.stringify(demoWhistles({ tickets: 5_000, seed: 3 })));
  });

  it('whistles are valid records up to the data end, with report-ins of summoned units only', () => {
    const ws = demoWhistles({ tickets: 200_000, seed: 12345 });
    const end = new Date('2026-11-01T00:00:00+08:00').getTime();
    expect(ws.length).toBeGreaterThan(150);
    for (const w of ws) {
      expect(validateWhistle(w)).toEqual([]);
      expect(w.at).toBeLessThan(end);
      for (const r of w.reportIns) expect(r.at).toBeLessThan(end);
    }
    expect(new Set(ws.map((w) => w.id)).size).toBe(ws.length);
    expect(new Set(ws.map((w) => w.type))).toEqual(new Set(['日常', '攻坚', '应急']));
    expect(ws.some((w) => w.reportIns.length < w.summoned.length)).toBe(true);
    expect(ws.some((w) => w.reportIns.some((r) => r.at > w.deadline))).toBe(true);
  });

  it('short cities still get their campaigns, with null figures and reasons instead of an evaluation that cannot be computed', () => {
    const { tickets } = generateCity({ tickets: 2_000, seed: 1, months: 3, end: '2025-06-30' });
    const d = demoCampaigns({ end: '2025-06-30' }, source(buildTicketTable(tickets)));
    expect(d.campaigns.map((c) => c.status)).toEqual(['完成', '评估', '实施', '筹备']);
    const ev = d.campaigns[0]!.evaluation!;
    expect(ev.problems.every((p) => p.effect === null && Object.keys(p.nullReasons).length > 0)).toBe(true);
    expect(ev.conclusion).toMatch(/成效尚不能确认/);
  });
});
