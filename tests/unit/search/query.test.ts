import { describe, expect, it } from 'vitest';
import { evaluateQuery, filterRows, radixSortRows } from '@core/data/query/evaluate';
import { numberRanks, RankCache, stringRanks } from '@core/data/query/ranks';
import { lookupOf } from '@core/data/table/string-column';
import { TableBuilder } from '@core/data/store/store-table';
import { makeTicket } from '../store/ticket-factory';

function table() {
  const b = new TableBuilder();
  b.append(makeTicket({ id: 'c', unit: '乙局', acceptedAt: 3000, closedAt: null, content: '噪音扰民' }));
  b.append(makeTicket({ id: 'a', unit: '甲局', acceptedAt: 1000, closedAt: 5, reopenCount: 3, content: '道路积水' }));
  b.append(makeTicket({ id: 'b', unit: '乙局', acceptedAt: 2000, closedAt: 9, content: '夜间扰民' }));
  return b.finish();
}

describe('ranks', () => {
  it('orders numbers with NaN last and ties sharing a rank', () => {
    expect(Array.from(numberRanks(Float64Array.of(5, NaN, 1, 5)))).toEqual([1, 2, 0, 1]);
    // A longer scratch left holding another column's values gives the same ranks.
    const scratch = Float64Array.of(-7, -8, -9, -1, 100, 200);
    expect(Array.from(numberRanks(Float64Array.of(5, NaN, 1, 5), scratch))).toEqual([1, 2, 0, 1]);
    expect(Array.from(numberRanks(Int32Array.of(3, 3, -2), scratch))).toEqual([1, 1, 0]);
    expect(Array.from(stringRanks(lookupOf(['b', '', 'a', 'b'])))).toEqual([1, 2, 0, 1]);
    // Already in order (the one-pass path), with empties and repeats; and the same values shuffled.
    expect(Array.from(stringRanks(lookupOf(['a', '', 'a', 'b', '', 'c'])))).toEqual([0, 3, 0, 1, 3, 2]);
    expect(Array.from(stringRanks(lookupOf(['c', '', 'a', 'b', '', 'a'])))).toEqual([2, 3, 0, 1, 3, 0]);
    expect(Array.from(stringRanks(lookupOf(['', ''])))).toEqual([0, 0]);
  });
  it('radix-sorts stably in both directions, past 16 bits', () => {
    const rank = Uint32Array.of(70000, 3, 70000, 0);
    expect(Array.from(radixSortRows(Int32Array.of(0, 1, 2, 3), rank, false))).toEqual([3, 1, 0, 2]);
    expect(Array.from(radixSortRows(Int32Array.of(0, 1, 2, 3), rank, true))).toEqual([0, 2, 1, 3]);
  });
});

describe('RankCache.getAll', () => {
  it('ranks several columns at once exactly as one by one, and caches them', () => {
    const t = table();
    const cache = new RankCache(t);
    const all = cache.getAll(['acceptedAt', 'closedAt', 'id', 'unit', 'nope']);
    expect(Object.keys(all)).toEqual(['acceptedAt', 'closedAt', 'id', 'unit']);
    for (const c of ['acceptedAt', 'closedAt', 'id', 'unit']) expect(Array.from(all[c]!)).toEqual(Array.from(new RankCache(t).get(c)!));
    expect(Array.from(all.closedAt!)).toEqual([2, 0, 1]);
    expect(cache.get('closedAt')).toBe(all.closedAt);
  });
});

describe('evaluateQuery', () => {
  const t = table();
  const ranks = new RankCache(t);
  it('filters by coded values, time ranges (empty handling) and counts', () => {
    expect(Array.from(filterRows(t, [{ kind: 'in', column: 'unit', values: ['乙局', '无此局'] }]))).toEqual([0, 2]);
    expect(Array.from(filterRows(t, [{ kind: 'range', column: 'acceptedAt', from: 1000, to: 3000 }]))).toEqual([1, 2]);
    expect(Array.from(filterRows(t, [{ kind: 'range', column: 'closedAt', empty: true }]))).toEqual([0]);
    expect(Array.from(filterRows(t, [{ kind: 'range', column: 'closedAt', from: 0, to: 6, empty: true }]))).toEqual([0, 1]);
    expect(Array.from(filterRows(t, [{ kind: 'num', column: 'reopens', min: 2 }]))).toEqual([1]);
    expect(Array.from(filterRows(t, [{ kind: 'ids', ids: ['b', 'c'] }]))).toEqual([0, 2]);
  });
  it('sorts by several keys and searches in relevance order', () => {
    expect(Array.from(evaluateQuery(t, { filters: [], sort: [{ column: 'unit', desc: false }, { column: 'acceptedAt', desc: true }] }, ranks))).toEqual([1, 0, 2]);
    expect(Array.from(evaluateQuery(t, { filters: [], sort: [{ column: 'id', desc: false }] }, ranks))).toEqual([1, 2, 0]);
    expect(Array.from(evaluateQuery(t, { filters: [], search: '扰民', sort: [{ column: 'acceptedAt', desc: false }] }, ranks))).toEqual([2, 0]);
  });
});

describe('text filter', () => {
  it('keeps the rows whose text contains the words, across chunks and never across two rows', async () => {
    const { CHUNK_ROWS } = await import('@core/data/table/chunk-rows');
    const b = new TableBuilder();
    const n = CHUNK_ROWS + 30;
    const content = (i: number): string => (i % 97 === 0 ? `第${i}条噪音扰民` : i % 2 ? `末尾是扰` : `民开头${i}`);
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, content: content(i), address: i % 5 ? '' : `西城区${i}号` }));
    const t = b.finish();
    const want = (needle: string, col: (i: number) => string): number[] => Array.from({ length: n }, (_, i) => i).filter((i) => col(i).includes(needle));
    const got = (f: Parameters<typeof filterRows>[1]): number[] => Array.from(filterRows(t, f));
    const hits = got([{ kind: 'text', column: 'content', contains: ' 扰民 ' }]);
    expect(hits).toEqual(want('扰民', content));
    expect(hits.length).toBeGreaterThan(100);
    expect(got([{ kind: 'text', column: 'address', contains: '0号' }])).toEqual(want('0号', (i) => (i % 5 ? '' : `西城区${i}号`)));
    // With another filter: only rows passing both.
    expect(got([{ kind: 'ids', ids: ['T0', 'T1', `T${CHUNK_ROWS + 3}`] }, { kind: 'text', column: 'content', contains: '扰民' }])).toEqual([0]);
  });
});

describe('search over packed chunks', () => {
  it('gives the same rows and order as the row-by-row scan', async () => {
    const b = new TableBuilder();
    const texts = ['噪音扰民', '城管局执法', '扰动', '城管局人员执法', '民扰', 'Parking 扰民', '已转办城管局'];
    texts.forEach((c, i) => b.append(makeTicket({ id: `r${i}`, content: c, address: i === 2 ? '扰民巷' : '', reply: i === 4 ? '转办' : '' })));
    const t = b.finish();
    const ranks = new RankCache(t);
    for (const search of ['扰民', '城管局执法', '转办', 'parking', '城管 执法', '无此词']) {
      const q = { filters: [], search };
      expect(Array.from(evaluateQuery(t, q, ranks)), search).toEqual(Array.from(evaluateQuery(t, q, ranks, false)));
    }
    expect(Array.from(evaluateQuery(t, { filters: [], search: '城管局执法' }, ranks))).toEqual([1, 3]);
  });
});
