import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskCitizenNames, maskPersonalText, redactForPublication } from '@core/data/masking';
import { digits, idNumber, mobile, prose } from './arbitraries';

/** Texts built from the words the name patterns look at. */
const nameProse = fc.array(
  fc.constantFrom('市民', '来电人', '：', '张三', '李', '先生', '女士', '反映', '某', '，', '13812345678', '110101199003071234', '业主', '王小明', '称', '这位', ' ', '家', '欧阳', '娜娜'),
  { maxLength: 12 },
).map((a) => a.join(''));

/** Any phone, ID or long digit run, also partly masked (138****1234), in a published text. */
const NUMBER_LEAK = /[0-9０-９*]{7,}|1[3-9]\d[- ]\d{4}[- ]\d{4}|\d{3,4}-\d{7,8}/;

describe('redactForPublication', () => {
  it('drops mobiles, landlines and ID numbers whole, keeping nothing of them', () => {
    const text = '张先生来电13812345678、座机0571-88886666、(010)12345678，身份证110101199003071234，旧证110101900307123，手机138 1234 5678。';
    expect(redactForPublication(text)).toBe(
      '某先生来电（号码已隐去）、座机（号码已隐去）、（号码已隐去），身份证（身份证号已隐去），旧证（号码已隐去），手机（号码已隐去）。',
    );
  });

  it('drops numbers that an earlier pass had masked', () => {
    expect(redactForPublication('电话138****5678，证件11*************234')).toBe('电话（号码已隐去），证件（身份证号已隐去）');
  });

  it('replaces citizen names after 市民/来电人/反映人 and with an honorific', () => {
    expect(redactForPublication('市民张三反映噪音')).toBe('市民某某反映噪音');
    expect(redactForPublication('来电人：李四，要求回访')).toBe('来电人：某某，要求回访');
    expect(redactForPublication('反映人王小明称无人处理')).toBe('反映人某某称无人处理');
    expect(redactForPublication('业主欧阳娜娜家漏水')).toBe('业主某某家漏水');
    expect(redactForPublication('李女士和刘师傅')).toBe('某女士和某师傅');
    expect(redactForPublication('市民张先生反映')).toBe('市民某先生反映');
  });

  it('leaves words that only look like the patterns', () => {
    for (const s of ['市民反映小区噪音', '市民多次来电', '市民们反映', '这位先生称', '该女士表示', '业主委员会的意见', '居民小区的路灯', '市民热线中心', '2026年10月15日 14:30', '第 12 条，共 345 件']) {
      expect(redactForPublication(s)).toBe(s);
    }
  });

  it('never lets a phone or ID number through, wherever it sits in prose', () => {
    fc.assert(fc.property(prose, fc.oneof(mobile, idNumber, digits(15), digits(8)), prose, (a, n, b) => {
      expect(redactForPublication(a + n + b)).not.toMatch(NUMBER_LEAK);
    }));
  });

  it('is idempotent, also on texts made of introducers, names and honorifics', () => {
    fc.assert(fc.property(prose, mobile, prose, idNumber, (a, m, b, id) => {
      const once = redactForPublication(`${a}市民张三${m}${b}${id}`);
      expect(redactForPublication(once)).toBe(once);
    }));
    fc.assert(fc.property(nameProse, (t) => {
      const once = redactForPublication(t);
      expect(redactForPublication(once)).toBe(once);
      const masked = maskPersonalText(t);
      expect(maskPersonalText(masked)).toBe(masked);
    }), { numRuns: 2000 });
  });
});

describe('maskPersonalText (the office view)', () => {
  it('masks numbers as section 7 and names after an introducer like a name field', () => {
    expect(maskPersonalText('市民张三丰来电13812345678')).toBe('市民张*丰来电138****5678');
    expect(maskCitizenNames('张先生和来电人李四称')).toBe('张先生和来电人李*称');
  });
});
