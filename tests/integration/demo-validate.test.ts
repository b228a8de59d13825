/**
 * The demo files written by `npm run cli -- demo` pass the importer of DOMAIN.md section 2–3
 * with zero rejected and zero duplicate rows, and read back exactly as generated.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/demo';
import { generateCity } from '@core/demo/index';
import { createImportSession, type ImportTarget, type ValidationReport } from '@core/data/import/index';
import { eventSheet, ticketSheet } from '@core/data/xlsx/write-ticket-xlsx';
import { writeXlsx } from '@core/data/xlsx/write-xlsx';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';

const N = 3000;
const SEED = 777;
let dir = '';
let city: { tickets: Ticket[]; events: FlowEvent[] };

function importFile(path: string, target: ImportTarget): { report: ValidationReport; tickets: Ticket[]; events: FlowEvent[] } {
  return importBytes(new Uint8Array(readFileSync(path)), target, path);
}

function importBytes(bytes: Uint8Array, target: ImportTarget, path: string): { report: ValidationReport; tickets: Ticket[]; events: FlowEvent[] } {
  const s = createImportSession({ target, fileName: path });
  const tickets: Ticket[] = [];
  const events: FlowEvent[] = [];
  // Odd chunk sizes split multi-byte characters and rows anywhere.
  for (let i = 0; i < bytes.length; i += 65_521) {
    const b = s.push(bytes.subarray(i, i + 65_521));
    tickets.push(...b.tickets);
    events.push(...b.events);
  }
  const b = s.end();
  tickets.push(...b.tickets);
  events.push(...b.events);
  return { report: s.report(), tickets, events };
}

const strip = (t: Ticket): Omit<Ticket, 'extra'> => { const { extra: _extra, ...rest } = t; return rest; };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duban-demo-'));
  const out = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    expect(await run(['--tickets', String(N), '--seed', String(SEED), '--out', dir])).toBe(0);
  } finally {
    process.stdout.write = out;
  }
  city = generateCity({ tickets: N, seed: SEED });
});

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('demo files pass import validation', () => {
  it.each([
    ['tickets.csv', 'utf-8'],
    ['tickets-gb18030.csv', 'gb18030'],
    ['tickets.xlsx', ''],
  ])('%s: every row accepted, no duplicates, values read back as generated', (file, encoding) => {
    const { report, tickets } = importFile(join(dir, file), 'tickets');
    expect(report.refused).toBeUndefined();
    expect(report.rejected).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.rows).toBe(N);
    expect(report.accepted).toBe(N);
    if (encoding) expect(report.encoding).toBe(encoding);
    expect(report.columns.filter((c) => c.key === 'extra' || c.key === 'ignore')).toEqual([]);
    expect(tickets.map(strip)).toEqual(city.tickets.map(strip));
  });

  it('events.csv: every row accepted and read back as generated', () => {
    const { report, events } = importFile(join(dir, 'events.csv'), 'events');
    expect(report.rejected).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.rows).toBe(city.events.length);
    expect(report.accepted).toBe(city.events.length);
    const key = (e: FlowEvent): string => [e.ticket, e.at, e.action, e.unit, e.target, e.note].join('|');
    expect(events.map(key)).toEqual(city.events.map(key));
  });

  it('in-memory workbooks (shared strings) of tickets and events read back as generated', () => {
    const t = importBytes(writeXlsx([ticketSheet(city.tickets)]), 'tickets', 'tickets.xlsx');
    expect(t.report.rejected).toEqual([]);
    expect(t.report.duplicates).toEqual([]);
    expect(t.tickets.map(strip)).toEqual(city.tickets.map(strip));
    const e = importBytes(writeXlsx([eventSheet(city.events)]), 'events', 'events.xlsx');
    expect(e.report.rejected).toEqual([]);
    expect(e.report.accepted).toBe(city.events.length);
    const key = (x: FlowEvent): string => [x.ticket, x.at, x.action, x.unit, x.target, x.note].join('|');
    expect(e.events.map(key)).toEqual(city.events.map(key));
  });

  it('writes the same bytes on a second run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'duban-demo-'));
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await run(['--tickets', String(N), '--seed', String(SEED), '--out', again]);
    } finally {
      process.stdout.write = out;
    }
    for (const f of ['tickets.csv', 'tickets-gb18030.csv', 'tickets.xlsx', 'events.csv']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    }
    rmSync(again, { recursive: true, force: true });
  });
});
