import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniff } from '@core/data/import/index';
import { csv, enc, run } from './helpers';

const ROWS = [
  ['工单编号', '受理时间', '诉求类型', '诉求内容', '区', '承办单位'],
  ['GD001', '2024-03-01 08:30:00', '投诉', '小区门口"占道"经营，噪音大', '东城区', '东华门街道'],
  ['GD002', '2024年3月2日 9:05', '咨询', '多行\n内容；含分号,逗号\t制表', '西城区', '市住建委'],
  ['GD003', '2024/3/3 10:00', '建议', '𠮷 生僻字与 emoji 😀', '朝阳区', '朝阳区城管委'],
];

function checkTickets(tickets: { id: string; content: string; district: string }[]): void {
  expect(tickets.map((t) => t.id)).toEqual(['GD001', 'GD002', 'GD003']);
  expect(tickets[0]!.content).toBe('小区门口"占道"经营，噪音大');
  expect(tickets[1]!.content).toBe('多行\n内容；含分号,逗号\t制表');
  expect(tickets[2]!.content).toBe('𠮷 生僻字与 emoji 😀');
  expect(tickets[2]!.district).toBe('朝阳区');
}

function utf16(text: string, be: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = be ? 0xfe : 0xff;
  out[1] = be ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('CSV encodings and delimiters', () => {
  const text = csv(ROWS);

  it('reads UTF-8 without BOM', () => {
    const r = run(enc.encode(text));
    expect(r.report.encoding).toBe('utf-8');
    expect(r.report.delimiter).toBe(',');
    expect(r.report.rows).toBe(3);
    checkTickets(r.tickets);
  });

  it('reads UTF-8 with BOM and does not keep the BOM in the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]);
    const r = run(bytes);
    expect(r.report.encoding).toBe('utf-8');
    expect(r.report.columns[0]).toEqual({ index: 0, header: '工单编号', key: 'id' });
    checkTickets(r.tickets);
  });

  it('reads GB18030 (as written by Chinese Excel) and detects it', () => {
    const bytes = iconv.encode(text, 'gb18030');
    expect(sniff(bytes).encoding).toBe('gb18030');
    const r = run(bytes);
    expect(r.report.encoding).toBe('gb18030');
    expect(r.report.accepted).toBe(3);
    checkTickets(r.tickets);
  });

  it('reads GBK whose first 64 KiB are ASCII, switching encoding with a warning', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => [`A${i}`, '2024-01-01 00:00:00', '', 'ascii only text here', '', '']);
    const t = csv([['ticket_id', 'accepted_at', 'kind', 'content', 'district', 'unit'], ...filler, ...ROWS.slice(1)]);
    const bytes = iconv.encode(t, 'gb18030');
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(sniff(bytes.subarray(0, 64 * 1024)).encoding).toBe('utf-8');
    const r = run(bytes, {}, [4096]);
    expect(r.report.encoding).toBe('gb18030');
    expect(r.report.accepted).toBe(3003);
    expect(r.report.warnings.some((w) => w.message.includes('GB18030'))).toBe(true);
    checkTickets(r.tickets.slice(3000));
  });

  it.each([false, true])('reads UTF-16 with BOM (big-endian: %s)', (be) => {
    const bytes = utf16(text, be);
    const r = run(bytes, {}, [3]);
    expect(r.report.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
    checkTickets(r.tickets);
  });

  it('detects tab and semicolon delimiters from the header line, outside quotes', () => {
    const tsv = run(enc.encode(csv(ROWS, '\t')));
    expect(tsv.report.delimiter).toBe('\t');
    checkTickets(tsv.tickets);
    const semi = run(enc.encode(csv(ROWS, ';')));
    expect(semi.report.delimiter).toBe(';');
    checkTickets(semi.tickets);
    // Commas inside a quoted header do not count: the file is semicolon-separated.
    const tricky = run(enc.encode('"工单编号,,,";受理时间\nA;2024-01-01\n'));
    expect(tricky.report.delimiter).toBe(';');
    expect(tricky.report.columns.map((c) => c.header)).toEqual(['工单编号,,,', '受理时间']);
  });

  it('accepts LF, CRLF and CR line ends, and doubled quotes', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = run(enc.encode(csv(ROWS, ',', eol)));
      expect(r.report.rows).toBe(3);
      checkTickets(r.tickets);
    }
  });

  it('respects an explicit encoding and delimiter', () => {
    const bytes = iconv.encode(csv(ROWS, ';'), 'gb18030');
    const r = run(bytes, { encoding: 'gb18030', delimiter: ';' });
    expect(r.report.encoding).toBe('gb18030');
    checkTickets(r.tickets);
  });
});

describe('explicit encoding', () => {
  it('does not switch away from an encoding the user chose', () => {
    const bytes = iconv.encode(csv([['ticket_id', 'accepted_at', 'content'], ['A', '2024-01-01', '中文']]), 'gb18030');
    const r = run(bytes, { encoding: 'utf-8' });
    expect(r.report.encoding).toBe('utf-8');
    expect(r.report.warnings).toEqual([]);
    expect(r.tickets[0]!.content).toContain('\uFFFD');
    expect(run(bytes).tickets[0]!.content).toBe('中文');
  });
});

describe('UTF-16 without BOM', () => {
  it('is recognized from its zero bytes when the text is mostly ASCII', () => {
    const text = csv([['ticket_id', 'accepted_at', 'content'], ['A1', '2024-01-01 08:00:00', 'hello 你好'], ['A2', '2024-01-02', 'x']]);
    for (const e of ['utf-16le', 'utf-16be'] as const) {
      const r = run(iconv.encode(text, e), {}, [5]);
      expect(r.report.encoding).toBe(e);
      expect(r.tickets.map((t) => t.content)).toEqual(['hello 你好', 'x']);
    }
  });
});
