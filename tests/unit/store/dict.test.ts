import { describe, expect, it } from 'vitest';
import { encode, newDict } from '@core/table/dict';

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
