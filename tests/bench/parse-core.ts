/**
 * `npx tsx tests/bench/parse-core.ts --rows N [--runs R] [--hash] [--split]`: speed of the CSV
 * import core in Node (bytes → validated Tickets through createImportSession), on the demo file
 * bench-out/tickets-N.csv (written by writeDemoCsv when missing).
 *
 * The file is read into memory first and fed in 1 MiB chunks, so disk time is not measured.
 * --split also times decoding alone (TextDecoder over the same chunks) and decoding plus
 * tokenizing (CsvTokenizer with sinks that drop the records; since the row reader splits
 * quote-free lines itself, tokenizing is then only finding line ends); row conversion and
 * validation (with field splitting) is the rest of the full session's time. --hash prints a sha256 over the JSON of every accepted
 * Ticket and of the report, to check that an optimization changes no result.
 * --core DIR loads the importer from DIR/data/import (DIR/import for commits before the layered
 * src-core) instead (a copy of src-core at another commit),
 * to compare two versions on the same machine at the same time.
 * --browser runs the same full import in a worker of headless Chromium (cli/find-browser.ts), the
 * engine's setting, with the importer bundled by esbuild; it prints the times only.
 * For a CPU profile: `node --cpu-prof --import tsx tests/bench/parse-core.ts --rows N`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from '../../cli/args';
import { requireBrowser } from '../../cli/find-browser';
import * as tokenizerModule from '@core/data/import/csv-tokenizer';
import * as sessionModule from '@core/data/import/session';
import { writeDemoCsv } from './demo-csv';

const ROOT = resolve(import.meta.dirname, '../..');
const CHUNK = 1 << 20;
const args = parseArgs(process.argv.slice(2));
const rows = Number(String(args.options.rows ?? '200000').replace(/_/g, ''));
const runs = Number(args.options.runs ?? 3);
const wantHash = args.options.hash === true || args.options.hash === 'true';
const split = args.options.split === true || args.options.split === 'true';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const coreArg = typeof args.options.core === 'string' ? resolve(args.options.core) : null;
/** The importer's folder: DIR/data/import, or DIR/import in a src-core from before the layers. */
const coreDir = coreArg && (existsSync(join(coreArg, 'data/import')) ? join(coreArg, 'data') : coreArg);
const { CsvTokenizer }: typeof tokenizerModule = coreDir ? await import(pathToFileURL(join(coreDir, 'import/csv-tokenizer.ts')).href) : tokenizerModule;
const { createImportSession }: typeof sessionModule = coreDir ? await import(pathToFileURL(join(coreDir, 'import/session.ts')).href) : sessionModule;

const path = join(ROOT, 'bench-out', `tickets-${rows}.csv`);
writeDemoCsv(path, rows);
if (args.options.browser === true || args.options.browser === 'true') {
  await inChromium();
  process.exit(0);
}
const file = readFileSync(path);
const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
const chunks: Uint8Array[] = [];
for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, Math.min(bytes.length, i + CHUNK)));

function fullImport(hash: boolean): { ms: number; cpu: number; rows: number; accepted: number; digest: string } {
  const h = hash ? createHash('sha256') : null;
  let kept = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const s = createImportSession({ target: 'tickets', fileName: `tickets-${rows}.csv` });
  const take = (b: { tickets: unknown[] }): void => {
    kept += b.tickets.length;
    if (h) for (const t of b.tickets) h.update(JSON.stringify(t) + '\n');
  };
  for (const c of chunks) take(s.push(c));
  take(s.end());
  const r = s.report();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (h) h.update(JSON.stringify(r));
  if (kept !== r.accepted) throw new Error(`accepted ${r.accepted} but ${kept} tickets came out`);
  return { ms, cpu: (c.user + c.system) / 1000, rows: r.rows, accepted: r.accepted, digest: h ? h.digest('hex') : '' };
}

/** Same decoding as StreamDecoder's UTF-8 path (lenient decode of whole characters). */
function decodeOnly(tokenize: boolean): number {
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  let n = 0;
  const tok = tokenize ? new CsvTokenizer(',', () => { n++; }) : null;
  // As the session sets it: quote-free lines are only found here (their fields are split by the
  // row reader). A tokenizer without line sinks (an older copy given by --core) ignores it.
  if (tok && 'lineSink' in tok) tok.lineSink = (): void => { n++; };
  const t0 = performance.now();
  for (let i = 0; i < chunks.length; i++) {
    const text = dec.decode(chunks[i], { stream: i < chunks.length - 1 });
    if (tok) tok.feed(text);
    else n += text.length;
  }
  tok?.end();
  const ms = performance.now() - t0;
  if (n === 0) throw new Error('nothing read');
  return ms;
}


