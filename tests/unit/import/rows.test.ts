import { describe, expect, it } from 'vitest';
import { localToEpoch } from '@core/base/time/shanghai';
import { balanced, csv, runText } from './helpers';

const H = ['工单编号', '受理时间', '诉求类型', '派单时间', '紧急程度', '办理状态', '是否响应', '是否解决', '满意度', '是否核减', '退单次数', '重办次数', '单位类型', '联系电话'];
const ok = (id: string, over: Partial<Record<string, string>> = {}): string[] => {
  const base: Record<string, string> = {
    工单编号: id, 受理时间: '2024-05-01 10:00:00', 诉求类型: '投诉', 派单时间: '', 紧急程度: '一般', 办理状态: '已办结',
    是否响应: '是', 是否解决: '已解决', 满意度: '满意', 是否核减: '否', 退单次数: '0', 重办次数: '', 单位类型: '区', 联系电话: '13800138000',
  };
  return H.map((h) => over[h] ?? base[h]!);
};

describe('ticket row rules (DOMAIN.md section 2)', () => {
  it('rejects each kind of bad row with row, column, value and a Chinese reason', () => {
    const rows = [
      H,
      ok('A1'), // row 2 accepted
      ok(''), // 3: empty id
      ok('A3', { 受理时间: '' }), // 4
      ok('A4', { 受理时间: '2024-02-30 10:00:00' }), // 5: impossible date
      ok('A5', { 派单时间: '昨天' }), // 6
      ok('A6', { 诉求类型: '抱怨' }), // 7
      ok('A7', { 紧急程度: '很急' }), // 8
      ok('A8', { 办理状态: '完成' }), // 9
      ok('A9', { 是否响应: '有' }), // 10
      ok('A10', { 满意度: '还行' }), // 11
      ok('A11', { 是否核减: 'Y' }), // 12
      ok('A12', { 退单次数: '-1' }), // 13
      ok('A13', { 重办次数: '1.5' }), // 14
      ok('A14', { 单位类型: '部门' }), // 15
      ok('A15', { 是否解决: '解决了' }), // 16
      ok('A1'), // 17 duplicate
      ok('A16', { 受理时间: ' 2024年5月2日 ', 是否解决: '否', 紧急程度: ' 特急 ', 退单次数: '３' }), // 18 accepted
    ];
    const r = runText(csv(rows));
    const rep = r.report;
    expect(rep.rows).toBe(17);
    expect(rep.accepted).toBe(2);
    expect(rep.duplicates).toEqual([{ row: 17, id: 'A1' }]);
    expect(rep.rejected.map((x) => [x.row, x.column, x.value])).toEqual([
      [3, '工单编号', ''],
      [4, '受理时间', ''],
      [5, '受理时间', '2024-02-30 10:00:00'],
      [6, '派单时间', '昨天'],
      [7, '诉求类型', '抱怨'],
      [8, '紧急程度', '很急'],
      [9, '办理状态', '完成'],
      [10, '是否响应', '有'],
      [11, '满意度', '还行'],
      [12, '是否核减', 'Y'],
      [13, '退单次数', '-1'],
      [14, '重办次数', '1.5'],
      [15, '单位类型', '部门'],
      [16, '是否解决', '解决了'],
    ]);
    for (const x of rep.rejected) expect(x.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(rep.rejected[0]!.reason).toBe('工单编号为空');
    expect(rep.rejected[1]!.reason).toBe('受理时间为空');
    expect(rep.rejected[5]!.reason).toContain('一般、紧急、特急');
    expect(rep.rejected[13]!.reason).toContain('也接受 是、否');
    expect(balanced(rep)).toBe(true);
    const a16 = r.tickets[1]!;
    expect(a16.id).toBe('A16');
    expect(a16.acceptedAt).toBe(localToEpoch(2024, 5, 2));
    expect(a16.resolved).toBe('未解决');
    expect(a16.urgency).toBe('特急');
    expect(a16.rejectCount).toBe(3);
    expect(a16.reopenCount).toBeNull();
    expect(r.tickets[0]!.resolved).toBe('已解决');
  });

  it('reads every field of an accepted row with the right types', () => {
    const header = ['编号', '来电时间', '来源渠道', '类型', '问题分类', '内容', '所属区', '街乡镇', '事发地址', '诉求人', '电话', 'URGENCY', '主办单位', 'unit_type',
      'dispatched_at', '截止时间', '状态', 'closed_at', '答复内容', 'surveyed_at', '是否联系', '解决情况', '满意情况', '核减', 'reject_count', 'reopen_count'];
    const row = ['  X-1  ', '2024-01-02T03:04:05+08:00', '电话', '举报', '城乡建设/物业管理', ' 内容 有空格 ', '东城区', '东华门街道', '北京市东城区某路1号', '张三', '010-12345678',
      '紧急', '东华门街道办事处', '街乡镇', '2024-01-02 04:00', '2024/1/9 18:00', '已办结', '2024-01-05 12:00:00', '已处理', '2024-01-06', '是', '是', '基本满意', '否', '2', '0'];
    const r = runText(csv([header, row]));
    expect(r.report.accepted).toBe(1);
    const t = r.tickets[0]!;
    expect(t).toMatchObject({
      id: 'X-1', acceptedAt: localToEpoch(2024, 1, 2, 3, 4, 5), channel: '电话', kind: '举报', category: '城乡建设/物业管理', content: '内容 有空格',
      district: '东城区', street: '东华门街道', address: '北京市东城区某路1号', callerName: '张三', callerPhone: '010-12345678', urgency: '紧急',
      unit: '东华门街道办事处', unitType: '街乡镇', dispatchedAt: localToEpoch(2024, 1, 2, 4, 0), dueAt: localToEpoch(2024, 1, 9, 18, 0), status: '已办结',
      closedAt: localToEpoch(2024, 1, 5, 12), reply: '已处理', surveyedAt: localToEpoch(2024, 1, 6), responded: '是', resolved: '已解决',
      satisfaction: '基本满意', exempted: '否', rejectCount: 2, reopenCount: 0,
    });
    expect(Object.keys(t.extra)).toEqual([]);
  });

  it('counts blank records as rows (rejected for the empty id) but not the empty line after the final newline', () => {
    const text = '工单编号,受理时间\nA,2024-01-01\n\nB,2024-01-01\n,\n';
    const r = runText(text);
    expect(r.report.rows).toBe(4);
    expect(r.report.rejected.map((x) => x.row)).toEqual([3, 5]);
    expect(runText('工单编号,受理时间\nA,2024-01-01').report.rows).toBe(1);
    expect(runText('工单编号,受理时间\nA,2024-01-01\n\n').report.rows).toBe(2);
    expect(runText('工单编号,受理时间\r\n').report).toMatchObject({ rows: 0, accepted: 0 });
  });

  it('numbers rows by record, so quoted newlines do not shift later row numbers', () => {
    const r = runText('工单编号,受理时间,诉求内容\nA,2024-01-01,"一\n二\n三"\n,2024-01-01,x\n');
    expect(r.report.rejected).toEqual([{ row: 3, column: '工单编号', value: '', reason: '工单编号为空', code: 'import.idEmpty', params: {} }]);
    expect(r.tickets[0]!.content).toBe('一\n二\n三');
  });

  it('keeps cells beyond the header as extra fields named by position, and unknown columns as extra', () => {
    const r = runText('工单编号,受理时间,来电渠道备注,,备注\nA,2024-01-01,热线,无表头,说明,多1,,多3\n');
    const t = r.tickets[0]!;
    expect({ ...t.extra }).toEqual({ 来电渠道备注: '热线', 列4: '无表头', 备注: '说明', 列6: '多1', 列8: '多3' });
    expect(r.report.columns.map((c) => c.key)).toEqual(['id', 'acceptedAt', 'extra', 'extra', 'extra']);
  });

  it('restores phones a spreadsheet turned into numbers, with a warning, and keeps inexact ones as written', () => {
    const r = runText('工单编号,受理时间,联系电话\nA,2024-01-01,1.3800138123E10\nB,2024-01-01,1.38001381234E10\nC,2024-01-01,+86 138 0013 8000\n');
    expect(r.tickets.map((t) => t.callerPhone)).toEqual(['13800138123', '1.38001381234E10', '+86 138 0013 8000']);
    expect(r.report.warnings.map((w) => [w.row, w.column, w.value])).toEqual([[2, '联系电话', '1.3800138123E10'], [3, '联系电话', '1.38001381234E10']]);
    expect(r.report.warnings[0]!.message).toContain('13800138123');
  });

  it('treats a rejected row as not claiming its id: a later valid row with that id is accepted', () => {
    const r = runText('工单编号,受理时间\nA,坏时间\nA,2024-01-01\nA,2024-01-02\n');
    expect(r.report.rejected.map((x) => x.row)).toEqual([2]);
    expect(r.report.duplicates).toEqual([{ row: 4, id: 'A' }]);
    expect(r.tickets[0]!.acceptedAt).toBe(localToEpoch(2024, 1, 1));
  });

  it('compares enums after trimming and NFKC, and keeps text as written but trimmed', () => {
    const r = runText('工单编号,受理时间,满意度,诉求内容\nＡ１,2024-01-01,　满意　,  全角ＡＢＣ  \n');
    expect(r.tickets[0]).toMatchObject({ id: 'Ａ１', satisfaction: '满意', content: '全角ＡＢＣ' });
  });
});
