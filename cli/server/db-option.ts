/** The --db option shared by the commands that run on PostgreSQL instead of a ticket file. */
import type pg from 'pg';
import { openDatabase } from '../../src-main/server-db/connect';
import type { Args } from '../args';

/**
 * The source a command reads: `{ db }` with --db URL, `{ tickets }` with --tickets FILE. Throws
 * a Chinese message when both or neither are given, or when --events comes with --db (the
 * store's own flow events are used then).
 */
export function sourceOf(args: Args): { db: string } | { tickets: string } {
  const db = args.options.db, tickets = args.options.tickets;
  if (db !== undefined && tickets !== undefined) throw new Error('--db 与 --tickets 只能选一个：--db 读取数据库中的工单，--tickets 读取工单文件');
  if (db !== undefined) {
    if (typeof db !== 'string' || db === '') throw new Error('--db 需要一个 PostgreSQL 连接串，例如 postgresql://用户@主机:5432/数据库');
    if (args.options.events !== undefined) throw new Error('用 --db 时流转记录取自数据库（用 load --events 载入），不能再给 --events');
    return { db };
  }
  if (typeof tickets !== 'string' || tickets === '') throw new Error('缺少参数 --tickets（工单文件）或 --db（PostgreSQL 连接串）');
  return { tickets };
}

/**
 * Opens the database, runs `fn` on it and closes it. When the database cannot be opened, prints
 * why on stderr and returns null (the command exits 1); errors of `fn` propagate.
 */
export async function withServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T | null> {
  let client: pg.Client;
  try {
    client = await openDatabase(url);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}
