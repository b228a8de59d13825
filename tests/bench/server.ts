/**
 * `npm run bench -- --server [--rows N] [--db URL] [--batch B] [--json FILE]`: Duban on PostgreSQL.
 * Writes N demo tickets as CSV (default 10,000,000; the file is reused when complete), starts a
 * throwaway cluster (tests/helpers/pg-cluster.ts) unless --db names a server, and measures:
 * `load --db` wall time (seconds and rows/s, the real CLI), then on the loaded store the compiled
 * rule-set SQL as the --db commands run it: assess by unit × month over the whole file and by
 * unit for one month, chronic R1–R5, hotspots by category2 × district (each run twice: cold and
 * warm). Side by side: DuckDB reading the same file and running one group-by, and the desktop
 * engine's figures at 1M from the newest stored browser bench (tests/bench/results/bench-1m-*.json).
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Args } from '../../cli/args';
import { assessFromRows } from '@core/assess/sql/assess-rows';
import { compileAssess } from '@core/assess/sql/compile-assess';
import { DEFAULT_RULES } from '@core/assess/rules';
import { monthIndexToString, monthStart } from '@core/base/time/month-index';
import { CHRONIC_V1 } from '@core/chronic/rule-set';
import { compileFlags, compileKeyedChains } from '@core/chronic/sql/compile-chronic';
import { compileHotspotCounts } from '@core/hotspots/sql/compile-hotspots';
import { startPgCluster } from '../helpers/pg-cluster';
import { ROOT } from './browser';
import { writeDemoCsv } from './demo-csv';
import { duckdbPeer } from './duckdb-peer';

type Timed = { coldMs: number; ms: number; rows: number };

/** Runs `load --db` as the user would (one Node process) and times it. */
function timeLoad(url: string, csv: string, batch: number): Promise<{ seconds: number; out: Record<string, unknown> }> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'load', '--db', url, csv, '--batch', String(batch)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d: Buffer) => { out += String(d); });
    child.stderr.on('data', (d: Buffer) => {
      err += String(d);
      const lines = String(d).trim().split('\n');
      process.stdout.write(`\r${lines[lines.length - 1]}\u001b[K`);
    });
    child.on('error', rej);
    child.on('exit', (code) => {
      process.stdout.write('\n');
      if (code !== 0) { rej(new Error(`load 失败（退出码 ${code}）：${err.slice(-2000)}`)); return; }
      res({ seconds: (performance.now() - t0) / 1000, out: JSON.parse(out) as Record<string, unknown> });
    });
  });
}

/** A statement run twice: the first (cold) and second (warm) times, and its row count. */
async function twice(client: pg.Client, q: { text: string; params: unknown[] }, after?: (rows: Record<string, unknown>[]) => void): Promise<Timed> {
  const once = async (): Promise<{ ms: number; rows: Record<string, unknown>[] }> => {
    const t0 = performance.now();
    const r = await client.query<Record<string, unknown>>(q.text, q.params);
    after?.(r.rows);
    return { ms: performance.now() - t0, rows: r.rows };
  };
  const a = await once();
  const b = await once();
  return { coldMs: Math.round(a.ms), ms: Math.round(b.ms), rows: b.rows.length };
}

/** The newest stored browser bench at 1M: the desktop engine's import and assessment figures. */
function desktopAt1m(): Record<string, unknown> | null {
  const dir = join(ROOT, 'tests', 'bench', 'results');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => /^bench-1m-.*\.json$/.test(f)).sort();
  const pick = files.includes('bench-1m-final.json') ? 'bench-1m-final.json' : files[files.length - 1];
  if (!pick) return null;
  const d = JSON.parse(readFileSync(join(dir, pick), 'utf8')) as { import?: { seconds: number; rowsPerSecond: number }; assess?: { ms: number }; hotspots?: { ms: number } };
  return { file: pick, importSeconds: d.import?.seconds ?? null, importRowsPerSecond: d.import?.rowsPerSecond ?? null, assessMs: d.assess?.ms ?? null, hotspotsMs: d.hotspots?.ms ?? null };
}

