import { describe, expect, it } from 'vitest';
import { derivedDict, dictSize, dictValue, encode, newDict, type Dict } from '@core/data/table/dict';
import { TableBuilder } from '@core/data/store/store-table';
import { makeTicket } from './ticket-factory';

describe('dictionary encode', () => {
  it('gives each distinct string one code, across the small-dictionary scan and the map', () => {
    const d = newDict();
    const words = Array.from({ length: 40 }, (_, i) => `值${i % 25}`);
    const codes = words.map((w) => encode(d, (w + ' ').slice(0, -1)));
    expect(d.values.length).toBe(26);
    words.forEach((w, i) => {
      expect(d.values[codes[i]!]).toBe(w);
      expect(d.index.get(w)).toBe(codes[i]);
    });
    expect(encode(d, '')).toBe(0);
    expect(encode(d, '值3')).toBe(codes[3]);
  });
});

describe('derived dictionary', () => {
  // Rows' keys: row r's key is keys[r]; codes as an encoder would give them.
  const keys = ['', 'b', 'a', 'b', '', 'c'];
  const codes = Int32Array.of(0, 1, 2, 1, 0, 3, /* a row past n, never read */ 9);
  const made = (): Dict => derivedDict(5, codes, keys.length, (r) => keys[r]!);

  it('works each value out from a row holding its code, without building the whole list', () => {
    const d = made();
    expect(dictSize(d)).toBe(5);
    expect([0, 1, 2, 3].map((c) => dictValue(d, c))).toEqual(['', 'b', 'a', 'c']);
    // Code 4 has no row left (its rows were updated): a value no real key can equal.
    expect(dictValue(d, 4).startsWith('\u0000')).toBe(true);
    expect(dictValue(d, 99)).toBe('');
  });

  it('builds the same list and map on demand, so an encoder can go on from it', () => {
    const d = made();
    expect(d.values.slice(0, 4)).toEqual(['', 'b', 'a', 'c']);
    expect(d.values).toHaveLength(5);
    expect(d.index.get('a')).toBe(2);
    expect(encode(d, 'c')).toBe(3);
    expect(dictValue(d, 2)).toBe('a');
  });
});

describe('address and phone keys of a finished table', () => {
  it('are not kept, come back from the rows, and a builder on top of the table keeps their codes', () => {
    const b = new TableBuilder();
    b.append(makeTicket({ id: 'A', address: '东城区 1 号', callerPhone: '13800000001' }));
    b.append(makeTicket({ id: 'B', address: '东城区1号', callerPhone: '' }));
    b.append(makeTicket({ id: 'C', address: '西城区2号', callerPhone: '13800000001' }));
    // Finishing works no key out (a million of them would be a million strings made for nothing).
    let reads = 0;
    const get = b.text.address.get.bind(b.text.address);
    b.text.address.get = (r: number): string => { reads++; return get(r); };
    const t = b.finish();
    expect(reads).toBe(0);
    expect(t.dicts.addressKey.valueAt).toBeDefined();
    expect(t.codes.addressKey[0]).toBe(t.codes.addressKey[1]);
    expect(dictValue(t.dicts.addressKey, t.codes.addressKey[2]!)).toBe('西城区2号');
    expect(dictValue(t.dicts.phoneKey, t.codes.phoneKey[2]!)).toBe('13800000001');
    // Keys that are not their own text (upper case, spaces) meet the same code as their key.
    const more = new TableBuilder(t);
    more.append(makeTicket({ id: 'E', address: '西城区2号', callerPhone: '138 0000 0001' }));
    more.append(makeTicket({ id: 'F', address: 'A栋3号', callerPhone: '' }));
    more.append(makeTicket({ id: 'G', address: 'a栋3号', callerPhone: '' }));
    const t3 = more.finish();
    expect(t3.codes.addressKey[3]).toBe(t.codes.addressKey[2]);
    expect(t3.codes.phoneKey[3]).toBe(t.codes.phoneKey[0]);
    expect(t3.codes.addressKey[4]).toBe(t3.codes.addressKey[5]);
    expect(dictValue(t3.dicts.addressKey, t3.codes.addressKey[4]!)).toBe('a栋3号');
    const next = new TableBuilder(t);
    next.set(0, makeTicket({ id: 'A', address: '北城区9号', callerPhone: '13800000001' }));
    next.append(makeTicket({ id: 'D', address: '西城区 2 号', callerPhone: '13900000002' }));
    const t2 = next.finish();
    expect(t2.codes.addressKey[3]).toBe(t.codes.addressKey[2]);
    expect(t2.codes.addressKey[1]).toBe(t.codes.addressKey[1]);
    expect(dictValue(t2.dicts.addressKey, t2.codes.addressKey[0]!)).toBe('北城区9号');
    expect(dictValue(t2.dicts.phoneKey, t2.codes.phoneKey[3]!)).toBe('13900000002');
    expect(dictSize(t2.dicts.addressKey)).toBe(4);
  });
});
