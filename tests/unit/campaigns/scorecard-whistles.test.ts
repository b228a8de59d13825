import { describe, expect, it } from 'vitest';
import { assess } from '@core/assess/compute';
import { DEFAULT_RULES } from '@core/assess/rules';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import type { Campaign, CampaignTask, ProgressReport } from '@core/campaigns/campaign';
import { campaignScorecard } from '@core/campaigns/scorecard';
import { scorecardRates } from '@core/campaigns/scorecard-rates';
import { closeWhistle, createWhistle, reportIn, validateWhistle, type Whistle } from '@core/campaigns/whistle';
import { bandOf, reportInRates, streetDispatchedByMonth, streetMonthTable, streetWhistleRates, validateBand } from '@core/campaigns/whistle-stats';
import { parseMonth } from '@core/base/time/month-index';
import { emptySelector } from '@core/campaigns/selector';
import { at, randomTickets, table, ticket } from './factory';
import { refMatches } from './reference';

const cal = workCalendar(BUILTIN_CALENDAR);
const campaign: Campaign = {
  id: 'C', theme: 't', type: '专项行动', from: '2024-03-01', to: '2025-03-01', leadUnit: '市住房城乡建设委',
  problems: [
    { id: 'P1', title: 'a', selector: { ...emptySelector(), categories: ['住房/物业管理'] }, leadUnit: '东城区', coUnits: [{ unit: '和平街道', role: '主责' }], cases: [], tickets: [] },
    { id: 'P2', title: 'b', selector: { ...emptySelector(), categories: ['交通管理'], kinds: ['投诉'] }, leadUnit: '市交通委', coUnits: [{ unit: '东城区', role: '配合' }], cases: [], tickets: [] },
  ],
  milestones: [], policies: [], status: '实施', evaluation: null, createdAt: 0, updatedAt: 0, closedAt: null,
};
const task = (id: string, unit: string, p: string | null, deadline: string, state: CampaignTask['state'], doneOn: string | null = null): CampaignTask => ({
  id, campaignId: 'C', problemId: p, unit, title: id, assignedOn: '2024-03-01', workingDays: 5, deadline, state, doneAt: doneOn ? 1 : null, doneOn, note: '',
});

describe('per-unit scorecard', () => {
  const tasks = [
    task('T1', '东城区', 'P1', '2024-04-01', 'done', '2024-04-01'), task('T2', '东城区', 'P1', '2024-04-01', 'done', '2024-04-02'),
    task('T3', '东城区', 'P2', '2025-06-01', 'open'), task('T4', '和平街道', 'P1', '2024-05-01', 'open'), task('T5', '和平街道', null, '2024-05-01', 'cancelled'),
    task('T6', '市交通委', 'P2', '2024-05-01', 'done', '2024-04-20'),
  ];
  const reports: ProgressReport[] = [
    { id: 'R1', campaignId: 'C', problemId: 'P1', taskId: 'T1', unit: '东城区', at: 5, by: 'x', text: 'x', evidence: [] },
    { id: 'R2', campaignId: 'C', problemId: null, taskId: null, unit: '东城区', at: 9, by: 'x', text: 'x', evidence: [] },
    { id: 'R3', campaignId: 'Other', problemId: null, taskId: null, unit: '东城区', at: 99, by: 'x', text: 'x', evidence: [] },
  ];
  const ts = randomTickets(3, 3000).map((t, i) => ({ ...t, responded: (['是', '否', ''] as const)[i % 3]!, resolved: (['已解决', '未解决', ''] as const)[i % 3]!, satisfaction: (['满意', '不满意', '基本满意', ''] as const)[i % 4]! }));
  const tb = table(ts);

  it('tallies tasks by standing and reports per unit, in campaign unit order', () => {
    const rows = campaignScorecard(cal, campaign, tasks, reports, '2024-06-01');
    expect(rows.map((r) => r.unit)).toEqual(['市住房城乡建设委', '东城区', '和平街道', '市交通委']);
    const d = rows[1]!;
    expect(d.roles).toEqual([{ problemId: 'P1', role: '牵头' }, { problemId: 'P2', role: '配合' }]);
    expect(d.tasks).toEqual({ total: 3, onTime: 1, late: 1, open: 1, overdue: 0, cancelled: 0 });
    expect(d.onTimeRate).toBe(0.5);
    expect([d.reports, d.lastReportAt]).toEqual([2, 9]);
    expect(rows[2]!.tasks).toEqual({ total: 2, onTime: 0, late: 0, open: 0, overdue: 1, cancelled: 1 });
    expect(rows[2]!.onTimeRate).toBe(0);
    expect(rows[0]!).toMatchObject({ onTimeRate: null, reports: 0, rates: null, byProblem: [] });
  });

  it("takes each unit's 三率 from the assessment restricted to the problems' tickets in the period", () => {
    const rates = scorecardRates(tb, campaign, DEFAULT_RULES);
    const inPeriod = (t: (typeof ts)[number]) => t.acceptedAt >= at('2024-03-01') && t.acceptedAt < at('2025-03-01');
    const mine = ts.filter((t) => inPeriod(t) && campaign.problems.some((p) => refMatches(p.selector, t)));
    const direct = assess(table(mine), { from: at('2024-03-01'), to: at('2025-03-01'), by: ['unit'], rules: DEFAULT_RULES });
    for (const g of direct.groups) {
      const r = rates.all[g.key.unit!]!;
      expect([r.dispatched, r.evaluated]).toEqual([g.dispatched, g.evaluated]);
      expect(r.satisfactionRate).toEqual(g.rates.satisfactionRate);
      expect(r.responseRate).toEqual(g.rates.responseRate);
      expect(r.resolutionRate).toEqual(g.rates.resolutionRate);
    }
    expect(Object.keys(rates.all).sort()).toEqual(direct.groups.map((g) => g.key.unit!).sort());
    const p2 = ts.filter((t) => inPeriod(t) && refMatches(campaign.problems[1]!.selector, t) && t.unit === '东城区').length;
    expect(rates.byProblem.P2!['东城区']?.dispatched ?? 0).toBe(p2);
    const rows = campaignScorecard(cal, campaign, tasks, reports, '2024-06-01', rates);
    expect(rows[1]!.rates).toEqual(rates.all['东城区']);
    expect(rows[1]!.byProblem.map((b) => b.problemId)).toEqual(['P1', 'P2']);
  });
});

