import { lookupOf } from '@core/data/table/string-column';
import { describe, expect, it } from 'vitest';
import { bigramsOf, planSearch, tokensOf } from '@core/data/search/plan';
import { scoreDocument, searchColumns } from '@core/data/search/score';

const content = [
  '小区楼下饭店夜间营业噪音扰民，要求处理',
  '来电反映道路积水，已转办区水务局',
  '反映城管局执法人员态度问题',
  '咨询社保缴费事宜',
  '市民反映扰动施工',
];
const address = ['和平里北街3号', '安定门外大街', '城管局门口', '', '扰民巷'];
const reply = ['', '', '已转办城管局核实', '已答复', ''];

describe('Chinese search plan', () => {
  it('files a text under words and every bigram, so 扰民 / 转办 / 城管局 are findable', () => {
    const tokens = tokensOf('噪音扰民已转办城管局');
    for (const t of ['扰民', '转办', '城管', '管局']) expect(tokens).toContain(t);
  });
  it('splits the query at white space and folds width and case', () => {
    expect(planSearch(' 城管局  ＡＢ ').terms).toEqual(['城管局', 'ab']);
    expect(bigramsOf('城管局')).toEqual(['城管', '管局']);
    expect(planSearch('   ').terms).toEqual([]);
  });
});

describe('ranked search', () => {
  const cols = [content, address, reply].map(lookupOf);
  it('finds any 2+ character substring a person types', () => {
    expect(Array.from(searchColumns(cols, planSearch('扰民')).rows).sort()).toEqual([0, 4]);
    expect(Array.from(searchColumns(cols, planSearch('转办')).rows).sort()).toEqual([1, 2]);
    expect(Array.from(searchColumns(cols, planSearch('城管局')).rows).sort()).toEqual([2]);
  });
  it('ranks a content hit above an address hit, and a row hit in two fields first', () => {
    const r = searchColumns([['扰民噪音', '无关', '有扰民'], ['', '扰民巷', ''], ['', '', '']].map(lookupOf), planSearch('扰民'));
    expect(Array.from(r.rows)).toEqual([0, 2, 1]);
  });
  it('requires every term, and matches a near miss through bigrams only when no term is exact', () => {
    expect(Array.from(searchColumns(cols, planSearch('城管局 态度')).rows)).toEqual([2]);
    expect(Array.from(searchColumns(cols, planSearch('城管局 噪音')).rows)).toEqual([]);
    // 城管局执法 is not written as such in row 2's reply, but 3 of its 4 bigrams are in its content.
    expect(scoreDocument(['城管局人员执法'], planSearch('城管局执法'))).toBeGreaterThan(0);
    expect(scoreDocument(['社保缴费'], planSearch('城管局执法'))).toBe(0);
  });
  it('searches only the rows given', () => {
    expect(Array.from(searchColumns(cols, planSearch('扰民'), Int32Array.of(1, 4)).rows)).toEqual([4]);
  });
});

describe('packed scan', () => {
  it('marks rows containing a needle, never across a row boundary', async () => {
    const { markRowsContaining } = await import('@core/data/search/packed-scan');
    const { packStrings } = await import('@core/data/store/string-codec');
    const col = [
      { start: 0, packed: packStrings(['夜间扰', '民反映', '扰民扰民']) },
      { start: 3, packed: packStrings(['', '城管局扰民']) },
    ];
    const out = new Uint8Array(5);
    markRowsContaining(col, '扰民', out);
    expect(Array.from(out)).toEqual([0, 0, 1, 0, 1]);
  });
});
