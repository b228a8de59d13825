import { describe, expect, it } from 'vitest';
import { TableBuilder } from '@core/data/store/store-table';
import { rowOfId } from '@core/assess/compute';
import { acceptedRange, emptyState } from '@renderer/engine/engine-state';
import { gridRowAt } from '@renderer/engine/grid-row';
import { makeTicket } from '../store/ticket-factory';

describe('engine display rows', () => {
  const b = new TableBuilder();
  b.append(makeTicket({ id: 'A', closedAt: null, rejectCount: null, extra: { 来源: '网站' } }));
  b.append(makeTicket({ id: 'B', acceptedAt: Date.UTC(2024, 5, 30, 17), rejectCount: 2 }));
  const table = b.finish();

  it('gives ticket fields, empty times as null, derived fields and extras', () => {
    const a = gridRowAt(table, 0);
    expect(a).toMatchObject({ __row: 0, id: 'A', closedAt: null, unit: '东城区城管局', category1: '城乡建设', month: '2024-01', rejects: 0, rejectCount: null, 'extra:来源': '网站' });
    // 2024-06-30 17:00 UTC is 2024-07-01 01:00 in Shanghai.
    expect(gridRowAt(table, 1)).toMatchObject({ month: '2024-07', rejects: 2, rejectCount: 2, 'extra:来源': '' });
  });

  it('indexes ids and spans acceptedAt', () => {
    const s = { ...emptyState({ tickets: 2, events: 0, from: null, to: null, lastImportAt: null, lastImportName: null }), table };
    expect(rowOfId(s.table).get('B')).toBe(1);
    expect(acceptedRange(table)).toEqual({ from: Date.UTC(2024, 0, 5, 2), to: Date.UTC(2024, 5, 30, 17) });
    expect(acceptedRange(new TableBuilder().finish())).toEqual({ from: null, to: null });
  });
});