const base = (over: Partial<Whistle> = {}): Whistle => {
  const r = createWhistle({ id: 'W1', street: '东城区/和平街道', type: '攻坚', reason: '需要综合执法', matter: '占道经营', at: at('2025-03-03 10:00'), deadline: at('2025-03-04 10:00'), summoned: ['市城管执法局', '市公安局'], by: '值班员', ...over });
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('whistles (吹哨报到)', () => {
  it('validates street, type, reason, deadline, summoned units and report-ins in Chinese', () => {
    expect(validateWhistle(base())).toEqual([]);
    expect(createWhistle({ ...base(), street: '和平街道' })).toMatchObject({ ok: false, reason: expect.stringMatching(/须写成「区\/街道」/) });
    expect(validateWhistle({ ...base(), type: '紧急' })[0]).toMatch(/日常、攻坚、应急/);
    expect(validateWhistle({ ...base(), reason: '其他' })[0]).toMatch(/问题超出街乡解决能力、需要综合执法、应急处置/);
    expect(validateWhistle({ ...base(), deadline: at('2025-03-03 10:00') })).toContain('报到时限须晚于吹哨时间');
    expect(validateWhistle({ ...base(), summoned: [] })).toContain('至少要召集一个单位报到');
    expect(validateWhistle({ ...base(), summoned: ['a', 'a'] })).toContain('被召集单位有重复');
    expect(validateWhistle({ ...base(), reportIns: [{ unit: '市交通委', at: at('2025-03-03 11:00'), note: '' }] })).toContain('单位「市交通委」未被召集，不能报到');
    expect(validateWhistle({ ...base(), outcome: '好', closedAt: null })).toContain('有处置结果的吹哨须有办结时间');
    expect(validateWhistle('x')).toEqual(['吹哨记录须为对象']);
  });

  it('report-ins once per summoned unit, not before the whistle nor after closing', () => {
    let w = base();
    const r1 = reportIn(w, '市城管执法局', at('2025-03-03 11:00'));
    if (!r1.ok) throw new Error(r1.reason);
    w = r1.value;
    expect(reportIn(w, '市城管执法局', at('2025-03-03 12:00'))).toEqual({ ok: false, reason: '单位「市城管执法局」已经报到过' });
    expect(reportIn(w, '市交通委', at('2025-03-03 12:00'))).toMatchObject({ ok: false, reason: expect.stringMatching(/未被召集/) });
    expect(reportIn(w, '市公安局', at('2025-03-03 09:00'))).toMatchObject({ ok: false, reason: expect.stringMatching(/早于吹哨时间/) });
    const closed = closeWhistle(w, '已联合执法', at('2025-03-05 10:00'));
    if (!closed.ok) throw new Error(closed.reason);
    expect(reportIn(closed.value, '市公安局', at('2025-03-05 11:00'))).toEqual({ ok: false, reason: '该吹哨已办结，不能再报到' });
    expect(closeWhistle(w, ' ', at('2025-03-05 10:00'))).toEqual({ ok: false, reason: '请填写处置结果' });
  });

  it('吹哨率 = whistles ÷ dispatched tickets of the street × 1,000 with the band; null without tickets', () => {
    const ts = [
      ...Array.from({ length: 1500 }, (_, i) => ticket({ acceptedAt: at(`2025-0${3 + (i % 2)}-10 10:00`), district: '东城区', street: '和平街道' })),
      ...Array.from({ length: 400 }, () => ticket({ acceptedAt: at('2025-03-10 10:00'), district: '东城区', street: '建设街道' })),
      ticket({ acceptedAt: at('2025-03-10 10:00'), district: '东城区', street: '建设街道', unit: '' }),
      ticket({ acceptedAt: at('2025-03-10 10:00'), district: '东城区', street: '建设街道', status: '已撤销' }),
    ];
    const counts = streetDispatchedByMonth(table(ts), parseMonth('2025-03'), parseMonth('2025-04'));
    expect(counts).toEqual([
      { street: '东城区/和平街道', month: '2025-03', dispatched: 750 }, { street: '东城区/和平街道', month: '2025-04', dispatched: 750 },
      { street: '东城区/建设街道', month: '2025-03', dispatched: 400 },
    ]);
    const ws = [
      base({ id: 'a', at: at('2025-03-03 10:00'), deadline: at('2025-03-04 10:00') }),
      base({ id: 'b', at: at('2025-04-03 10:00'), deadline: at('2025-04-04 10:00') }),
      base({ id: 'c', street: '东城区/建设街道', at: at('2025-03-05 10:00'), deadline: at('2025-03-05 11:00'), type: '应急', reason: '应急处置' }),
      base({ id: 'd', street: '东城区/建设街道', at: at('2025-03-06 10:00'), deadline: at('2025-03-07 10:00') }),
      base({ id: 'e', street: '南湖区/湖滨街道', at: at('2025-03-06 10:00'), deadline: at('2025-03-07 10:00') }),
      base({ id: 'f', at: at('2025-05-01 10:00'), deadline: at('2025-05-02 10:00') }),
    ];
    const rates = streetWhistleRates(ws, counts, at('2025-03-01'), at('2025-05-01'), { low: 1.5, high: 4 });
    expect(rates.map((r) => [r.street, r.whistles, r.dispatched, r.rate, r.band])).toEqual([
      ['东城区/建设街道', 2, 400, 5, 'high'], ['东城区/和平街道', 2, 1500, 2 / 1.5, 'low'], ['南湖区/湖滨街道', 1, 0, null, null],
    ]);
    expect(rates[0]!.byType).toEqual({ 应急: 1, 攻坚: 1 });
    expect(bandOf(1.5, { low: 1.5, high: 4 })).toBe('healthy');
    expect(bandOf(4, { low: 1.5, high: 4 })).toBe('healthy');
    expect(validateBand({ low: 5, high: 2 })).toContain('健康区间上限须大于下限');
    const sm = streetMonthTable(ws, counts, parseMonth('2025-03'), parseMonth('2025-05'));
    expect(sm.months).toEqual(['2025-03', '2025-04', '2025-05']);
    const hp = sm.rows.find((r) => r.street === '东城区/和平街道')!;
    expect(hp.cells.map((c) => [c.whistles, c.dispatched, c.rate])).toEqual([[1, 750, 1000 / 750], [1, 750, 1000 / 750], [1, 0, null]]);
    expect(hp.total).toMatchObject({ whistles: 3, dispatched: 1500, rate: 2 });
  });

  it('on-time report-in rate per unit: report-ins at or before the deadline ÷ summons; late and missing counted', () => {
    const w1 = base({ id: 'a' });
    const w2 = base({ id: 'b', at: at('2025-03-10 10:00'), deadline: at('2025-03-10 11:00') });
    let a = w1;
    for (const [u, t] of [['市城管执法局', '2025-03-04 10:00'], ['市公安局', '2025-03-04 10:01']] as const) { const r = reportIn(a, u, at(t)); if (!r.ok) throw new Error(r.reason); a = r.value; }
    const r2 = reportIn(w2, '市公安局', at('2025-03-10 10:30'));
    if (!r2.ok) throw new Error(r2.reason);
    const rows = reportInRates([a, r2.value], at('2025-03-01'), at('2025-04-01'));
    // Equal rates: by unit name (公 U+516C before 城 U+57CE).
    expect(rows).toEqual([
      { unit: '市公安局', summons: 2, onTime: 1, late: 1, missing: 0, rate: 0.5 },
      { unit: '市城管执法局', summons: 2, onTime: 1, late: 0, missing: 1, rate: 0.5 },
    ]);
    expect(reportInRates([a], at('2025-04-01'), at('2025-05-01'))).toEqual([]);
  });
});
