import { describe, expect, it } from 'vitest';
import { describeSelector, parseSelector, parseSelectorJson } from '@core/campaigns/selector';
import { selectorWarnings, warningText } from '@core/campaigns/selector-warnings';
import { table, ticket } from './factory';

const reason = (raw: unknown): string => {
  const r = parseSelector(raw);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
};

describe('problem selector parsing (DOMAIN.md section 8)', () => {
  it('fills missing lists, trims, canonicalizes paths and streets, drops duplicates (keywords by normalized form)', () => {
    const r = parseSelector({
      categories: [' 住房 > 物业管理 ', '住房/物业管理', '住房＞物业管理＞停车管理'],
      streets: [' 东城区 / 和平街道 '], kinds: ['投诉', '投诉'], keywords: ['加装 电梯', '加装电梯', 'ＡＢ'],
    });
    expect(r).toEqual({ ok: true, selector: {
      categories: ['住房/物业管理', '住房/物业管理/停车管理'], districts: [], streets: ['东城区/和平街道'], kinds: ['投诉'], keywords: ['加装 电梯', 'ＡＢ'],
    } });
    expect(parseSelector({})).toEqual({ ok: true, selector: { categories: [], districts: [], streets: [], kinds: [], keywords: [] } });
  });

  it.each([
    ['a list instead of an object', [], /须为 JSON 对象.*当前为 列表/],
    ['null', null, /须为 JSON 对象/],
    ['an unknown field (typo)', { category: ['住房'] }, /未知字段「category」.*categories（诉求分类）/],
    ['a string instead of a list', { districts: '东城区' }, /「districts」（区）须为文字列表.*当前为 「东城区」/],
    ['a number in a list', { categories: ['住房', 3] }, /「categories」（诉求分类）的第 2 项须为文字，当前为 3/],
    ['an empty string', { keywords: ['电梯', '  '] }, /「keywords」（关键词）的第 2 项为空/],
    ['an unknown kind', { kinds: ['咨讯'] }, /「咨讯」不是诉求类型，可选：咨询、求助、投诉、举报、建议、表扬、其他/],
    ['a street without its district', { streets: ['和平街道'] }, /须写成「区\/街道」，例如 东城区\/和平街道/],
    ['a street with an empty part', { streets: ['东城区/'] }, /须写成「区\/街道」/],
    ['a category of separators only', { categories: ['/ >'] }, /只有分隔符/],
  ])('refuses %s with one line of Chinese', (_what, raw, re) => {
    const m = reason(raw);
    expect(m).toMatch(re);
    expect(m).not.toContain('\n');
  });

  it('reads JSON text with a BOM and says when the text is not JSON', () => {
    expect(parseSelectorJson('\uFEFF{"districts":["东城区"]}')).toMatchObject({ ok: true, selector: { districts: ['东城区'] } });
    const bad = parseSelectorJson('{"districts": ["东城区",]}');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/^问题选择器不是有效的 JSON（.*），请检查括号、引号和逗号$/);
  });

  it('describes a selector in words', () => {
    const r = parseSelector({ categories: ['住房/物业管理'], districts: ['东城区', '西城区'] });
    expect(r.ok && describeSelector(r.selector)).toBe('诉求分类 住房/物业管理；区 东城区、西城区');
    expect(describeSelector({ categories: [], districts: [], streets: [], kinds: [], keywords: [] })).toBe('全部派单工单');
  });
});

describe('selector warnings', () => {
  const t = table([
    ticket({ category: '住房/物业管理/停车管理', district: '东城区', street: '和平街道' }),
    ticket({ category: '交通管理>交通秩序', district: '西城区', street: '长安街道', unit: '', status: '' }),
  ]);
  it('warns about categories, districts and streets no ticket has (dispatched or not), not about those some ticket has', () => {
    const r = parseSelector({
      categories: ['住房/物业', '住房/物业管理', '交通管理/交通秩序', '住房/物业管理/停车管理/地下'],
      districts: ['东城区', '西城区', '火星区'], streets: ['东城区/和平街道', '东城区/长安街道', '西城区/长安街道'],
    });
    if (!r.ok) throw new Error(r.reason);
    const w = selectorWarnings(t, r.selector);
    // 住房/物业 is a prefix of 住房/物业管理 as text but not at a segment boundary: no ticket is under it.
    expect(w).toEqual([
      { field: 'categories', value: '住房/物业' }, { field: 'categories', value: '住房/物业管理/停车管理/地下' },
      { field: 'districts', value: '火星区' }, { field: 'streets', value: '东城区/长安街道' },
    ]);
    expect(warningText(w[0]!)).toBe('提示：诉求分类「住房/物业」在工单中不存在（没有该分类，也没有它的下级分类），请检查拼写或分类层级');
    expect(warningText(w[2]!)).toMatch(/区「火星区」在工单中不存在/);
    expect(warningText(w[3]!)).toMatch(/街道「东城区\/长安街道」/);
  });
});
