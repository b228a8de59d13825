import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { TableBuilder, type StoreTable } from '@core/data/store/store-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { verifyCampaignTimeline } from '@core/campaigns/timeline';
import { createWhistle } from '@core/campaigns/whistle';
import { generateCity } from '@core/demo/index';
import {
  campaignComputation, type DemoResponse, type OutcomeResponse, type PreviewResponse, type WhistleStatsResponse,
} from '@renderer/engine/computations/campaign';
import type { ScorecardRow } from '@core/campaigns/scorecard';
import { at, randomTickets, ticket } from '../campaigns/factory';
import { refMatches, refOutcome } from '../campaigns/reference';

function build(ts: readonly Ticket[]): StoreTable {
  const b = new TableBuilder();
  for (const t of ts) b.append(t);
  return b.finish();
}

const tickets = [
  ...randomTickets(11, 3000),
  ticket({ id: 'NEW1', acceptedAt: '2025-06-30 23:00', category: '住房/物业管理/停车管理', content: '车位被占，联系电话13812345678，请回电', district: '东城区', street: '和平街道' }),
  ticket({ id: 'NEW2', acceptedAt: '2025-06-30 22:00', category: '住房/物业管理', content: '加装电梯', district: '东城区', street: '和平街道' }),
];
const tb = build(tickets);
const run = <T>(p: unknown): T => campaignComputation(tb, p) as T;
const SEL = { categories: ['住房/物业管理'], districts: ['东城区'] };

describe('engine computation "campaign"', () => {
  it('preview: matches per covered month, the newest matches masked as the grid shows them, warnings; a bad selector as data', () => {
    const p = run<PreviewResponse>({ op: 'preview', selector: { ...SEL, districts: ['东城区', '火星区'] }, samples: 3 });
    if (!p.ok) throw new Error(p.reason);
    const want = tickets.filter((t) => refMatches(p.selector, t));
    expect(p.total).toBe(want.length);
    expect(p.months.reduce((s, m) => s + m.count, 0)).toBe(want.length);
    expect(p.months.map((m) => m.month)).toEqual([...new Set(tickets.map((t) => new Date(t.acceptedAt + 8 * 3600_000).toISOString().slice(0, 7)))].sort());
    expect(p.samples.map((s) => s.id)).toEqual(['NEW1', 'NEW2', [...want].sort((a, b) => b.acceptedAt - a.acceptedAt)[2]!.id]);
    expect(p.samples[0]!.content).toBe('车位被占，联系电话138****5678，请回电');
    expect(p.warnings).toEqual([{ field: 'districts', value: '火星区' }]);
    expect(run<PreviewResponse>({ op: 'preview', selector: { kinds: ['咨讯'] } })).toEqual({ ok: false, reason: expect.stringMatching(/「咨讯」不是诉求类型/) });
  });

  it('outcome: the section 8 JSON of the CLI, the causes of nulls as data and the windows as months', () => {
    const r = run<OutcomeResponse>({ op: 'outcome', selector: SEL, from: '2025-02-01', to: '2025-04-15', windowMonths: 2 });
    const ref = refOutcome(tickets, r.outcome.selector, '2025-02-01', '2025-04-15', 2);
    expect(r.outcome.months).toEqual(ref.months);
    expect([r.outcome.before, r.outcome.after, r.outcome.beforeLastYear, r.outcome.afterLastYear]).toEqual([ref.before, ref.after, ref.beforeLastYear, ref.afterLastYear]);
    expect(r.windows).toEqual({
      before: ['2024-12', '2025-01'], after: ['2025-05', '2025-06'], beforeLastYear: ['2023-12', '2024-01'], afterLastYear: ['2024-05', '2024-06'],
      campaign: ['2025-02', '2025-03', '2025-04'], range: ['2023-12', '2025-06'],
    });
    expect(() => run({ op: 'outcome', selector: SEL, from: '2025-02-01', to: '2025-01-01' })).toThrow(/须晚于开始日期/);
    expect(() => run({ op: 'outcome', selector: [], from: '2025-02-01', to: '2025-04-01' })).toThrow(/须为 JSON 对象/);
  });

  it('matchIds: the ids of a problem in a period, in row order', () => {
    const ids = run<string[]>({ op: 'matchIds', selector: SEL, from: at('2025-01-01'), to: at('2025-02-01') });
    expect(ids).toEqual(tickets.filter((t) => t.acceptedAt >= at('2025-01-01') && t.acceptedAt < at('2025-02-01') && refMatches({ ...SEL, streets: [], kinds: [], keywords: [] }, t)).map((t) => t.id));
    expect(ids.length).toBeGreaterThan(10);
  });

  it('scorecard: task tallies and each unit\'s 三率 on the problems\' tickets', () => {
    const campaign = {
      id: 'C', theme: 't', type: '专项行动', from: '2024-06-01', to: '2025-06-01', leadUnit: '市住房城乡建设委', status: '实施', evaluation: null,
      createdAt: 0, updatedAt: 0, closedAt: null, milestones: [], policies: [],
      problems: [{ id: 'P1', title: 'p', selector: { ...SEL, streets: [], kinds: [], keywords: [] }, leadUnit: '和平街道', coUnits: [], cases: [], tickets: [] }],
    };
    const rows = run<ScorecardRow[]>({ op: 'scorecard', campaign, tasks: [], reports: [], today: '2025-06-01' });
    expect(rows.map((r) => r.unit)).toEqual(['市住房城乡建设委', '和平街道']);
    const handled = tickets.filter((t) => t.unit === '和平街道' && t.acceptedAt >= at('2024-06-01') && t.acceptedAt < at('2025-06-01') && refMatches(campaign.problems[0]!.selector, t));
    expect(rows[1]!.rates!.dispatched).toBe(handled.length);
    expect(rows[1]!.byProblem[0]!.rates!.dispatched).toBe(handled.length);
  });

  it('whistleStats: per street, per unit and street × month, with the band checked', () => {
    const w = createWhistle({ id: 'W', street: '东城区/和平街道', type: '日常', reason: '需要综合执法', matter: 'm', at: at('2025-03-03 10:00'), deadline: at('2025-03-05 10:00'), summoned: ['市公安局'], by: 'b' });
    if (!w.ok) throw new Error(w.reason);
    const r = run<WhistleStatsResponse>({ op: 'whistleStats', whistles: [w.value], from: at('2025-03-01'), to: at('2025-04-01') });
    const hp = r.streets.find((s) => s.street === '东城区/和平街道')!;
    const dispatched = tickets.filter((t) => t.district === '东城区' && t.street === '和平街道' && t.unit !== '' && t.status !== '已撤销' && t.acceptedAt >= at('2025-03-01') && t.acceptedAt < at('2025-04-01')).length;
    expect(hp).toMatchObject({ whistles: 1, dispatched });
    expect(hp.rate).toBeCloseTo(1000 / dispatched, 9);
    expect(r.units).toEqual([{ unit: '市公安局', summons: 1, onTime: 0, late: 0, missing: 1, rate: 0 }]);
    expect(r.streetMonths.months).toEqual(['2025-03']);
    expect(() => run({ op: 'whistleStats', whistles: [], from: 0, to: 1, band: { low: 3, high: 1 } })).toThrow(/上限须大于下限/);
  });

  it('refuses an unknown op in Chinese', () => {
    expect(() => run({ op: 'nope' })).toThrow('未知的专项行动计算请求');
  });
});

