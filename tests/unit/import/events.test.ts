import { describe, expect, it } from 'vitest';
import { localToEpoch } from '@core/base/time/shanghai';
import { balanced, csv, run, runText, xlsx } from './helpers';

describe('flow event files (DOMAIN.md section 3)', () => {
  it('accepts every valid row (no duplicates for events), rejects bad time or action, numbers seq in file order', () => {
    const text = csv([
      ['工单编号', '时间', '动作', '单位', '目标单位', '说明', '操作人'],
      ['T1', '2024-01-01 09:00', '派单', '市热线', '东城区', '', '甲'],
      ['T1', '2024-01-01 09:00', '派单', '市热线', '东城区', '重复也要', '甲'],
      ['T1', '2024-01-02 10:00', '退单', '东城区', '', '非本辖区', ''],
      ['', '2024-01-02 10:00', '签收', '', '', '', ''],
      ['T2', '明天', '签收', '', '', '', ''],
      ['T2', '2024-01-02 10:00', '签到', '', '', '', ''],
      ['T2', '2024-01-02 10:00', '', '', '', '', ''],
      ['T2', '2024-01-03T08:00:00Z', ' 办结 ', '西城区', '', '', ''],
    ]);
    const r = runText(text, { target: 'events' });
    const rep = r.report;
    expect(rep).toMatchObject({ rows: 8, accepted: 4, duplicates: [] });
    expect(balanced(rep)).toBe(true);
    expect(rep.rejected.map((x) => [x.row, x.column, x.value, x.reason.slice(0, 5)])).toEqual([
      [5, '工单编号', '', '工单编号为'],
      [6, '时间', '明天', '无法识别的'],
      [7, '动作', '签到', '无法识别的'],
      [8, '动作', '', '动作为空'],
    ]);
    expect(r.events).toEqual([
      { ticket: 'T1', at: localToEpoch(2024, 1, 1, 9), action: '派单', unit: '市热线', target: '东城区', note: '', seq: 0 },
      { ticket: 'T1', at: localToEpoch(2024, 1, 1, 9), action: '派单', unit: '市热线', target: '东城区', note: '重复也要', seq: 1 },
      { ticket: 'T1', at: localToEpoch(2024, 1, 2, 10), action: '退单', unit: '东城区', target: '', note: '非本辖区', seq: 2 },
      { ticket: 'T2', at: Date.UTC(2024, 0, 3, 8), action: '办结', unit: '西城区', target: '', note: '', seq: 7 },
    ]);
    expect(rep.warnings.some((w) => w.message.includes('操作人'))).toBe(true);
    expect(r.tickets).toEqual([]);
  });

  it('reads events from XLSX and refuses an event file without 动作', () => {
    const r = run(xlsx([['工单编号', '时间', '动作'], ['T1', 45000.5, '督办']]), { target: 'events' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.action).toBe('督办');
    expect(runText('工单编号,时间\nT1,2024-01-01\n', { target: 'events' }).report.refused).toContain('动作');
  });
});
