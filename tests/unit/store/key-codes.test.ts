import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyCodes } from '@core/data/table/key-codes';

/** Rows of keys with a KeyCodes over them, checked against a plain map of first codes. */
function run(ops: ({ op: 'add'; key: string } | { op: 'set'; row: number; key: string })[], hash?: (s: string) => number): void {
  const keys: string[] = [];
  const codes: number[] = [];
  const k = new KeyCodes((r) => keys[r]!, hash);
  for (const o of ops) {
    if (o.op === 'add') {
      keys.push(o.key);
      codes.push(k.code(o.key, keys.length - 1));
    } else if (keys.length > 0) {
      const row = o.row % keys.length;
      k.release(row, codes[row]!);
      keys[row] = o.key;
      codes[row] = k.code(o.key, row);
    }
    // Equal keys have equal codes, each code reads back as its key, '' is code 0.
    for (let r = 0; r < keys.length; r++) {
      expect(k.valueAt(codes[r]!)).toBe(keys[r]);
      expect(codes[r] === 0).toBe(keys[r] === '');
    }
  }
  const byKey = new Map<string, number>();
  keys.forEach((key, r) => {
    const c = byKey.get(key);
    if (c === undefined) byKey.set(key, codes[r]!); else expect(codes[r]).toBe(c);
  });
  expect(new Set(byKey.values()).size).toBe(byKey.size);
}

const opArb = fc.oneof(
  fc.record({ op: fc.constant('add' as const), key: fc.constantFrom('', '甲路1号', '甲路2号', '乙街', 'x', 'X', '13800000000') }),
  fc.record({ op: fc.constant('set' as const), row: fc.nat(50), key: fc.constantFrom('', '甲路1号', '丙巷', 'x') }),
);

describe('KeyCodes', () => {
  it('codes keys like a dictionary, through updates of the rows codes remember', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => run(ops)), { numRuns: 200 });
  });

  it('tells keys apart by comparing them when every hash collides', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => run(ops, () => 7)), { numRuns: 100 });
  });

  it('grows past its first table and goes on from an existing column', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? '' : `路${i % 1700}`));
    const k = new KeyCodes((r) => keys[r]!);
    const codes = keys.map((key, r) => k.code(key, r));
    expect(k.size).toBe(new Set(keys).size);
    // A builder on top of the finished column: same codes for old keys, new codes after them.
    const more = [...keys, '路5', '新路'];
    const k2 = KeyCodes.seeded((r) => more[r]!, codes, keys.length, k.size);
    expect(k2.code('路5', keys.length)).toBe(codes[5]);
    expect(k2.code('新路', keys.length + 1)).toBe(k.size);
    expect(k2.values.slice(0, k.size)).toEqual(k.values);
    expect(k2.index.get('路1')).toBe(codes[1]);
  });

  it('keeps the key of a code whose first row changed, and never matches a code no row holds', () => {
    const keys = ['甲', '甲', '乙'];
    const k = new KeyCodes((r) => keys[r]!);
    const codes = keys.map((key, r) => k.code(key, r));
    k.release(0, codes[0]!);
    keys[0] = '丙';
    expect(k.code('丙', 0)).toBe(3);
    expect(k.code('甲', 1)).toBe(codes[1]);
    // Code 2 (乙) seeded with no row holding it any more reads as a marker no key equals.
    const seeded = KeyCodes.seeded((r) => ['甲'][r]!, [1], 1, 3);
    expect(seeded.valueAt(2).startsWith('\u0000')).toBe(true);
    expect(seeded.code('乙', 1)).toBe(3);
  });
});
