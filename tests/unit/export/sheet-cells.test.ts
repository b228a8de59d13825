import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { rowToSheetCells, sheetDateColumns } from '@core/data/export/sheet-cells';
import type { ExportColumn } from '@core/data/export/view-cells';
import { localToEpoch, toExcelSerial } from '@core/base/time/shanghai';
import { writeXlsx } from '@core/data/xlsx/write-xlsx';

const cols: ExportColumn[] = [
  { key: 'id', header: '工单编号', type: 'text' },
  { key: 'acceptedAt', header: '受理时间', type: 'datetime' },
  { key: 'content', header: '诉求内容', type: 'text' },
  { key: 'rejects', header: '退单次数', type: 'count' },
];

describe('rowToSheetCells', () => {
  const at = localToEpoch(2025, 3, 1, 9, 30);
  it('gives date serials, numbers and escaped text', () => {
    const cells = rowToSheetCells({ id: 'T1', acceptedAt: at, content: '=cmd|calc', rejects: -1 }, cols);
    expect(cells).toEqual(['T1', toExcelSerial(at), "'=cmd|calc", -1]);
  });
  it('escapes after the transform, so masking cannot reintroduce a formula', () => {
    const cells = rowToSheetCells({ id: 'T1', acceptedAt: null, content: 'x', rejects: null }, cols, (k, v) => (k === 'content' ? `+${v}` : v));
    expect(cells).toEqual(['T1', null, "'+x", null]);
  });
  it('marks the datetime columns', () => {
    expect(sheetDateColumns(cols)).toEqual([1]);
  });
  it('round-trips through the shared XLSX writer: escaped text is a string, negative count a number', () => {
    const rows = [rowToSheetCells({ id: '-5', acceptedAt: at, content: '@x', rejects: -2 }, cols)];
    const zip = unzipSync(writeXlsx([{ name: '工单', header: cols.map((c) => c.header), rows, dateColumns: sheetDateColumns(cols) }]));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const sst = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(sst).toContain("'-5");
    expect(sst).toContain("'@x");
    expect(sheet).toMatch(/<c r="D2"[^>]*><v>-2<\/v><\/c>/);
    expect(sheet).not.toContain('<f>');
  });
});