describe('engine computation "campaign", demo', () => {
  const city = generateCity({ tickets: 20_000, seed: 12345 });
  const table = build(city.tickets);
  const demo = campaignComputation(table, { op: 'demo', tickets: 20_000, seed: 12345 }) as DemoResponse;

  it('gives four campaigns in every state with intact timelines and evidence bytes matching their hashes', () => {
    expect(demo.campaigns.map((c) => [c.id, c.status])).toEqual([['ZX-2026-01', '完成'], ['ZX-2026-02', '评估'], ['ZX-2026-03', '实施'], ['ZX-2026-04', '筹备']]);
    for (const c of demo.campaigns) {
      const tl = demo.events.filter((e) => e.campaignId === c.id);
      expect(verifyCampaignTimeline(tl)).toBeNull();
      expect(tl.at(-1)!.at).toBeLessThanOrEqual(demo.now);
    }
    expect(demo.evidence.length).toBeGreaterThan(10);
    for (const e of demo.evidence) expect(bytesToHex(sha256(e.bytes))).toBe(e.ref.sha256);
    const refs = new Set(demo.reports.flatMap((r) => r.evidence.map((x) => x.sha256)));
    expect([...refs].every((s) => demo.evidence.some((e) => e.ref.sha256 === s))).toBe(true);
    expect(demo.whistles.length).toBeGreaterThanOrEqual(24);
    expect(demo.whistles.some((w) => w.campaignId === 'ZX-2026-01')).toBe(true);
  });

  it("records the finished campaign's evaluation with the figures the outcome op gives for its problems", () => {
    const done = demo.campaigns[0]!;
    for (const p of done.problems) {
      const o = campaignComputation(table, { op: 'outcome', selector: p.selector, from: done.from, to: done.to, windowMonths: 3 }) as OutcomeResponse;
      const ev = done.evaluation!.problems.find((x) => x.problemId === p.id)!;
      expect([ev.before, ev.after, ev.effect, ev.effectCi]).toEqual([o.outcome.before, o.outcome.after, o.outcome.effect, o.outcome.effectCi]);
    }
    // The ongoing campaign has overdue tasks on the demo's last day, the one in 筹备 none yet.
    const ongoing = demo.tasks.filter((t) => t.campaignId === 'ZX-2026-03');
    expect(ongoing.some((t) => t.state === 'open' && t.deadline < '2026-10-31')).toBe(true);
    expect(demo.tasks.some((t) => t.campaignId === 'ZX-2026-04')).toBe(false);
  });
});
