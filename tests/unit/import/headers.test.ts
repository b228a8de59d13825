import { describe, expect, it } from 'vitest';
import { matchHeader, preview } from '@core/data/import/index';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import { enc, runText } from './helpers';

describe('header matching', () => {
  it('matches every canonical header and alias after trimming, case-folding and NFKC', () => {
    for (const c of TICKET_COLUMNS) {
      expect(matchHeader(c.header, 'tickets')).toBe(c.key);
      for (const a of c.aliases) expect(matchHeader(` ${a.toUpperCase()} `, 'tickets')).toBe(c.key);
    }
    expect(matchHeader('ＴＩＣＫＥＴ＿ＩＤ', 'tickets')).toBe('id');
    expect(matchHeader('　受理时间　', 'tickets')).toBe('acceptedAt');
    expect(matchHeader('受理 时间', 'tickets')).toBeNull();
    expect(matchHeader('时间', 'events')).toBe('at');
    expect(matchHeader('时间', 'tickets')).toBeNull();
    expect(matchHeader('__proto__', 'tickets')).toBeNull();
  });

  it('refuses a file without the required columns, naming what is missing', () => {
    const r = runText('编号,内容\nA,x\n');
    expect(r.report.refused).toContain('受理时间');
    expect(r.report.refused).not.toContain('工单编号');
    expect(r.report).toMatchObject({ rows: 0, accepted: 0, rejected: [], duplicates: [] });
    expect(r.tickets).toEqual([]);
    const both = runText('a,b\n1,2\n');
    expect(both.report.refused).toContain('工单编号');
    expect(both.report.refused).toContain('受理时间');
    expect(runText('').report.refused).toContain('文件为空');
  });

  it('lets an explicit mapping override matching (key, extra, ignore)', () => {
    const text = '单号,日期,内容,备注\nA,2024-01-01,正文,附言\n';
    expect(runText(text).report.refused).toBeDefined();
    const r = runText(text, { mapping: { 单号: 'id', 日期: 'acceptedAt', 内容: 'extra', 备注: 'ignore' } });
    expect(r.report.refused).toBeUndefined();
    expect(r.report.columns.map((c) => c.key)).toEqual(['id', 'acceptedAt', 'extra', 'ignore']);
    expect(r.tickets[0]!.content).toBe('');
    expect({ ...r.tickets[0]!.extra }).toEqual({ 内容: '正文' });
    const bad = runText('工单编号,受理时间,x\nA,2024-01-01,1\n', { mapping: { x: 'nonsense' } });
    expect(bad.report.warnings[0]!.message).toContain('nonsense');
  });

  it('keeps a second column for the same key as extra, with a warning', () => {
    const r = runText('工单编号,受理时间,编号\nA,2024-01-01,B\n');
    expect(r.tickets[0]!.id).toBe('A');
    expect({ ...r.tickets[0]!.extra }).toEqual({ 编号: 'B' });
    expect(r.report.warnings).toHaveLength(1);
  });

  it('previews a CSV head without the cut last line', () => {
    const head = enc.encode('工单编号,受理时间,备注\nA,2024-01-01,x\nB,2024-01-02,y\nC,2024-0');
    const p = preview(head, { target: 'tickets' });
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', headers: ['工单编号', '受理时间', '备注'], missingRequired: [] });
    expect({ ...p.mapping }).toEqual({ 工单编号: 'id', 受理时间: 'acceptedAt', 备注: 'extra' });
    expect(p.rows).toEqual([['A', '2024-01-01', 'x'], ['B', '2024-01-02', 'y']]);
    expect(preview(head, { target: 'tickets', wholeFile: true }).rows).toHaveLength(3);
    expect(preview(enc.encode('a;b\n'), { target: 'events' }).missingRequired).toEqual(['工单编号', '时间', '动作']);
  });
});

describe('explicit mapping precedence', () => {
  it('gives a key to the column the user chose, even when an earlier column matches it by name', () => {
    const r = runText('工单编号,单号,受理时间\n旧编号,NEW-1,2024-01-01\n', { mapping: { 单号: 'id' } });
    expect(r.report.columns.map((c) => c.key)).toEqual(['extra', 'id', 'acceptedAt']);
    expect(r.tickets[0]!.id).toBe('NEW-1');
    expect({ ...r.tickets[0]!.extra }).toEqual({ 工单编号: '旧编号' });
  });
});
