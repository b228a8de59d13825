import { describe, expect, it } from 'vitest';
import type { TicketFilter } from '@core/data/query/ticket-query';
import { localToEpoch } from '@core/base/time/shanghai';
import {
  describeFilter, filterOn, isNoopFilter, sameSort, selectionKey, sortFromModel, withFilter, withoutFilter,
} from '@renderer/features/tickets/query-edit';

const unitA: TicketFilter = { kind: 'in', column: 'unit', values: ['甲街道'] };
const unitB: TicketFilter = { kind: 'in', column: 'unit', values: ['乙局'] };
const kind: TicketFilter = { kind: 'in', column: 'kind', values: ['投诉'] };

describe('withFilter / withoutFilter', () => {
  it('replaces the filter on the same column and keeps others', () => {
    const f = withFilter([unitA, kind], unitB);
    expect(f).toEqual([kind, unitB]);
    expect(filterOn(f, 'unit')).toBe(unitB);
  });
  it('drops no-op filters instead of applying them', () => {
    expect(withFilter([unitA], { kind: 'text', column: 'content', contains: '  ' })).toEqual([unitA]);
    expect(withFilter([{ kind: 'num', column: 'rejects', min: 2 }], { kind: 'num', column: 'rejects' })).toEqual([]);
  });
  it('keeps an empty choice list: it selects nothing, which is a real filter', () => {
    expect(isNoopFilter({ kind: 'in', column: 'unit', values: [] })).toBe(false);
  });
  it('removes by column', () => {
    expect(withoutFilter([unitA, kind], 'unit')).toEqual([kind]);
  });
});

describe('describeFilter', () => {
  it('names choices, truncating long lists', () => {
    expect(describeFilter(unitA)).toBe('承办单位：甲街道');
    expect(describeFilter({ kind: 'in', column: 'status', values: ['已办结', '办理中', '', '待签收'] })).toBe('办理状态：已办结、办理中、（空） 等 4 项');
  });
  it('shows ranges with the inclusive last day (to is exclusive)', () => {
    const f: TicketFilter = { kind: 'range', column: 'acceptedAt', from: localToEpoch(2025, 1, 1), to: localToEpoch(2025, 2, 1) };
    expect(describeFilter(f)).toBe('受理时间：2025-01-01 ~ 2025-01-31');
    expect(describeFilter({ kind: 'range', column: 'closedAt', empty: true })).toBe('办结时间：为空');
  });
  it('shows counts and text', () => {
    expect(describeFilter({ kind: 'num', column: 'rejects', min: 2 })).toBe('退单次数 ≥ 2');
    expect(describeFilter({ kind: 'num', column: 'reopens', min: 1, max: 1 })).toBe('重办次数 = 1');
    expect(describeFilter({ kind: 'text', column: 'address', contains: '小区' })).toBe('地址 包含“小区”');
    expect(describeFilter({ kind: 'ids', ids: ['a', 'b'] })).toBe('指定工单 2 件');
  });
});

describe('sort model', () => {
  it('keeps the order of the grid sort model (multi-column) and drops unsorted entries', () => {
    expect(sortFromModel([{ colId: 'acceptedAt', sort: 'desc' }, { colId: 'unit', sort: null }, { colId: 'id', sort: 'asc' }]))
      .toEqual([{ column: 'acceptedAt', desc: true }, { column: 'id', desc: false }]);
  });
  it('compares sorts by keys and directions in order', () => {
    expect(sameSort([{ column: 'a', desc: true }], [{ column: 'a', desc: true }])).toBe(true);
    expect(sameSort([{ column: 'a', desc: true }], [{ column: 'a', desc: false }])).toBe(false);
    expect(sameSort(undefined, [])).toBe(true);
  });
  it('selection key changes with filters and search but not with sort', () => {
    expect(selectionKey({ filters: [unitA], search: '噪音' })).not.toBe(selectionKey({ filters: [unitA], search: '噪' }));
    expect(selectionKey({ filters: [unitA] })).toBe(selectionKey({ filters: [unitA], search: '' }));
  });
});
