/** The canonical JSON package against the test vectors printed in RFC 8785. */
import { describe, expect, it } from 'vitest';
import { jcs } from '@core/records/canonical';

const fromHex = (hex: string): number => new DataView(Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))).buffer).getFloat64(0);

describe('jcs (RFC 8785)', () => {
  it('serializes the example of section 3.2.2', () => {
    const input = '{\n "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n "literals": [null, true, false]\n}';
    expect(jcs(JSON.parse(input))).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts properties by UTF-16 code units (section 3.2.3)', () => {
    const input = '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}';
    const out = jcs(JSON.parse(input));
    const values = Object.values(JSON.parse(out) as Record<string, string>);
    // Object.values puts the integer-like key first, so check the text order instead.
    expect(values).toContain('One');
    expect(out).toBe('{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}');
  });

  it('serializes the IEEE 754 numbers of appendix B', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'], ['8000000000000000', '0'], ['0000000000000001', '5e-324'], ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'], ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'], ['c340000000000000', '-9007199254740992'], ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'], ['44b52d02c7e14af6', '1e+23'], ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'], ['444b1ae4d6e2ef4f', '999999999999999900000'], ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'], ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'], ['41b3de4355555554', '333333333.33333325'], ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'], ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'], ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [hex, want] of cases) expect(jcs(fromHex(hex)), hex).toBe(want);
  });

  it('refuses values without a JSON form, with a Chinese message', () => {
    expect(() => jcs(fromHex('7fffffffffffffff'))).toThrow(/规范 JSON/);
    expect(() => jcs(fromHex('7ff0000000000000'))).toThrow(/规范 JSON/);
    expect(() => jcs({ s: '\ud800' })).toThrow(/规范 JSON/);
    expect(() => jcs(undefined)).toThrow(/规范 JSON/);
  });

  it('keeps Chinese text as is and drops undefined members', () => {
    expect(jcs({ b: '表彰', a: undefined, c: [1, 'x'] })).toBe('{"b":"表彰","c":[1,"x"]}');
  });
});
