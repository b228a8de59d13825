import { describe, expect, it } from 'vitest';
import { cellCount, cellDateTime, EnumReader, restorePhone } from '@core/data/import/cell-values';
import { detectDelimiter, detectEncoding, utf8CompleteLength } from '@core/data/import/sniff';
import { parseDateTime } from '@core/base/time/parse-datetime';
import { fromExcelSerial } from '@core/base/time/shanghai';
import { enc, rng } from './helpers';

describe('cell readers', () => {
  it('datetime fast path agrees with parseDateTime on 20 000 seeded values, valid and not', () => {
    const r = rng(99);
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      const y = [50, 100, 1600, 1899, 1900, 1970, 2000, 2024, 2100, 9999][Math.floor(r() * 10)]! + Math.floor(r() * 4);
      const s = `${pad(y, 4)}-${pad(Math.floor(r() * 14))}-${pad(Math.floor(r() * 33))} ${pad(Math.floor(r() * 25))}:${pad(Math.floor(r() * 61))}:${pad(Math.floor(r() * 61))}`;
      const a = cellDateTime(s), b = parseDateTime(s);
      expect(Object.is(a, b), s).toBe(true);
      if (!Number.isNaN(a)) valid++;
    }
    expect(valid).toBeGreaterThan(2000);
  });

  it('reads numbers as 1900-system serials and refuses absurd ones', () => {
    expect(cellDateTime(45000.5)).toBe(fromExcelSerial(45000.5));
    expect(cellDateTime(-3)).toBeNaN();
    expect(cellDateTime(1e300)).toBeNaN();
    expect(cellDateTime('45000')).toBeNaN();
  });

  it('reads counts', () => {
    expect(['0', '12', ' 3 ', '４', '+2', '5.0', '007'].map(cellCount)).toEqual([0, 12, 3, 4, 2, 5, 7]);
    for (const bad of ['-1', '1.5', 'x', '1e3', '']) expect(cellCount(bad), bad).toBeNaN();
    expect(cellCount(3)).toBe(3);
    expect(cellCount(3.5)).toBeNaN();
    expect(cellCount(-1)).toBeNaN();
  });

  it('restores phones only when exact', () => {
    expect(restorePhone('1.3800138123E10')).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('1.38001381234E10')).toEqual({ text: '1.38001381234E10', exact: false });
    expect(restorePhone(13800138123)).toEqual({ text: '13800138123', exact: true });
    expect(restorePhone('13800138123')).toBeNull();
    expect(restorePhone('010-1234E5')).toBeNull();
  });

  it('reads enums with aliases after NFKC and trimming, nothing inherited from Object', () => {
    const e = new EnumReader(['已解决', '未解决'], { 是: '已解决', 否: '未解决' });
    expect(['已解决', ' 是 ', '否', '　未解决', 'toString', '__proto__', 'constructor'].map((v) => e.read(v))).toEqual(['已解决', '已解决', '未解决', '未解决', null, null, null]);
  });
});

describe('sniffing', () => {
  it('finds where a UTF-8 sequence is cut', () => {
    const b = enc.encode('a中😀');
    expect(utf8CompleteLength(b)).toBe(b.length);
    expect(utf8CompleteLength(b.subarray(0, 5))).toBe(4);
    expect(utf8CompleteLength(b.subarray(0, 3))).toBe(1);
    expect(utf8CompleteLength(b.subarray(0, 2))).toBe(1);
  });

  it('detects encodings and delimiters', () => {
    expect(detectEncoding(enc.encode('工单编号,受理时间'))).toBe('utf-8');
    expect(detectEncoding(enc.encode('工单编号,受理时间').subarray(0, 4))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xb9, 0xa4, 0xb5, 0xa5]))).toBe('gb18030');
    expect(detectDelimiter('a\tb\tc;d')).toBe('\t');
    expect(detectDelimiter('a;b;c,d\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('单列')).toBe(',');
  });
});
