import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { rowToSheetCells, sheetDateColumns } from '@core/data/export/sheet-cells';
import type { ExportColumn } from '@core/data/export/view-cells';
import { localToEpoch } from '@core/base/time/shanghai';
import { startXlsx } from '@renderer/features/tickets/xlsx-export';

const cols: ExportColumn[] = [
  { key: 'id', header: '工单编号', type: 'text' },
  { key: 'acceptedAt', header: '受理时间', type: 'datetime' },
  { key: 'rejects', header: '退单次数', type: 'count' },
];

describe('startXlsx (streamed view export)', () => {
  it('writes rows added in chunks, in order, with escaped text, numbers and dates', () => {
    const x = startXlsx('工单', cols.map((c) => c.header), sheetDateColumns(cols));
    const row = (i: number) => rowToSheetCells({ id: i === 1 ? '=1+1' : `T${i}`, acceptedAt: localToEpoch(2025, 1, i + 1), rejects: -i }, cols);
    x.add([row(0), row(1)]);
    x.add([]);
    x.add([row(2)]);
    const zip = unzipSync(x.finish());
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(4);
    expect(sheet.indexOf('T0')).toBeLessThan(sheet.indexOf('T2'));
    expect(sheet).toContain("'=1+1");
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="C4"[^>]*><v>-2<\/v><\/c>/);
    expect(strFromU8(zip['xl/workbook.xml']!)).toContain('工单');
  });
});
