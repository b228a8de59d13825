import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastAddressKey, fastPhoneKey } from '@core/data/store/store-table';
import { addressKey, phoneKey } from '@core/base/text/normalize';

/** Characters that exercise both paths: CJK, ASCII, full-width forms, white space, punctuation. */
const CHARS = ['西', '城', '区', '号', '楼', 'a', 'Z', '0', '9', '２', 'Ａ', ' ', '\u3000', '-', '#', '（', '）', '·', '丶', '\u4dff', '\ua000', '\uf900', '8', '6', '+'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 20 }).map((a) => a.join(''));

describe('fast normalization keys', () => {
  it('give the same address key as addressKey', () => {
    expect(fastAddressKey('西城区白塔寺街道美林苑21号楼2单元')).toBe('西城区白塔寺街道美林苑21号楼2单元');
    expect(fastAddressKey('A座3ＢＣ')).toBe(addressKey('A座3ＢＣ'));
    fc.assert(fc.property(text, (s) => fastAddressKey(s) === addressKey(s)), { numRuns: 2000 });
  });

  it('give the same phone key as phoneKey', () => {
    expect(fastPhoneKey('13800138000')).toBe('13800138000');
    expect(fastPhoneKey('008613800138000')).toBe('13800138000');
    fc.assert(fc.property(text, (s) => fastPhoneKey(s) === phoneKey(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.stringMatching(/^[0-9+ -]{0,16}$/), (s) => fastPhoneKey(s) === phoneKey(s)), { numRuns: 2000 });
  });
});
