import { describe, expect, it } from 'vitest';
import { generateCity } from '@core/demo/index';
import { localToEpoch, toExcelSerial } from '@core/base/time/shanghai';
import { eventSheet, ticketSheet } from '@core/data/xlsx/write-ticket-xlsx';
import { writeXlsx, type XlsxCell } from '@core/data/xlsx/write-xlsx';
import { createXlsxStream, type XlsxStreamSheet } from '@core/data/xlsx/write-xlsx-stream';
import { cellsOf, checkWellFormed, sharedStrings, unzip } from './xml-check';

/** Runs the stream writer over `sheets` (rows fed in batches of `batch`) and returns the archive and chunk count. */
function streamed(sheets: { spec: XlsxStreamSheet; rows: XlsxCell[][] }[], batch = 7): { bytes: Uint8Array; chunks: number } {
  const parts: Uint8Array[] = [];
  let finals = 0;
  const w = createXlsxStream(sheets.map((s) => s.spec), (c, final) => { parts.push(c); if (final) finals++; });
  sheets.forEach((s, i) => {
    if (i > 0) w.nextSheet();
    for (let r = 0; r < s.rows.length; r += batch) w.addRows(s.rows.slice(r, r + batch));
  });
  w.end();
  expect(finals).toBe(1);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) { bytes.set(p, off); off += p.length; }
  return { bytes, chunks: parts.length };
}

const rows: XlsxCell[][] = [
  ['A1', toExcelSerial(localToEpoch(2026, 1, 2, 3, 4, 5)), '13800138000', 3, '<b>&"引号"'],
  ['A2', null, '', 0, 'bad\u0001char'],
  ['A3', Number.NaN, '010-1234', -1.5, '多行\n文本  '],
];

describe('createXlsxStream', () => {
  it('writes a well-formed workbook whose cells equal those of writeXlsx', () => {
    const spec = { name: '明细', header: ['编号', '时间', '电话', '数量', '备注'], dateColumns: [1] };
    const { bytes } = streamed([{ spec, rows }, { spec: { name: '明细', header: ['x'] }, rows: [['y']] }]);
    const files = unzip(bytes);
    for (const [name, xml] of Object.entries(files)) expect(() => checkWellFormed(xml), name).not.toThrow();
    expect(files['xl/sharedStrings.xml']).toBeUndefined();
    expect(files['[Content_Types].xml']).not.toContain('sharedStrings');
    const mem = unzip(writeXlsx([{ ...spec, rows }]));
    const want = cellsOf(mem['xl/worksheets/sheet1.xml']!, sharedStrings(mem['xl/sharedStrings.xml']!));
    const got = cellsOf(files['xl/worksheets/sheet1.xml']!);
    expect([...got].map(([r, c]) => [r, c.v, c.s])).toEqual([...want].map(([r, c]) => [r, c.v, c.s]));
    expect(got.get('C2')!.t).toBe('inlineStr');
    expect(got.get('B2')!.s).toBe('1');
    expect(cellsOf(files['xl/worksheets/sheet2.xml']!).get('A2')!.v).toBe('y');
    expect([...files['xl/workbook.xml']!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual(['明细', '明细_2']);
  });

  it('emits the archive in several chunks and the same bytes whatever the batching', () => {
    const { tickets, events } = generateCity({ tickets: 3000, seed: 5 });
    const t = ticketSheet(tickets), e = eventSheet(events);
    const sheets = [{ spec: t, rows: t.rows }, { spec: e, rows: e.rows }];
    const a = streamed(sheets, 100);
    const b = streamed(sheets, 1);
    expect(a.chunks).toBeGreaterThan(3);
    expect(b.bytes).toEqual(a.bytes);
    const files = unzip(a.bytes);
    checkWellFormed(files['xl/worksheets/sheet1.xml']!);
    expect((files['xl/worksheets/sheet1.xml']!.match(/<row /g) ?? []).length).toBe(tickets.length + 1);
    expect((files['xl/worksheets/sheet2.xml']!.match(/<row /g) ?? []).length).toBe(events.length + 1);
  });

  it('writes header-only parts for sheets never reached and refuses rows after end()', () => {
    const parts: Uint8Array[] = [];
    const w = createXlsxStream([{ name: 'a', header: ['h'] }, { name: 'b', header: ['k'] }], (c) => parts.push(c));
    w.addRows([['1']]);
    w.end();
    expect(() => w.addRows([['2']])).toThrow(/已写完/);
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) { all.set(p, off); off += p.length; }
    const files = unzip(all);
    expect(files['xl/worksheets/sheet2.xml']).toContain('<c r="A1"');
    expect(() => createXlsxStream([], () => undefined)).toThrow(/工作表/);
  });
});
