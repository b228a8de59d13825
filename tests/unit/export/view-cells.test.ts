import { describe, expect, it } from 'vitest';
import { exportValue, rowToCells, type ExportColumn } from '@core/data/export/view-cells';
import { localToEpoch } from '@core/base/time/shanghai';

const cols: ExportColumn[] = [
  { key: 'id', header: '工单编号', type: 'text' },
  { key: 'acceptedAt', header: '受理时间', type: 'datetime' },
  { key: 'callerPhone', header: '联系电话', type: 'text' },
  { key: 'rejects', header: '退单次数', type: 'count' },
];

describe('exportValue', () => {
  it('formats datetimes in Asia/Shanghai', () => {
    expect(exportValue('datetime', localToEpoch(2025, 3, 1, 8, 5, 9))).toBe('2025-03-01 08:05:09');
    expect(exportValue('datetime', NaN)).toBeNull();
    expect(exportValue('datetime', null)).toBeNull();
  });
  it('keeps counts numeric and text textual', () => {
    expect(exportValue('count', 3)).toBe(3);
    expect(exportValue('count', '4')).toBe(4);
    expect(exportValue('count', '')).toBeNull();
    expect(exportValue('text', 2024001)).toBe('2024001');
  });
});

describe('rowToCells', () => {
  it('orders cells by column and applies the transform to text only', () => {
    const row = { id: 'T1', acceptedAt: localToEpoch(2025, 1, 2), callerPhone: '13800001234', rejects: 2, other: 'x' };
    const seen: string[] = [];
    const cells = rowToCells(row, cols, (k, v) => { seen.push(k); return k === 'callerPhone' ? v.slice(0, 3) + '****' : v; });
    expect(cells).toEqual(['T1', '2025-01-02 00:00:00', '138****', 2]);
    expect(seen).toEqual(['id', 'callerPhone']);
  });
  it('gives empty cells for missing fields', () => {
    expect(rowToCells({}, cols)).toEqual([null, null, null, null]);
  });
});
