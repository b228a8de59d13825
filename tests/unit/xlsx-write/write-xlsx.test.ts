import { describe, expect, it } from 'vitest';
import { generateCity } from '@core/demo/index';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import { fromExcelSerial, localToEpoch, toExcelSerial } from '@core/base/time/shanghai';
import { eventSheet, ticketSheet } from '@core/data/xlsx/write-ticket-xlsx';
import { columnLetters, writeXlsx, xmlEscape } from '@core/data/xlsx/write-xlsx';
import { checkWellFormed, sharedStrings, unzip } from './xml-check';

describe('the well-formedness check used here', () => {
  it('rejects what is not XML', () => {
    for (const bad of ['<a><b></a>', '<a>x &nbsp; y</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>\u0001</a>', '<a', '<a x=1/>']) {
      expect(() => checkWellFormed(bad), bad).toThrow();
    }
    expect(() => checkWellFormed('<?xml version="1.0"?>\n<a x="&amp;"><b/>t&lt;</a>')).not.toThrow();
  });
});

describe('columnLetters and xmlEscape', () => {
  it('names columns like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('escapes markup and strips characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlEscape('x\u0000y\u0008z\u000Bw\uFFFE\uD800!')).toBe('xyzw!');
    expect(xmlEscape('表情😀\t\n')).toBe('表情😀\t\n');
  });
});

describe('writeXlsx', () => {
  const sheet = {
    name: '工单/明细:2026?',
    header: ['编号', '时间', '电话', '数量', '备注'],
    rows: [
      ['A1', toExcelSerial(localToEpoch(2026, 1, 2, 3, 4, 5)), '13800138000', 3, '<b>&"引号"'],
      ['A2', null, '', 0, 'bad\u0001char\uD83D'],
      ['A3', toExcelSerial(localToEpoch(2025, 12, 31, 23, 59, 59)), '010-12345678', Number.NaN, '多行\n文本'],
    ],
    dateColumns: [1],
  };
  const files = unzip(writeXlsx([sheet, { name: '工单/明细:2026?', header: ['x'], rows: [] }]));

  it('produces a zip with the parts Excel needs, all well-formed XML', () => {
    for (const p of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      expect(files[p], p).toBeDefined();
      expect(() => checkWellFormed(files[p]!), p).not.toThrow();
    }
  });

  it('names sheets legally and uniquely', () => {
    const names = [...files['xl/workbook.xml']!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['工单明细2026', '工单明细2026_2']);
  });

  it('writes text as shared strings, numbers as numbers, dates with a date style, and leaves empties out', () => {
    const xml = files['xl/worksheets/sheet1.xml']!;
    const sst = sharedStrings(files['xl/sharedStrings.xml']!);
    const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/g)].map((m) => ({ ref: m[1]!, attrs: m[2]!, v: m[3]! }));
    // 5 header + 5 + 3 (null, '' and NaN dropped) + 4 (NaN dropped)
    expect(cells).toHaveLength(5 + 5 + 3 + 4);
    const at = (ref: string): { attrs: string; v: string } | undefined => cells.find((c) => c.ref === ref);
    const text = (ref: string): string => { const c = at(ref)!; expect(c.attrs).toContain('t="s"'); return sst[+c.v]!; };
    expect(text('A1')).toBe('编号');
    expect(text('C2')).toBe('13800138000');
    expect(text('E2')).toBe('<b>&"引号"');
    expect(text('E3')).toBe('badchar');
    expect(text('E4')).toBe('多行\n文本');
    expect(at('D3')!.v).toBe('0');
    expect(at('D2')!.attrs).not.toContain('t=');
    expect(at('B2')!.attrs).toContain('s="1"');
    expect(fromExcelSerial(+at('B2')!.v)).toBe(localToEpoch(2026, 1, 2, 3, 4, 5));
    expect(at('B3')).toBeUndefined();
    expect(at('D4')).toBeUndefined();
    expect(files['xl/styles.xml']).toContain('formatCode="yyyy-mm-dd hh:mm:ss"');
    expect(xml).toContain('<dimension ref="A1:E4"/>');
  });

  it('is byte-identical for identical input', () => {
    expect(writeXlsx([sheet])).toEqual(writeXlsx([sheet]));
  });

  it('stores the same parts at any compression level', () => {
    const stored = writeXlsx([sheet], { level: 0 });
    expect(stored.length).toBeGreaterThan(writeXlsx([sheet], { level: 9 }).length);
    expect(unzip(stored)).toEqual(unzip(writeXlsx([sheet])));
  });

  it('refuses to write a workbook without sheets', () => {
    expect(() => writeXlsx([])).toThrow(/工作表/);
  });
});

describe('ticket sheets', () => {
  it('hold one row per ticket with the right cell count, phones as text and datetimes as serials', () => {
    const { tickets, events } = generateCity({ tickets: 800, seed: 8 });
    const files = unzip(writeXlsx([ticketSheet(tickets), eventSheet(events)]));
    const xml = files['xl/worksheets/sheet1.xml']!;
    checkWellFormed(xml);
    checkWellFormed(files['xl/sharedStrings.xml']!);
    const rows = [...xml.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)];
    expect(rows).toHaveLength(tickets.length + 1);
    const filled = (t: (typeof tickets)[number]): number => TICKET_COLUMNS.filter((c) => { const v = t[c.key]; return v !== null && v !== ''; }).length;
    const expected = TICKET_COLUMNS.length + tickets.reduce((s, t) => s + filled(t), 0);
    expect((xml.match(/<c /g) ?? []).length).toBe(expected);
    const sst = sharedStrings(files['xl/sharedStrings.xml']!);
    const phoneCol = columnLetters(TICKET_COLUMNS.findIndex((c) => c.key === 'callerPhone'));
    const accCol = columnLetters(TICKET_COLUMNS.findIndex((c) => c.key === 'acceptedAt'));
    const phone = new RegExp(`<c r="${phoneCol}2" t="s"><v>(\\d+)</v>`).exec(xml)!;
    expect(sst[+phone[1]!]).toBe(tickets[0]!.callerPhone);
    const acc = new RegExp(`<c r="${accCol}2" s="1"><v>([\\d.]+)</v>`).exec(xml)!;
    expect(fromExcelSerial(+acc[1]!)).toBe(tickets[0]!.acceptedAt);
    const ev = files['xl/worksheets/sheet2.xml']!;
    expect([...ev.matchAll(/<row /g)]).toHaveLength(events.length + 1);
  });
});
