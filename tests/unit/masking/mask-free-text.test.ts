import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskFreeText } from '@core/data/masking';
import { digits, idNumber, mobile, prose } from './arbitraries';

/** An unmasked mainland mobile or 18-character ID anywhere in the text. */
const LEAK = /1[3-9]\d{9}|\d{17}[\dXx]/;

describe('maskFreeText', () => {
  it('masks mobiles, landlines and ID numbers inside a complaint', () => {
    const text = '市民王先生（13812345678）反映：身份证110101199003071234被冒用，请回电010-62345678。';
    expect(maskFreeText(text)).toBe('市民王先生（138****5678）反映：身份证11*************234被冒用，请回电010-****5678。');
  });

  it('masks numbers written in groups and with a country prefix', () => {
    expect(maskFreeText('电话138 1234 5678')).toBe('电话138 **** 5678');
    expect(maskFreeText('电话138-1234-5678。')).toBe('电话138-****-5678。');
    expect(maskFreeText('拨打+86 138-1234-5678')).toBe('拨打+86 138-****-5678');
    expect(maskFreeText('座机(0571)88886666')).toBe('座机(057*)****6666');
  });

  it('masks an ID number ending in X and digits next to letters', () => {
    expect(maskFreeText('证件11010119900307123X。')).toBe('证件11*************23X。');
    expect(maskFreeText('tel13812345678')).toBe('tel138****5678');
  });

  it('masks numbers typed with full-width digits', () => {
    expect(maskFreeText('电话１３８１２３４５６７８。')).toBe('电话１３８****５６７８。');
    expect(maskFreeText('座机（０１０）６２３４５６７８')).toBe('座机（０１０）****５６７８');
  });

  it('hides short phone numbers (7–10 digits) entirely', () => {
    expect(maskFreeText('请拨62345678联系')).toBe('请拨********联系');
  });

  it('leaves dates, times, amounts and house numbers alone', () => {
    const text = '2024-03-15 14:30，3号楼502室，罚款5000元，2024年3月15日，第123456号';
    expect(maskFreeText(text)).toBe(text);
  });

  it('property: no unmasked mobile or 18-character ID remains, length is kept, idempotent', () => {
    const piece = fc.oneof(prose, mobile, idNumber, digits(8), digits(3), digits(20),
      mobile.map((m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      const out = maskFreeText(text);
      expect(out).toHaveLength(text.length);
      expect(out).not.toMatch(LEAK);
      expect(maskFreeText(out)).toBe(out);
    }), { numRuns: 500 });
  });

  it('property: a mobile written in groups is masked when it stands apart from other digits', () => {
    const grouped = fc.tuple(mobile, fc.constantFrom('-', ' ')).map(([m, sep]) => `${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`);
    fc.assert(fc.property(fc.array(fc.oneof(prose, grouped, mobile), { maxLength: 6 }), (pieces) => {
      const out = maskFreeText(pieces.join('，'));
      expect(out.replace(/[- ]/g, '')).not.toMatch(/1[3-9]\d{9}/);
    }), { numRuns: 500 });
  });

  it('property: the middle digits of an embedded mobile never survive', () => {
    fc.assert(fc.property(prose, mobile, prose, (a, m, b) => {
      const out = maskFreeText(`${a}${m}${b}`);
      expect(out).toContain(`${m.slice(0, 3)}****${m.slice(7)}`);
    }));
  });
});