export async function runServerBench(args: Args): Promise<void> {
  const rows = Number(String(args.options.rows ?? '10000000').replace(/_/g, ''));
  const batch = Number(args.options.batch ?? 50_000);
  const jsonOut = typeof args.options.json === 'string' ? resolve(args.options.json) : null;
  const csv = join(ROOT, 'bench-out', `tickets-${rows}.csv`);
  console.log(`生成 ${rows} 条示例工单 CSV …`);
  const bytes = writeDemoCsv(csv, rows);

  const cluster = typeof args.options.db === 'string' ? null : await startPgCluster();
  const url = typeof args.options.db === 'string' ? args.options.db : cluster!.createDatabase('bench');
  try {
    console.log('载入 PostgreSQL（load --db）…');
    const load = await timeLoad(url, csv, batch);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const span = await client.query<{ lo: number; hi: number }>('SELECT min(month) AS lo, max(month) AS hi FROM tickets');
    const lo = Number(span.rows[0]!.lo), hi = Number(span.rows[0]!.hi);
    const all = { from: monthStart(lo), to: monthStart(hi + 1) };
    const lastFull = hi - 1;
    console.log('考核（单位 × 月，全部月份；单位，一个月）…');
    const byUnitMonth = await twice(client, compileAssess(DEFAULT_RULES, { ...all, by: ['unit', 'month'], useEvents: false }),
      (r) => assessFromRows(r, { ...all, by: ['unit', 'month'], rules: DEFAULT_RULES }));
    const oneMonth = { from: monthStart(lastFull), to: monthStart(lastFull + 1) };
    const byUnit = await twice(client, compileAssess(DEFAULT_RULES, { ...oneMonth, by: ['unit'], useEvents: false }),
      (r) => assessFromRows(r, { ...oneMonth, by: ['unit'], rules: DEFAULT_RULES }));
    console.log('疑难工单 R1–R5 …');
    const asOfEnd = monthStart(hi + 1);
    const r1 = await twice(client, compileKeyedChains('R1', CHRONIC_V1.body, asOfEnd));
    const r2 = await twice(client, compileKeyedChains('R2', CHRONIC_V1.body, asOfEnd));
    const flags = await twice(client, compileFlags(CHRONIC_V1.body, asOfEnd, false));
    console.log('热点（二级分类 × 区）…');
    const hot = await twice(client, compileHotspotCounts(['category2', 'district'], lastFull));
    await client.end();

    console.log('DuckDB（同一文件）…');
    const duck = await duckdbPeer(csv);
    const result = {
      rows, fileBytes: bytes, machine: { cores: cpus().length, loadAverage1mAtEnd: loadavg()[0] },
      server: { what: cluster ? 'throwaway PostgreSQL cluster on this machine (fsync off)' : 'the server given by --db', batch },
      load: { seconds: load.seconds, rowsPerSecond: Math.round(rows / load.seconds), accepted: load.out.accepted, inserted: load.out.inserted },
      assess: { unitByMonthAllMonths: byUnitMonth, unitOneMonth: { ...byUnit, month: monthIndexToString(lastFull) } },
      chronic: { r1, r2, flagsR3toR5: flags, totalMs: r1.ms + r2.ms + flags.ms },
      hotspots: { ...hot, month: monthIndexToString(lastFull), by: 'category2,district' },
      peers: { duckdb: duck, desktopEngine1m: desktopAt1m() },
    };
    const text = JSON.stringify(result, null, 2);
    console.log(text);
    console.log(`摘要（${rows} 条）：载入 ${load.seconds.toFixed(1)} s（${result.load.rowsPerSecond} 行/秒），考核 单位×月 ${byUnitMonth.ms} ms，疑难 R1–R5 ${result.chronic.totalMs} ms，热点 ${hot.ms} ms；DuckDB 读入 ${duck.importSeconds.toFixed(1)} s、分组 ${Math.round(duck.groupByMs)} ms`);
    if (jsonOut) writeFileSync(jsonOut, text);
  } finally {
    cluster?.stop();
  }
}
