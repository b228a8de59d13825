import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { preview, sniff } from '@core/data/import/index';
import { localToEpoch, toExcelSerial } from '@core/base/time/shanghai';
import { balanced, run, xlsx, type XCell } from './helpers';

const HEAD: XCell[] = ['工单编号', '受理时间', '联系电话', '是否响应', '退单次数', '诉求内容', '办结时间'];

describe('XLSX import', () => {
  const accepted = localToEpoch(2024, 3, 5, 14, 30);
  const rows: XCell[][] = [
    HEAD,
    ['X1', toExcelSerial(accepted), 13800138000, '是', 2, { t: 'inline', v: '内联 <文本> & "引号"' }, '2024-03-06 09:00:00'],
    [202403050002, '2024-03-05 15:00:00', '13900000000', '否', null, '共享字符串', toExcelSerial(localToEpoch(2024, 3, 7))],
    ['X3', { t: 'e', v: '#N/A' }, null, null, null, null, null],
    ['X4', toExcelSerial(accepted), 1.5, null, 1.5, null, null],
    ['X1', toExcelSerial(accepted), null, null, null, null, null],
    ['X5', toExcelSerial(accepted), null, { t: 'b', v: '0' }, null, null, null],
  ];

  it('reads shared and inline strings, numbers, serial dates, numeric phones, booleans and errors', () => {
    const bytes = xlsx(rows, { rowNumbers: [1, 2, 3, 5, 9, 10, 11] });
    expect(sniff(bytes, 'a.xlsx')).toEqual({ format: 'xlsx', encoding: 'utf-8', delimiter: ',' });
    const r = run(bytes, {}, [1000]);
    const rep = r.report;
    expect(rep.format).toBe('xlsx');
    expect(rep.delimiter).toBe('');
    expect(rep.rows).toBe(6);
    expect(balanced(rep)).toBe(true);
    expect(r.tickets.map((t) => t.id)).toEqual(['X1', '202403050002']);
    const [a, b] = r.tickets;
    expect(a).toMatchObject({ acceptedAt: accepted, callerPhone: '13800138000', responded: '是', rejectCount: 2, content: '内联 <文本> & "引号"', closedAt: localToEpoch(2024, 3, 6, 9) });
    expect(b).toMatchObject({ responded: '否', acceptedAt: localToEpoch(2024, 3, 5, 15), callerPhone: '13900000000', content: '共享字符串', closedAt: localToEpoch(2024, 3, 7) });
    // Row numbers come from the r attribute, not from the order of rows.
    expect(rep.rejected.map((x) => [x.row, x.column, x.value])).toEqual([
      [5, '受理时间', '#N/A'],
      [9, '退单次数', '1.5'],
      [11, '是否响应', 'FALSE'],
    ]);
    expect(rep.duplicates).toEqual([{ row: 10, id: 'X1' }]);
    expect(rep.warnings.map((w) => [w.row, w.column, w.value])).toEqual([[2, '联系电话', '13800138000'], [9, '联系电话', '1.5']]);
  });

  it('reads the first sheet of the workbook even when another sheet comes first in the ZIP', () => {
    const r = run(xlsx([HEAD, ['A', '2024-01-01']], { extraSheetFirstInZip: true }));
    expect(r.tickets.map((t) => t.id)).toEqual(['A']);
  });

  it('works without r attributes (positions follow each other)', () => {
    const r = run(xlsx([HEAD, ['A', '2024-01-01'], ['B', '2024-01-02']], { omitRefs: true }));
    expect(r.tickets.map((t) => t.id)).toEqual(['A', 'B']);
    expect(r.report.rejected).toEqual([]);
  });

  it('treats __proto__ and constructor headers as ordinary extra columns', () => {
    const r = run(xlsx([[...HEAD.slice(0, 2), '__proto__', 'constructor', 'toString'], ['A', '2024-01-01', 'p', 'c', 't']]));
    const t = r.tickets[0]!;
    expect(Object.keys(t.extra)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(t.extra['__proto__']).toBe('p');
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it('refuses a truncated or corrupt XLSX with a Chinese message instead of crashing', () => {
    const bytes = xlsx([HEAD, ...Array.from({ length: 200 }, (_, i): XCell[] => [`A${i}`, '2024-01-01', `内容${i}`])]);
    for (const cut of [10, 100, bytes.length >> 1, bytes.length - 30, bytes.length - 1]) {
      const r = run(bytes.subarray(0, cut), { fileName: 'x.xlsx' });
      expect(r.report.refused).toMatch(/XLSX/);
      expect(r.report.rows).toBe(0);
      expect(r.tickets).toEqual([]);
    }
    // Flip bytes inside the compressed sheet: inflate fails or yields garbage, never a throw.
    const bad = bytes.slice();
    for (let i = 200; i < 260; i++) bad[i] = bad[i]! ^ 0x5a;
    const r = run(bad);
    expect(r.report.refused !== undefined || balanced(r.report)).toBe(true);
  });

  it('refuses a legacy .xls and a ZIP that is not a workbook', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(run(ole, { fileName: 'a.xls' }).report.refused).toContain('.xls');
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(run(docx).report.refused).toContain('Word');
  });

  it('previews headers, mapping and first rows', () => {
    const p = preview(xlsx(rows), { target: 'tickets', maxRows: 2 });
    expect(p.format).toBe('xlsx');
    expect(p.headers).toEqual(HEAD);
    expect(p.mapping['联系电话']).toBe('callerPhone');
    expect(p.rows).toHaveLength(2);
    expect(p.rows[0]![0]).toBe('X1');
    expect(p.missingRequired).toEqual([]);
    expect(preview(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), { target: 'tickets' }).refused).toBeDefined();
  });
});

describe('XLSX title rows', () => {
  it('skips title rows above the header, with a warning, and numbers data rows by sheet row', () => {
    const r = run(xlsx([['2024年11月工单明细'], [null, '导出时间：2024-12-01'], HEAD, ['X1', '2024-01-01'], ['', '2024-01-01']]));
    expect(r.report.refused).toBeUndefined();
    expect(r.tickets.map((t) => t.id)).toEqual(['X1']);
    expect(r.report.rejected.map((x) => x.row)).toEqual([5]);
    expect(r.report.warnings[0]!.message).toContain('第 1、2 行不是表头');
  });

  it('still refuses, naming what the first row lacks, when no early row is a header', () => {
    const r = run(xlsx([['工单编号', '内容'], ...Array.from({ length: 8 }, (_, i): XCell[] => [`A${i}`, 'x'])]));
    expect(r.report.refused).toContain('受理时间');
    expect(r.report.refused).not.toContain('工单编号、');
    expect(r.report.columns.map((c) => c.header)).toEqual(['工单编号', '内容']);
    const few = run(xlsx([['标题'], ['工单编号', '内容']]));
    expect(few.report.refused).toContain('工单编号');
  });
});

describe('XLSX preview with a title row', () => {
  it('shows the header row, not the title', () => {
    const p = preview(xlsx([['2024年工单'], HEAD, ['X1', '2024-01-01']]), { target: 'tickets' });
    expect(p.headers).toEqual(HEAD);
    expect(p.rows).toEqual([['X1', '2024-01-01']]);
    expect(p.missingRequired).toEqual([]);
  });
});

describe('XLSX long numbers', () => {
  it('warns when a text cell holds a number too long to be exact', () => {
    const r = run(xlsx([HEAD.slice(0, 2), [2.024010100000001e17, '2024-01-01'], [12345, '2024-01-01']]));
    expect(r.tickets.map((t) => t.id)).toEqual([String(2.024010100000001e17), '12345']);
    expect(r.report.warnings.map((w) => [w.row, w.column])).toEqual([[2, '工单编号']]);
  });
});
