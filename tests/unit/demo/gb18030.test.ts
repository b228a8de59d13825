import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CSV_EOL, eventToCsvRow, ticketCsvHeader, ticketToCsvRow } from '@core/data/csv/write-csv';
import { cityCatalog, generateCity } from '@core/demo/index';

describe('demo text in GB18030', () => {
  it('survives a GB18030 round trip: every character of the city is representable', () => {
    const { tickets, events } = generateCity({ tickets: 20_000, seed: 18030 });
    const cat = cityCatalog();
    const text = [
      ticketCsvHeader(), ...tickets.map(ticketToCsvRow), ...events.map(eventToCsvRow),
      ...cat.units.map((u) => u.name), ...cat.districts.flatMap((d) => d.streets), JSON.stringify(cat.categories),
    ].join(CSV_EOL);
    const bytes = iconv.encode(text, 'gb18030');
    expect(iconv.decode(bytes, 'gb18030')).toBe(text);
    // Really a legacy encoding, not UTF-8 in disguise.
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text, 'utf8'));
  });
});
