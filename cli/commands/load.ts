/**
 * `load --db URL TICKETS [--events FILE] [--batch N] [--mapping MAP.json] [--encoding E] [--delimiter D]`:
 * validates the ticket file exactly as `validate` does (the same import session) and loads the
 * accepted rows into PostgreSQL by COPY in batches of N accepted rows (default 50,000), each
 * batch merged in one transaction (DOMAIN.md section 2: inserted, updated, unchanged; duplicates
 * in the file: the first wins). stdout holds only JSON: rows, accepted, rejected and duplicates
 * as validate prints them, then inserted, updated, unchanged (and `events` the same way when an
 * event file is given). A progress line goes to stderr. Exit 0 when loaded, 1 when a file was
 * refused or the database failed, 2 on bad arguments.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { createImportSession, type ValidationReport } from '@core/data/import/index';
import type pg from 'pg';
import { openDatabase } from '../../src-main/server-db/connect';
import { parseArgs } from '../args';
import { streamFile, type ReadOptions } from '../read-files';
import { EventLoader, TicketLoader } from '../server/load-batches';
import { readOptions, UsageError } from './validate';

const USAGE = '用法: npm run --silent cli -- load --db postgresql://用户@主机:端口/数据库 工单文件 [--events 流转记录文件] [--batch 每批条数] [--mapping 对应关系.json] [--encoding 编码] [--delimiter 分隔符]';
const DEFAULT_BATCH = 50_000;

/** The progress line: rewritten in place on a terminal, one line per batch otherwise. */
function progress(text: string): void {
  process.stderr.write(process.stderr.isTTY ? `\r${text}\u001b[K` : `${text}\n`);
}

function reportJson(r: ValidationReport): Record<string, unknown> {
  const out: Record<string, unknown> = { rows: r.rows, accepted: r.accepted, rejected: r.rejected, duplicates: r.duplicates };
  if (r.refused !== undefined) out.refused = r.refused;
  return out;
}

async function startLoad(client: pg.Client, kind: 'tickets' | 'events', file: string): Promise<number> {
  const r = await client.query<{ id: string }>('INSERT INTO loads (kind, file_name) VALUES ($1, $2) RETURNING id', [kind, basename(file)]);
  return Number(r.rows[0]!.id);
}

/** Forgets a load that committed nothing (the file could not be read or was refused). */
async function dropLoad(client: pg.Client, id: number): Promise<void> {
  await client.query('DELETE FROM loads WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM load_batches WHERE load_id = $1)', [id]).catch(() => {});
}

async function finishLoad(client: pg.Client, id: number, sha256: string, report: Record<string, unknown>): Promise<void> {
  // The lists of rejected rows can be long: the stored report keeps the counts.
  const summary = { ...report, rejected: (report.rejected as unknown[]).length, duplicates: (report.duplicates as unknown[]).length };
  await client.query('UPDATE loads SET sha256 = $2, finished_at = now(), report = $3 WHERE id = $1', [id, sha256, JSON.stringify(summary)]);
}

async function loadTickets(client: pg.Client, file: string, opts: ReadOptions, batch: number): Promise<Record<string, unknown>> {
  const loadId = await startLoad(client, 'tickets', file);
  const started = Date.now();
  let rowsSeen = 0;
  const loader = new TicketLoader(client, loadId, batch, (b, t) => {
    const s = (Date.now() - started) / 1000;
    progress(`载入工单：已读 ${rowsSeen} 行，已提交 ${b} 批（新增 ${t.inserted}，更新 ${t.updated}，未变 ${t.unchanged}），${s.toFixed(1)} 秒`);
  });
  const hash = createHash('sha256');
  const session = createImportSession({ ...opts, target: 'tickets', fileName: basename(file) });
  let report: ValidationReport;
  try {
    report = await streamFile(file, session, async (b) => { rowsSeen = b.rows; await loader.add(b.tickets); }, (bytes) => hash.update(bytes));
    if (report.refused === undefined) await loader.finish();
  } catch (e) {
    if (loader.batches === 0) await dropLoad(client, loadId);
    throw e;
  }
  if (report.refused !== undefined) {
    await dropLoad(client, loadId);
    return { ...reportJson(report), inserted: 0, updated: 0, unchanged: 0 };
  }
  const out = { ...reportJson(report), ...loader.totals };
  await finishLoad(client, loadId, hash.digest('hex'), out);
  return out;
}

async function loadEvents(client: pg.Client, file: string, batch: number): Promise<Record<string, unknown>> {
  const loadId = await startLoad(client, 'events', file);
  let rowsSeen = 0;
  const loader = new EventLoader(client, loadId, batch, (b) => progress(`载入流转记录：已读 ${rowsSeen} 行，已提交 ${b} 批`));
  const hash = createHash('sha256');
  const session = createImportSession({ target: 'events', fileName: basename(file) });
  let report: ValidationReport;
  try {
    report = await streamFile(file, session, async (b) => { rowsSeen = b.rows; await loader.add(b.events); }, (bytes) => hash.update(bytes));
    if (report.refused === undefined) await loader.finish();
  } catch (e) {
    if (loader.batches === 0) await dropLoad(client, loadId);
    throw e;
  }
  if (report.refused !== undefined) {
    await dropLoad(client, loadId);
    return { ...reportJson(report), inserted: 0, updated: 0, unchanged: 0 };
  }
  const out = { ...reportJson(report), inserted: loader.totals.inserted, updated: 0, unchanged: loader.totals.unchanged };
  await finishLoad(client, loadId, hash.digest('hex'), out);
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  let url: string, file: string, eventsFile: string | undefined, opts: ReadOptions, batch: number;
  try {
    const db = args.options.db;
    if (typeof db !== 'string' || db === '') throw new UsageError('缺少参数 --db（PostgreSQL 连接串）');
    url = db;
    if (args.positional.length !== 1) throw new UsageError(args.positional.length === 0 ? '缺少工单文件' : '只能指定一个工单文件（流转记录文件用 --events）');
    file = args.positional[0]!;
    const ev = args.options.events;
    if (ev === true) throw new UsageError('--events 需要一个文件路径');
    eventsFile = ev;
    const b = args.options.batch === undefined ? DEFAULT_BATCH : Number(args.options.batch);
    if (!Number.isInteger(b) || b < 1) throw new UsageError('--batch 须为正整数（每批提交的工单条数），默认 50000');
    batch = b;
    opts = await readOptions(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
  let client: pg.Client;
  try {
    client = await openDatabase(url);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  try {
    const out = await loadTickets(client, file, opts, batch);
    if (eventsFile !== undefined && out.refused === undefined) out.events = await loadEvents(client, eventsFile, batch);
    // Fresh statistics, so that the planner sizes the next queries on what is there now.
    progress('更新统计信息（ANALYZE）…');
    await client.query('ANALYZE tickets');
    await client.query('ANALYZE ticket_ids');
    if (eventsFile !== undefined) { await client.query('ANALYZE flow_events'); await client.query('ANALYZE ticket_flow'); }
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify(out)}\n`);
    const refused = out.refused !== undefined || (out.events as { refused?: string } | undefined)?.refused !== undefined;
    if (refused) process.stderr.write(`文件无法导入：${String(out.refused ?? (out.events as { refused: string }).refused)}\n`);
    return refused ? 1 : 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // File errors already read as Chinese; database errors get the context.
    process.stderr.write(/[\u4e00-\u9fff]/.test(msg) ? `${msg}\n` : `载入数据库失败（已提交的批次保留，未提交的批次已撤销）：${msg}\n`);
    return 1;
  } finally {
    await client.end().catch(() => {});
  }
}
