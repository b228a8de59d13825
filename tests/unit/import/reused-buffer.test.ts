import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createImportSession } from '@core/data/import/session';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { csv, enc, run, xlsx, type Result } from './helpers';

/**
 * The engine reads files with a BYOB reader into one buffer it reuses for every read, so a
 * session must not keep a reference to a pushed chunk (the sniffed head, an XLSX file's bytes,
 * a character cut at the end of a chunk). Feeding through one reused, overwritten buffer must give
 * exactly what feeding fresh copies gives.
 */
function runReused(bytes: Uint8Array, size: number): Result {
  const s = createImportSession({ target: 'tickets' });
  const buf = new Uint8Array(size);
  const tickets: Ticket[] = [], events: FlowEvent[] = [];
  for (let o = 0; o < bytes.length; o += size) {
    const n = Math.min(size, bytes.length - o);
    buf.set(bytes.subarray(o, o + n));
    const b = s.push(buf.subarray(0, n));
    tickets.push(...b.tickets); events.push(...b.events);
    buf.fill(0x41); // what a reader writing the next read into the same memory would leave
  }
  const fromPushes = tickets.length + events.length;
  const last = s.end();
  tickets.push(...last.tickets); events.push(...last.events);
  return { report: s.report(), tickets, events, fromPushes };
}

function sample(n: number): string {
  const rows: string[][] = [['工单编号', '受理时间', '诉求内容', '联系电话', '满意度']];
  for (let i = 0; i < n; i++) rows.push([`T${i}`, `2024-03-1${i % 10} 08:0${i % 10}:00`, `第${i}条，噪音扰民𠮷"引号"`, '13912345678', i % 3 ? '满意' : '不满意']);
  return csv(rows);
}

describe('a session fed from one reused buffer', () => {
  const text = sample(400);
  const files: [string, Uint8Array][] = [
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)])],
    ['gb18030', iconv.encode(text, 'gb18030')],
    ['utf-8 head, then GBK bytes', new Uint8Array([...enc.encode(sample(1200)), ...iconv.encode(`T9999,2024-03-01 08:00:00,后面是GBK编码,13912345678,满意\r\n`, 'gb18030')])],
    ['xlsx', xlsx([['工单编号', '受理时间', '诉求内容'], ...Array.from({ length: 50 }, (_, i) => [`X${i}`, 45000 + i, `内容${i}`])])],
  ];
  it.each(files)('reads the same as fresh chunks (%s)', (_name, bytes) => {
    for (const size of [997, 4096, 65_537]) {
      const fresh = run(bytes, {}, [size]);
      expect(fresh.report.rows).toBeGreaterThan(0);
      const reused = runReused(bytes, size);
      expect(reused.report).toEqual(fresh.report);
      expect(reused.tickets).toEqual(fresh.tickets);
    }
  });
});
