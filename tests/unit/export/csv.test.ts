import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvBuilder, csvField, csvLine, toCsvBytes, UTF8_BOM } from '@core/data/export/csv';

/** A minimal RFC 4180 reader, to check that what we write reads back to the escaped values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('csvField', () => {
  it('writes numbers as data, negative numbers unescaped', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12)).toBe('12');
    expect(csvField(NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });
  it('escapes text that starts a formula, text "-3" included', () => {
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });
});

describe('CSV file', () => {
  it('starts with the UTF-8 BOM bytes and uses CRLF', () => {
    const bytes = toCsvBytes(['工单编号', '退单次数'], [['A1', 2], ['=B2', -1]]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`${UTF8_BOM}工单编号,退单次数\r\nA1,2\r\n'=B2,-1\r\n`);
  });

  it('builder in chunks equals one-shot output, and size counts every byte', () => {
    const recs = [['甲', 1], ['乙,丙', null], ['-x', -2]] as const;
    const b = createCsvBuilder(['h1', 'h2']);
    b.add(recs.slice(0, 1));
    b.add([]);
    b.add(recs.slice(1));
    const whole = toCsvBytes(['h1', 'h2'], recs);
    expect(b.bytes()).toEqual(whole);
    expect(b.size).toBe(whole.length);
  });

  it('round-trips any text: reading back gives the escaped value', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const recs = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const text = recs.map(csvLine).join('');
        const back = parseCsv(text);
        expect(back).toEqual(recs.map((r) => r.map((s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s))));
      }),
    );
  });
});
