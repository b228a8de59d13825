import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_FIELDS } from '@core/data/import/csv-tokenizer';
import { balanced, enc, run, runText } from './helpers';

const HEAD = '工单编号,受理时间,诉求内容\n';
const good = (i: number): string => `G${i},2024-01-01,内容${i}\n`;

describe('broken quoting and huge fields', () => {
  it('rejects a row whose quote never closes, and recovers the rows it swallowed', () => {
    const text = `${HEAD}${good(1)}B,2024-01-01,"没有闭合的引号\n${good(2)}${good(3)}`;
    const r = runText(text);
    expect(r.report.rows).toBe(4);
    expect(r.report.rejected).toHaveLength(1);
    expect(r.report.rejected[0]).toMatchObject({ row: 3, column: '诉求内容' });
    expect(r.report.rejected[0]!.reason).toContain('引号未闭合');
    expect(r.tickets.map((t) => t.id)).toEqual(['G1', 'G2', 'G3']);
    expect(balanced(r.report)).toBe(true);
  });

  it('rejects a field over the size limit and resumes after the broken quote', () => {
    const filler = Array.from({ length: 40 }, (_, i) => good(100 + i)).join('');
    const text = `${HEAD}${good(1)}B,2024-01-01,"坏\n${filler}${good(2)}`;
    // Limit 200 characters: the quote swallows 40 rows (> 200 chars) before the limit trips.
    const r = run(enc.encode(text), { maxFieldChars: 200 }, [13]);
    expect(r.report.rejected[0]).toMatchObject({ row: 3, column: '诉求内容' });
    expect(r.report.rejected[0]!.reason).toContain('字段超过 200 个字符');
    expect(r.tickets.map((t) => t.id)).toEqual(['G1', ...Array.from({ length: 40 }, (_, i) => `G${100 + i}`), 'G2']);
    expect(balanced(r.report)).toBe(true);
  });

  it('holds a 1 MiB limit by default: a 3 MiB unclosed quote is one rejected row', () => {
    const big = 'x'.repeat(3 << 20);
    const r = run(enc.encode(`${HEAD}A,2024-01-01,"${big}\n${good(1)}`), {}, [1 << 16]);
    expect(r.report.rejected).toHaveLength(1);
    expect(r.report.rejected[0]!.reason).toContain('1 MiB');
    expect(r.report.rejected[0]!.value.length).toBeLessThan(300);
    expect(r.tickets.map((t) => t.id)).toEqual(['G1']);
  });

  it('rejects an over-long unquoted line and goes on with the next line', () => {
    const r = run(enc.encode(`${HEAD}A,2024-01-01,${'y'.repeat(500)}\n${good(1)}`), { maxFieldChars: 100 }, [7]);
    expect(r.report.rows).toBe(2);
    expect(r.report.rejected[0]).toMatchObject({ row: 2, column: '诉求内容' });
    expect(r.tickets.map((t) => t.id)).toEqual(['G1']);
  });

  it('rejects a record with too many fields', () => {
    const r = runText(`${HEAD}A,2024-01-01${','.repeat(MAX_FIELDS + 5)}\n${good(1)}`);
    expect(r.report.rows).toBe(2);
    expect(r.report.rejected[0]!.reason).toContain('分隔符');
    expect(r.tickets.map((t) => t.id)).toEqual(['G1']);
  });

  it('keeps text after a closing quote and quotes inside unquoted fields literally', () => {
    const recs: string[][] = [];
    const t = new CsvTokenizer(',', (f) => recs.push(f));
    t.feed('"ab"cd,e"f"g,"x""y"\n"",""""\n');
    t.end();
    expect(recs).toEqual([['abcd', 'e"f"g', 'x"y'], ['', '"']]);
  });

  it('refuses a file whose header row is broken', () => {
    const r = run(enc.encode(`"工单编号,受理时间\n${'z'.repeat(300)}`), { maxFieldChars: 100 });
    expect(r.report.refused).toBeDefined();
    expect(r.report.rows).toBe(0);
  });
});