console.log(`文件 ${path}：${(bytes.length / 1e6).toFixed(1)} MB，${chunks.length} 块；负载 ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const times: number[] = [], cpus: number[] = [];
let last = { rows: 0, accepted: 0 };
for (let r = 0; r < runs; r++) {
  const x = fullImport(false);
  times.push(x.ms);
  cpus.push(x.cpu);
  last = x;
  console.log(`  第 ${r + 1} 次：${fmt(x.ms)}（CPU ${fmt(x.cpu)}，含 GC 线程），${Math.round(x.rows / (x.ms / 1000)).toLocaleString('en')} 行/秒`);
}
const full = median(times);
const best = Math.min(...times);
console.log(`完整导入：中位数 ${fmt(full)}，${Math.round(last.rows / (full / 1000)).toLocaleString('en')} 行/秒；最快 ${fmt(best)}，${Math.round(last.rows / (best / 1000)).toLocaleString('en')} 行/秒；CPU 中位数 ${fmt(median(cpus))}；${last.rows} 行，接受 ${last.accepted}`);
if (split) {
  const dec = median(Array.from({ length: runs }, () => decodeOnly(false)));
  const tok = median(Array.from({ length: runs }, () => decodeOnly(true)));
  console.log(`  解码 ${fmt(dec)}（${(100 * dec / full).toFixed(0)}%），${'lineSink' in new CsvTokenizer(',', () => {}) ? '分词（只找行尾）' : '分词'} ${fmt(tok - dec)}（${(100 * (tok - dec) / full).toFixed(0)}%），拆字段、行转换与校验 ${fmt(full - tok)}（${(100 * (full - tok) / full).toFixed(0)}%）`);
}
if (wantHash) {
  const x = fullImport(true);
  console.log(`sha256(全部工单 JSON + 报告)：${x.digest}`);
}

/** The full import timed in a dedicated worker of headless Chromium; the file is fetched whole first. */
async function inChromium(): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:http');
  const { createReadStream, statSync } = await import('node:fs');
  const session = join(coreDir ?? join(ROOT, 'src-core/data'), 'import/session.ts');
  const worker = `
    import { createImportSession } from ${JSON.stringify(session)};
    self.onmessage = async (e) => {
      const { url, runs } = e.data;
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      const times = [];
      let last = null;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const s = createImportSession({ target: 'tickets', fileName: 'bench.csv' });
        let kept = 0;
        for (let i = 0; i < bytes.length; i += ${CHUNK}) kept += s.push(bytes.subarray(i, Math.min(bytes.length, i + ${CHUNK}))).tickets.length;
        kept += s.end().tickets.length;
        times.push(performance.now() - t0);
        last = { rows: s.report().rows, accepted: s.report().accepted, kept };
      }
      self.postMessage({ times, ...last });
    };`;
  const out = await build({ stdin: { contents: worker, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error' });
  const code = out.outputFiles[0]!.text;
  const size = statSync(path).size;
  const server = createServer((req, res) => {
    if (req.url === '/worker.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(code); return; }
    if (req.url === '/data.csv') { res.writeHead(200, { 'content-type': 'text/csv', 'content-length': size }); createReadStream(path).pipe(res); return; }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>parse-core</title>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: requireBrowser(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    console.log(`Chromium ${browser.version()}，文件 ${(size / 1e6).toFixed(1)} MB；负载 ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const r = await page.evaluate(([n]) => new Promise<{ times: number[]; rows: number; accepted: number; kept: number }>((ok, fail) => {
      const w = new Worker('/worker.js');
      w.onmessage = (e): void => ok(e.data);
      w.onerror = (e): void => fail(new Error(e.message));
      w.postMessage({ url: '/data.csv', runs: n });
    }), [runs] as const);
    r.times.forEach((ms, i) => console.log(`  第 ${i + 1} 次：${fmt(ms)}，${Math.round(r.rows / (ms / 1000)).toLocaleString('en')} 行/秒`));
    const m = median(r.times), best = Math.min(...r.times);
    console.log(`Chromium 完整导入：中位数 ${fmt(m)}，${Math.round(r.rows / (m / 1000)).toLocaleString('en')} 行/秒；最快 ${fmt(best)}，${Math.round(r.rows / (best / 1000)).toLocaleString('en')} 行/秒；${r.rows} 行，接受 ${r.accepted}`);
    if (r.kept !== r.accepted) throw new Error(`accepted ${r.accepted} but ${r.kept} tickets came out`);
  } finally {
    await browser.close();
    server.close();
  }
}
