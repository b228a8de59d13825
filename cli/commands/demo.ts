/**
 * `demo --tickets N --seed S --out DIR [--months M] [--end YYYY-MM-DD] [--xlsx|--no-xlsx]`:
 * writes the deterministic demo city as tickets.csv (UTF-8 with BOM), tickets-gb18030.csv,
 * tickets.xlsx and events.csv. Streams in chunks, so a million tickets fit in memory; the
 * encodings are done here because the core only produces strings.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { CSV_EOL, UTF8_BOM, eventCsvHeader, eventToCsvRow, ticketCsvHeader, ticketToCsvRow } from '@core/data/csv/write-csv';
import { DEMO_DEFAULTS, DEMO_DEFAULT_END, DEMO_DEFAULT_MONTHS, generateCityChunks } from '@core/demo/index';
import { ticketSheet, ticketToXlsxRow } from '@core/data/xlsx/write-ticket-xlsx';
import { createXlsxStream } from '@core/data/xlsx/write-xlsx-stream';
import { parseArgs, requireOption } from '../args';

/** Above this many tickets tickets.xlsx is skipped unless --xlsx is given (it is the slowest file to write). */
export const XLSX_DEFAULT_LIMIT = 300_000;
/** Excel's row limit minus the header row. */
const XLSX_MAX_ROWS = 1_048_575;

function intOption(v: string | true | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  const n = typeof v === 'string' && /^-?\d+$/.test(v.replace(/_/g, '')) ? Number(v.replace(/_/g, '')) : NaN;
  if (!Number.isSafeInteger(n)) throw new Error(`参数 --${name} 应为整数，例如 --${name} ${def}`);
  return n;
}

/** Buffered file writer: collects text and writes it in large blocks, UTF-8 or through `encode`. */
class TextFile {
  private fd: number;
  private buf = '';
  bytes = 0;

  constructor(path: string, private encode?: (s: string) => Uint8Array) {
    this.fd = openSync(path, 'w');
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buf === '') return;
    this.bytes += this.encode ? writeSync(this.fd, this.encode(this.buf)) : writeSync(this.fd, this.buf, null, 'utf8');
    this.buf = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.options.help) {
    process.stdout.write('用法: npm run --silent cli -- demo --out 目录 [--tickets 200000] [--seed 12345] [--months 24] [--end 2026-10-31] [--xlsx|--no-xlsx]\n');
    return 0;
  }
  const out = resolve(requireOption(args, 'out'));
  const tickets = intOption(args.options.tickets, 'tickets', DEMO_DEFAULTS.tickets);
  const seed = intOption(args.options.seed, 'seed', DEMO_DEFAULTS.seed);
  const months = intOption(args.options.months, 'months', DEMO_DEFAULT_MONTHS);
  const endOpt = args.options.end;
  if (endOpt === true) throw new Error('参数 --end 需要一个日期，例如 --end 2026-10-31');
  const end = endOpt ?? DEMO_DEFAULT_END;
  const wantXlsx = args.options['no-xlsx'] ? false : args.options.xlsx ? true : tickets <= XLSX_DEFAULT_LIMIT;
  if (wantXlsx && tickets > XLSX_MAX_ROWS) throw new Error(`Excel 单表最多 ${XLSX_MAX_ROWS} 行，请减少 --tickets 或加 --no-xlsx`);

  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const csv = new TextFile(join(out, 'tickets.csv'));
  const gb = new TextFile(join(out, 'tickets-gb18030.csv'), (s) => iconv.encode(s, 'gb18030'));
  const ev = new TextFile(join(out, 'events.csv'));
  csv.write(UTF8_BOM + ticketCsvHeader() + CSV_EOL);
  gb.write(ticketCsvHeader() + CSV_EOL);
  ev.write(UTF8_BOM + eventCsvHeader() + CSV_EOL);
  // tickets.xlsx is streamed like the CSV files: rows are deflated as they are generated.
  let xlsxBytes = 0;
  const xlsxFd = wantXlsx ? openSync(join(out, 'tickets.xlsx'), 'w') : -1;
  const xlsx = wantXlsx ? createXlsxStream([ticketSheet([])], (chunk) => { xlsxBytes += writeSync(xlsxFd, chunk); }) : null;
  let nTickets = 0, nEvents = 0;
  for (const chunk of generateCityChunks({ tickets, seed, months, end }, 10_000)) {
    for (const t of chunk.tickets) {
      const line = ticketToCsvRow(t) + CSV_EOL;
      csv.write(line);
      gb.write(line);
    }
    xlsx?.addRows(chunk.tickets.map(ticketToXlsxRow));
    for (const e of chunk.events) ev.write(eventToCsvRow(e) + CSV_EOL);
    nTickets += chunk.tickets.length;
    nEvents += chunk.events.length;
    if (process.stderr.isTTY) process.stderr.write(`\r已生成 ${nTickets}/${tickets} 张工单`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  csv.close();
  gb.close();
  ev.close();
  if (xlsx) {
    xlsx.end();
    closeSync(xlsxFd);
  }
  const lines = [
    `tickets.csv          ${nTickets} 行  ${csv.bytes} 字节`,
    `tickets-gb18030.csv  ${nTickets} 行  ${gb.bytes} 字节`,
    `events.csv           ${nEvents} 行  ${ev.bytes} 字节`,
  ];
  if (wantXlsx) {
    lines.push(`tickets.xlsx         ${nTickets} 行  ${xlsxBytes} 字节`);
  } else {
    lines.push(`tickets.xlsx         未生成（工单数超过 ${XLSX_DEFAULT_LIMIT}；需要时加 --xlsx）`);
  }
  process.stdout.write(`演示数据已写入 ${out}（种子 ${seed}，${months} 个月，截至 ${end}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）\n${lines.join('\n')}\n`);
  return 0;
}
