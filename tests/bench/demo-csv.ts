/** Writes N demo tickets as a UTF-8 (BOM) CSV file, streamed, for the benchmark and e2e tests. */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { CSV_EOL, UTF8_BOM, ticketCsvHeader, ticketToCsvRow } from '@core/data/csv/write-csv';
import { generateCityChunks } from '@core/demo/index';
import type { Ticket } from '@core/data/tickets/ticket';

/** Writes (or reuses, when already complete) `path` with `rows` demo tickets of `seed`. Returns its size in bytes. */
export function writeDemoCsv(path: string, rows: number, seed = 20241, keep?: (t: Ticket, i: number) => void): number {
  if (existsSync(path) && !keep && statSync(path).size > 0 && existsSync(`${path}.done`)) return statSync(path).size;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  writeSync(fd, UTF8_BOM + ticketCsvHeader() + CSV_EOL);
  let i = 0;
  for (const c of generateCityChunks({ tickets: rows, seed }, 20_000)) {
    const parts: string[] = [];
    for (const t of c.tickets) { parts.push(ticketToCsvRow(t)); keep?.(t, i++); }
    writeSync(fd, parts.join(CSV_EOL) + CSV_EOL);
  }
  closeSync(fd);
  closeSync(openSync(`${path}.done`, 'w'));
  return statSync(path).size;
}
