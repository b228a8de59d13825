import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskIdNumber, maskName, maskPhone } from '@core/data/masking';
import { digits, idNumber, mobile } from './arbitraries';


describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of an 11-digit number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('01062345678')).toBe('010****5678');
  });

  it('masks numbers shorter than 11 digits entirely', () => {
    expect(maskPhone('62345678')).toBe('********');
    expect(maskPhone('1381234123')).toBe('**********');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keeps separators in place and the country prefix visible', () => {
    expect(maskPhone('138-1234-5678')).toBe('138-****-5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('+86 138 **** 5678');
    expect(maskPhone('008613812345678')).toBe('0086138****5678');
    expect(maskPhone('0571-88886666')).toBe('057*-****6666');
  });

  it('masks each number of a field with several, and short extensions whole', () => {
    expect(maskPhone('13812345678/13987654321')).toBe('138****5678/139****4321');
    expect(maskPhone('13812345678转123')).toBe('138****5678转***');
    expect(maskPhone('无')).toBe('无');
    expect(maskPhone('')).toBe('');
  });

  it('masks full-width digits too', () => {
    expect(maskPhone('１３８１２３４５６７８')).toBe('１３８****５６７８');
  });

  it('property: same length, idempotent, middle digits never shown', () => {
    fc.assert(fc.property(mobile, (m) => {
      const out = maskPhone(m);
      expect(out).toHaveLength(m.length);
      expect(out.slice(0, 3)).toBe(m.slice(0, 3));
      expect(out.slice(7)).toBe(m.slice(7));
      expect(out.slice(3, 7)).toBe('****');
      expect(maskPhone(out)).toBe(out);
    }));
  });

  it('property: any string keeps its length and non-digit characters; masking is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-+ ()转/ab'.split('')) }), (s) => {
      const out = maskPhone(s);
      expect(out).toHaveLength(s.length);
      for (let i = 0; i < s.length; i++) if (!/[0-9]/.test(s[i]!)) expect(out[i]).toBe(s[i]);
      expect(maskPhone(out)).toBe(out);
    }));
  });

  it('property: a number with fewer than 11 digits shows none of them', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 }).chain(digits), (n) => {
      expect(maskPhone(n)).toBe('*'.repeat(n.length));
    }));
  });
});

describe('maskName', () => {
  it('follows DOMAIN.md: 2 characters 张*, 3 or more 张*明', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张晓明')).toBe('张*明');
    expect(maskName('欧阳娜娜')).toBe('欧*娜');
    expect(maskName('王先生')).toBe('王*生');
  });

  it('masks a single character whole, trims, and keeps empty empty', () => {
    expect(maskName('王')).toBe('*');
    expect(maskName('  李四 ')).toBe('李*');
    expect(maskName('')).toBe('');
    expect(maskName('   ')).toBe('');
  });

  it('never splits a character outside the BMP', () => {
    expect(maskName('𠮷野家')).toBe('𠮷*家');
    expect(maskName('张𠮷')).toBe('张*');
  });

  it('property: idempotent and never shows a middle character', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.array(han, { minLength: 1, maxLength: 8 }), (cs) => {
      const name = cs.join('');
      const out = maskName(name);
      expect(maskName(out)).toBe(out);
      expect(Array.from(out).length).toBeLessThanOrEqual(3);
      if (cs.length >= 3) {
        expect(out).toBe(`${cs[0]}*${cs[cs.length - 1]}`);
      }
    }));
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 2 and last 3 characters of an 18-character number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('11*************234');
    expect(maskIdNumber('11010119900307123X')).toBe('11*************23X');
  });

  it('masks anything that is not an 18-character ID whole', () => {
    expect(maskIdNumber('110101900307123')).toBe('***************');
    expect(maskIdNumber('abc')).toBe('***');
    expect(maskIdNumber('')).toBe('');
  });

  it('property: same length, idempotent, the 13 middle characters never shown', () => {
    fc.assert(fc.property(idNumber, (id) => {
      const out = maskIdNumber(id);
      expect(out).toHaveLength(18);
      expect(out.slice(0, 2)).toBe(id.slice(0, 2));
      expect(out.slice(15)).toBe(id.slice(15));
      expect(out.slice(2, 15)).toBe('*'.repeat(13));
      expect(maskIdNumber(out)).toBe(out);
    }));
  });
});
