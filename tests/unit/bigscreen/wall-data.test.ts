import { describe, expect, it } from 'vitest';
import type { AssessResult, GroupResult } from '@core/assess/compute';
import { parseLocalDate } from '@core/base/time/shanghai';
import { categoryTree } from '@renderer/features/bigscreen/data/category-tree';
import { campaignProgress, caseStages } from '@renderer/features/bigscreen/data/governance';
import { rankingsOf } from '@renderer/features/bigscreen/data/rankings';
import { pointsChange, trendOf } from '@renderer/features/bigscreen/data/wall-data';
import { wallPeriod } from '@renderer/features/bigscreen/data/wall-period';
import { seedCampaigns } from '../../helpers/campaign-seed';

describe('wall period', () => {
  it('reports on today when the data reaches it', () => {
    const now = Date.parse('2026-12-03T10:00:00+08:00');
    const p = wallPeriod(now, now - 3_600_000);
    expect(p).toMatchObject({ day: '2026-12-03', isToday: true, month: '2026-12', prevMonth: '2026-11' });
    expect(p.dayFrom).toBe(parseLocalDate('2026-12-03'));
    expect(p.monthTo).toBe(parseLocalDate('2027-01-01'));
    expect(p.trendMonths).toHaveLength(12);
    expect(p.trendMonths[0]).toBe('2026-01');
  });

  it('reports on the data\'s last day when the data ends before today', () => {
    const p = wallPeriod(Date.parse('2026-12-03T10:00:00+08:00'), Date.parse('2026-10-31T23:10:00+08:00'));
    expect(p).toMatchObject({ day: '2026-10-31', isToday: false, month: '2026-10', prevMonth: '2026-09' });
    expect(p.prevFrom).toBe(parseLocalDate('2026-09-01'));
    expect(p.trendFrom).toBe(parseLocalDate('2025-11-01'));
  });
});

const group = (over: Partial<GroupResult>): GroupResult => ({
  key: {}, parts: [], dispatched: 0, evaluated: 0, rates: {} as GroupResult['rates'], score: null, scoreCi: null, rank: null,
  insufficient: true, ranking: null, band: null, ...over,
});

describe('wall figures', () => {
  it('trend: one value per month, 0 tickets and null rates for a month without data', () => {
    const rate = (v: number | null) => ({ num: 0, den: v === null ? 0 : 1, value: v, ci: null });
    const rates = { responseRate: rate(0.9), resolutionRate: rate(0.8), satisfactionRate: rate(null) } as unknown as GroupResult['rates'];
    const byMonth = { groups: [group({ key: { month: '2026-10' }, parts: ['2026-10'], dispatched: 7, rates })] } as unknown as AssessResult;
    const t = trendOf(byMonth, ['2026-09', '2026-10']);
    expect(t.dispatched).toEqual([0, 7]);
    expect(t.rates.responseRate).toEqual([null, 0.9]);
    expect(t.rates.satisfactionRate).toEqual([null, null]);
    expect(pointsChange(0.9, 0.85)).toBeCloseTo(5);
    expect(pointsChange(null, 0.85)).toBeNull();
  });

  it('treemap: small category2 cells pooled into 其他, whole small category1 blocks left out', () => {
    const tree = categoryTree([
      { category1: '城乡建设', category2: '城乡建设/物业管理', count: 40 },
      { category1: '城乡建设', category2: '城乡建设/供水', count: 3 },
      { category1: '城乡建设', category2: '城乡建设/供电', count: 1 },
      { category1: '教育', category2: '教育/招生', count: 2 },
    ], 5, '其他');
    expect(tree).toEqual([{ name: '城乡建设', value: 44, children: [{ name: '物业管理', value: 40, label: '40' }, { name: '其他', value: 4, label: '<5' }] }]);
  });

  it('rankings: one list per unit type in the office\'s order', () => {
    const gs = [
      group({ ranking: '市级部门', parts: ['市公安局'] }), group({ ranking: '区', parts: ['东城区'] }),
      group({ ranking: null, unitType: '国有企业', parts: ['市自来水集团'] }), group({ ranking: '区', parts: ['西城区'] }),
    ];
    expect(rankingsOf(gs).map((r) => [r.name, r.groups.map((g) => g.parts[0])])).toEqual([
      ['区', ['东城区', '西城区']], ['市级部门', ['市公安局']], ['国有企业', ['市自来水集团']],
    ]);
  });

  it('chronic cases by stage in lifecycle order; open and overdue among the unfinished', () => {
    const s = caseStages([
      { status: '认定', deadline: '2026-10-01' }, { status: '督办', deadline: '2026-12-31' }, { status: '销号', deadline: '2026-01-01' },
      { status: '认定', deadline: '' },
    ], '2026-12-03');
    expect(s.stages.slice(0, 3)).toEqual([{ stage: '认定', count: 2 }, { stage: '会商', count: 0 }, { stage: '督办', count: 1 }]);
    expect(s.stages.find((x) => x.stage === '销号')!.count).toBe(1);
    expect(s).toMatchObject({ open: 3, overdue: 1, total: 4 });
  });

  it('campaigns: tasks done, open and overdue; running before finished; evaluated outcomes by problem', () => {
    const { campaigns, tasks } = seedCampaigns();
    const rows = campaignProgress(campaigns, tasks, '2026-10-20');
    expect(rows.map((r) => [r.id, r.status, r.tasks, r.done, r.overdue])).toEqual([['C-T1', '实施', 3, 1, 2], ['C-T2', '评估', 1, 1, 0]]);
    expect(rows[1]!.outcomes).toEqual([{ problem: '加装电梯审批慢', change: -1 / 3, effect: -0.25 }, { problem: '电梯运行维护', change: -0.1, effect: null }]);
    expect(rows[0]!.outcomes).toEqual([]);
  });
});
