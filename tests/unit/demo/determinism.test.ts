import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { CSV_EOL, eventToCsvRow, ticketToCsvRow } from '@core/data/csv/write-csv';
import { generateCity, generateCityChunks, type DemoOptions } from '@core/demo/index';
import { localToEpoch } from '@core/base/time/shanghai';

/** SHA-256 of the CSV text of a city, streamed chunk by chunk. */
function cityHash(o: DemoOptions, chunk = 1000): string {
  const h = sha256.create();
  const enc = new TextEncoder();
  for (const c of generateCityChunks(o, chunk)) {
    h.update(enc.encode(c.tickets.map(ticketToCsvRow).join(CSV_EOL)));
    h.update(enc.encode(c.events.map(eventToCsvRow).join(CSV_EOL)));
  }
  return bytesToHex(h.digest());
}

describe('demo city determinism', () => {
  it('gives identical bytes for the same seed and different bytes for another seed', () => {
    const a = cityHash({ tickets: 5000, seed: 1 });
    expect(cityHash({ tickets: 5000, seed: 1 })).toBe(a);
    expect(cityHash({ tickets: 5000, seed: 2 })).not.toBe(a);
  });

  it('does not depend on the chunk size', () => {
    const whole = generateCity({ tickets: 4000, seed: 5 });
    for (const size of [1, 333, 4000, 10_000]) {
      const tickets = [], events = [];
      let chunks = 0;
      for (const c of generateCityChunks({ tickets: 4000, seed: 5 }, size)) {
        chunks++;
        expect(c.tickets.length).toBeLessThanOrEqual(size);
        const ids = new Set(c.tickets.map((t) => t.id));
        // Each chunk carries exactly the events of its own tickets.
        for (const e of c.events) expect(ids.has(e.ticket)).toBe(true);
        tickets.push(...c.tickets);
        events.push(...c.events);
      }
      expect(chunks).toBe(Math.ceil(4000 / size));
      expect(tickets).toEqual(whole.tickets);
      expect(events).toEqual(whole.events);
    }
  });

  it('honours --months and --end and numbers events in file order', () => {
    const { tickets, events } = generateCity({ tickets: 2000, seed: 9, months: 3, end: '2025-06-30' });
    expect(tickets.length).toBe(2000);
    expect(tickets[0]!.acceptedAt).toBeGreaterThanOrEqual(localToEpoch(2025, 4, 1));
    expect(tickets[tickets.length - 1]!.acceptedAt).toBeLessThan(localToEpoch(2025, 7, 1));
    for (const e of events) expect(e.at).toBeLessThan(localToEpoch(2025, 7, 1));
    events.forEach((e, i) => expect(e.seq).toBe(i));
  });

  it('handles tiny and empty cities and rejects bad options in Chinese', () => {
    expect(generateCity({ tickets: 0, seed: 1 })).toEqual({ tickets: [], events: [] });
    expect(generateCity({ tickets: 7, seed: 1 }).tickets.length).toBe(7);
    expect(() => generateCity({ tickets: -1, seed: 1 })).toThrow(/工单数量/);
    expect(() => generateCity({ tickets: 10, seed: 1, end: '2026-02-30' })).toThrow(/结束日期/);
    expect(() => generateCity({ tickets: 10, seed: 1, months: 0 })).toThrow(/月数/);
  });
});
