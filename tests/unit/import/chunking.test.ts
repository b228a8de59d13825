import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { balanced, csv, enc, rng, run, type Result } from './helpers';

/** A file exercising every boundary: CRLF, quotes, doubled quotes, quoted newlines, 4-byte characters, bad rows, duplicates. */
function sample(n: number): string {
  const rows: string[][] = [['工单编号', '受理时间', '诉求内容', '联系电话', '满意度', '退单次数', '附加']];
  for (let i = 0; i < n; i++) {
    const id = i % 17 === 5 ? '' : `T${i % 50 === 49 ? i - 1 : i}`;
    rows.push([
      id,
      i % 13 === 7 ? '2024-13-01' : `2024-0${(i % 9) + 1}-1${i % 10} 0${i % 10}:1${i % 6}:00`,
      i % 3 === 0 ? `第${i}条"引号"\r\n换行，逗号,𠮷😀` : `普通内容${i}`,
      i % 11 === 0 ? '1.3800138123E10' : '13912345678',
      i % 19 === 3 ? '不知道' : '满意',
      i % 23 === 4 ? 'x' : String(i % 4),
      i % 2 ? 'é' : '',
    ]);
  }
  return csv(rows);
}

function same(a: Result, b: Result): void {
  expect(b.report).toEqual(a.report);
  expect(b.tickets).toEqual(a.tickets);
}

describe('chunk boundaries', () => {
  const text = sample(300);
  const encodings: [string, Uint8Array][] = [
    ['utf-8', enc.encode(text)],
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)])],
    ['gb18030', iconv.encode(text, 'gb18030')],
    ['utf-16le', new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])],
    ['utf-16be', new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')])],
  ];

  it.each(encodings)('gives the identical report and tickets for 1-byte, 7-byte and random chunks (%s)', (_name, bytes) => {
    const whole = run(bytes);
    expect(whole.report.rows).toBe(300);
    expect(whole.report.rejected.length).toBeGreaterThan(20);
    expect(whole.report.duplicates.length).toBeGreaterThan(3);
    expect(balanced(whole.report)).toBe(true);
    same(whole, run(bytes, {}, [1]));
    same(whole, run(bytes, {}, [7]));
    const r = rng(42);
    same(whole, run(bytes, {}, () => 1 + Math.floor(r() * 5000)));
    same(whole, run(bytes, {}, [2, 3, 1, 65536, 1]));
  });

  it('returns CSV rows from the push that completes them, not only at the end', () => {
    const bytes = enc.encode(sample(3000));
    const r = run(bytes, {}, [64 * 1024]);
    expect(r.fromPushes).toBeGreaterThan(r.tickets.length * 0.9);
    expect(r.tickets.length).toBe(run(bytes).tickets.length);
  });
});
