import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normTextFast } from '@core/base/text/norm-fast';
import { normText } from '@core/base/text/normalize';
import { parseSelector, type ProblemSelector } from '@core/campaigns/selector';
import { compileSelector, matchesByMonth, matchingIds, selectorMask } from '@core/campaigns/selector-match';
import { ticketMatches } from '@core/campaigns/selector-ticket';
import type { Ticket } from '@core/data/tickets/ticket';
import { CATEGORIES, CONTENTS, PLACES, randomTickets, table, ticket } from './factory';
import { refMatches } from './reference';

const sel = (raw: Record<string, unknown>): ProblemSelector => {
  const r = parseSelector(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.selector;
};
const ids = (ts: Ticket[], s: ProblemSelector): string[] => matchingIds(compileSelector(table(ts), s));

describe('selector matching, DOMAIN.md section 8', () => {
  it('matches a category path at a segment boundary only: 住房/物业 does not match 住房/物业管理', () => {
    const ts = [
      ticket({ id: 'a', category: '住房/物业' }), ticket({ id: 'b', category: '住房/物业管理' }), ticket({ id: 'c', category: '住房/物业/其他' }),
      ticket({ id: 'd', category: '住房>物业>其他' }), ticket({ id: 'e', category: '住房/物业管理/停车管理' }), ticket({ id: 'f', category: '住房' }),
    ];
    expect(ids(ts, sel({ categories: ['住房/物业'] }))).toEqual(['a', 'c', 'd']);
    expect(ids(ts, sel({ categories: ['住房/物业管理'] }))).toEqual(['b', 'e']);
    expect(ids(ts, sel({ categories: ['住房'] }))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(ts, sel({ categories: ['住房/物业', '住房/物业管理/停车管理'] }))).toEqual(['a', 'c', 'd', 'e']);
  });

  it('counts only dispatched tickets (unit set, not 已撤销)', () => {
    const ts = [ticket({ id: 'a' }), ticket({ id: 'b', unit: '' }), ticket({ id: 'c', status: '已撤销' }), ticket({ id: 'd', status: '' })];
    expect(ids(ts, sel({}))).toEqual(['a', 'd']);
  });

  it('matches districts, district/street pairs and kinds, every non-empty list at once', () => {
    const ts = [
      ticket({ id: 'a', district: '东城区', street: '和平街道', kind: '投诉' }), ticket({ id: 'b', district: '西城区', street: '和平街道', kind: '投诉' }),
      ticket({ id: 'c', district: '东城区', street: '建设街道', kind: '求助' }), ticket({ id: 'd', district: '', street: '和平街道', kind: '投诉' }),
    ];
    expect(ids(ts, sel({ districts: ['东城区'] }))).toEqual(['a', 'c']);
    expect(ids(ts, sel({ streets: ['东城区/和平街道'] }))).toEqual(['a']);
    expect(ids(ts, sel({ streets: ['西城区/和平街道', '东城区/建设街道'], kinds: ['投诉'] }))).toEqual(['b']);
    expect(ids(ts, sel({ districts: ['东城区'], kinds: ['求助', '咨询'] }))).toEqual(['c']);
  });

  it('normalizes content and keyword alike: full-width forms, white space of any kind, compatibility characters', () => {
    const ts = [
      ticket({ id: 'a', content: '加装 电梯进度慢' }), ticket({ id: 'b', content: '加装\u3000电梯' }), ticket({ id: 'c', content: '加装电梯' }),
      ticket({ id: 'd', content: 'ＡＢ栋停车难' }), ticket({ id: 'e', content: 'AB 栋停车难' }), ticket({ id: 'f', content: '①号楼' }),
      ticket({ id: 'g', content: '㈠期停水' }), ticket({ id: 'h', content: '电话无人接，楼梯灯坏' }), ticket({ id: 'i', content: '⼀期停水' }),
    ];
    expect(ids(ts, sel({ keywords: ['加装电梯'] }))).toEqual(['a', 'b', 'c']);
    expect(ids(ts, sel({ keywords: ['加装　电 梯'] }))).toEqual(['a', 'b', 'c']);
    expect(ids(ts, sel({ keywords: ['AB栋'] }))).toEqual(['d', 'e']);
    expect(ids(ts, sel({ keywords: ['ａｂ栋'] }))).toEqual([]); // NFKC does not fold case: ab ≠ AB
    expect(ids(ts, sel({ keywords: ['1号'] }))).toEqual(['f']);
    // ㈠ is (一) under NFKC and the Kangxi radical ⼀ is 一: both contain 一期.
    expect(ids(ts, sel({ keywords: ['一期'] }))).toEqual(['i']);
    expect(ids(ts, sel({ keywords: ['(一)期'] }))).toEqual(['g']);
    expect(ids(ts, sel({ keywords: ['电梯'] }))).toEqual(['a', 'b', 'c']);
    expect(ids(ts, sel({ keywords: ['电梯', '楼梯'] }))).toEqual(['a', 'b', 'c', 'h']);
  });

  it('limits to a period and counts per month index', () => {
    const ts = [ticket({ id: 'a', acceptedAt: '2025-01-31 23:59' }), ticket({ id: 'b', acceptedAt: '2025-02-01 00:00' }), ticket({ id: 'c', acceptedAt: '2025-03-01 00:00' })];
    const cs = compileSelector(table(ts), sel({}));
    const mask = selectorMask(cs, new Date('2025-01-31T16:00:00Z').getTime(), new Date('2025-02-28T16:00:00Z').getTime());
    expect([...mask]).toEqual([0, 1, 0]);
    const jan2025 = (2025 - 1970) * 12;
    expect([...matchesByMonth(cs, jan2025, jan2025 + 2)]).toEqual([1, 1, 1]);
  });
});

const arbSelector = fc.record({
  categories: fc.subarray(CATEGORIES.filter((c) => c.trim() !== ''), { maxLength: 2 }),
  districts: fc.subarray(['东城区', '西城区', '南湖区', '火星区'], { maxLength: 2 }),
  streets: fc.subarray(PLACES.filter(([d, s]) => d && s).map(([d, s]) => `${d}/${s}`), { maxLength: 2 }),
  kinds: fc.subarray(['咨询', '求助', '投诉', '举报'], { maxLength: 2 }),
  keywords: fc.subarray(['电梯', '加装电梯', 'AB', '停车', '1号', '一期', '撤场', '5G', 'é', '无人 管理'], { maxLength: 2 }),
}).map((raw) => sel(raw));

describe('selector matching against the reference (fast-check)', () => {
  it('the column-wise matcher and the ticket matcher agree with the reference on random tickets and selectors', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), arbSelector, fc.integer({ min: 50, max: 900 }), (seed, s, n) => {
      const ts = randomTickets(seed, n);
      const want = ts.filter((t) => refMatches(s, t)).map((t) => t.id);
      expect(ids(ts, s)).toEqual(want);
      expect(ts.filter((t) => ticketMatches(s, t)).map((t) => t.id)).toEqual(want);
    }), { numRuns: 60 });
  });

  it('takes both keyword paths (row by row after selective lists, content scan otherwise) with the same result', () => {
    const ts = randomTickets(7, 4000);
    for (const keywords of [['电梯'], ['AB'], ['一期', '撤场']]) {
      const wide = sel({ keywords });
      const narrow = sel({ keywords, streets: ['南湖区/湖滨街道'], kinds: ['投诉'] });
      expect(ids(ts, wide)).toEqual(ts.filter((t) => refMatches(wide, t)).map((t) => t.id));
      expect(ids(ts, narrow)).toEqual(ts.filter((t) => refMatches(narrow, t)).map((t) => t.id));
    }
  });
});

describe('fast text normalization', () => {
  const alphabet = ['加', '装', '电', '梯', 'A', 'b', '1', ' ', '\u3000', '\t', '，', 'Ａ', '１', '①', '㈠', '⼀', '丽', 'é', 'e\u0301', '：', '“', '—', '·', '\u00a0', '〇', 'ｶ', '…', '\ufeff', '𠀋'];
  it('equals normText on any mix of common, full-width, compatibility and combining characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (cs) => {
      const s = cs.join('');
      expect(normTextFast(s)).toBe(normText(s));
    }), { numRuns: 2000 });
    for (const s of CONTENTS) expect(normTextFast(s)).toBe(normText(s));
  });
});
