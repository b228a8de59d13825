import { describe, expect, it } from 'vitest';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import {
  DEFAULT_PINNED, DEFAULT_VISIBLE_COLUMNS, exportColumns, extraKeysOf, GRID_COLUMNS, gridColumn, headerOf,
} from '@renderer/features/tickets/grid-columns';
import { formatGridCell } from '@renderer/features/tickets/cell-format';
import { localToEpoch } from '@core/base/time/shanghai';

describe('grid columns', () => {
  it('cover every ticket column, counts replaced by the engine-derived rejects/reopens', () => {
    expect(GRID_COLUMNS).toHaveLength(TICKET_COLUMNS.length);
    expect(gridColumn('rejects')).toMatchObject({ header: '退单次数', filter: 'num', type: 'count' });
    expect(gridColumn('reopens')).toMatchObject({ header: '重办次数', filter: 'num' });
    expect(gridColumn('rejectCount')).toBeUndefined();
  });
  it('give each column the filter its engine column supports', () => {
    expect(gridColumn('unit')?.filter).toBe('in');
    expect(gridColumn('acceptedAt')?.filter).toBe('range');
    expect(gridColumn('content')?.filter).toBe('text');
    expect(gridColumn('callerPhone')?.personal).toBe(true);
  });
  it('pin 工单编号 and show it by default', () => {
    expect(DEFAULT_PINNED).toEqual(['id']);
    expect(DEFAULT_VISIBLE_COLUMNS[0]).toBe('id');
  });
  it('know extra fields by their prefix', () => {
    expect(headerOf('extra:网格员')).toBe('网格员');
    expect(extraKeysOf([{ id: 'a', 'extra:网格员': 'x' }, { 'extra:楼栋': 'y', 'extra:网格员': 'z' }])).toEqual(['extra:网格员', 'extra:楼栋']);
    expect(gridColumn('extra:')).toBeUndefined();
  });
  it('export the visible columns in grid order with their types', () => {
    expect(exportColumns(['id', 'acceptedAt', 'rejects', 'nosuch', 'extra:备注'])).toEqual([
      { key: 'id', header: '工单编号', type: 'text' },
      { key: 'acceptedAt', header: '受理时间', type: 'datetime' },
      { key: 'rejects', header: '退单次数', type: 'count' },
      { key: 'extra:备注', header: '备注', type: 'text' },
    ]);
  });
});

describe('formatGridCell', () => {
  it('masks personal data in every cell (DOMAIN.md section 7)', () => {
    expect(formatGridCell({ key: 'callerPhone', type: 'text' }, '13812341234')).toBe('138****1234');
    expect(formatGridCell({ key: 'callerName', type: 'text' }, '张三丰')).toBe('张*丰');
    expect(formatGridCell({ key: 'content', type: 'text' }, '电话13812341234反映噪音')).toBe('电话138****1234反映噪音');
    expect(formatGridCell({ key: 'extra:联系人电话', type: 'text' }, '13812341234')).toBe('138****1234');
  });
  it('leaves structured columns readable', () => {
    expect(formatGridCell({ key: 'id', type: 'text' }, '202501010001')).toBe('202501010001');
    expect(formatGridCell({ key: 'unit', type: 'text' }, '城管委')).toBe('城管委');
  });
  it('formats times to the minute in Asia/Shanghai and counts as digits', () => {
    expect(formatGridCell({ key: 'acceptedAt', type: 'datetime' }, localToEpoch(2025, 6, 30, 23, 59, 59))).toBe('2025-06-30 23:59');
    expect(formatGridCell({ key: 'closedAt', type: 'datetime' }, null)).toBe('');
    expect(formatGridCell({ key: 'rejects', type: 'count' }, 3)).toBe('3');
  });
});
