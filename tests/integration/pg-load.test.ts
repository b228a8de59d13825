/**
 * `load --db` on a throwaway PostgreSQL: every row accounted for as `validate` reports it,
 * loading the same file twice changes nothing, a changed row is updated with its history kept,
 * and a SIGKILL mid-load leaves whole committed batches, never a torn one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo, runCli, spawnCli } from '../helpers/cli-run';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

type LoadOut = {
  rows: number; accepted: number; rejected: unknown[]; duplicates: { row: number; id: string }[];
  inserted: number; updated: number; unchanged: number; events?: LoadOut;
};

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query<T>(sql, params)).rows; } finally { await c.end(); }
}

/** A fingerprint of the whole store: every ticket row (without load ids), the ids table, the history, the events. */
async function storeState(url: string): Promise<string[]> {
  const rows = await query<{ v: string }>(url, `
    SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(row(t.id, t.accepted_at, t.status, t.content, t.extra, t.month, t.address_key)::text, '|' ORDER BY t.id)), '') FROM tickets t)
    || '/' || (SELECT count(*) || ':' || coalesce(md5(string_agg(i.id || i.row_hash, '|' ORDER BY i.id)), '') FROM ticket_ids i)
    || '/' || (SELECT count(*) FROM ticket_history) || '/' || (SELECT count(*) FROM flow_events) AS v`);
  return rows.map((r) => r.v);
}

describe('load --db', () => {
  let cluster: PgCluster;
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-load-'));
  const lines: string[] = [];
  let header = '';
  beforeAll(async () => {
    cluster = await startPgCluster();
    await makeDemo(join(dir, 'demo'), 6000, 777);
    const text = readFileSync(join(dir, 'demo', 'tickets.csv'), 'utf8');
    const all = text.split('\n').filter((l) => l !== '');
    header = all[0]!;
    lines.push(...all.slice(1));
  }, 300_000);
  afterAll(() => { cluster?.stop(); rmSync(dir, { recursive: true, force: true }); });

  /** The demo file with bad rows and duplicates mixed in (header row 1, data from row 2). */
  function messyFile(): string {
    const out = [header];
    lines.forEach((l, i) => {
      out.push(l);
      const f = l.split(',');
      if (i === 10) out.push(['', ...f.slice(1)].join(','));                           // empty id
      if (i === 20) out.push([`${f[0]}X`, '2025-13-45 99:99', ...f.slice(2)].join(',')); // bad acceptedAt
      if (i === 30) { const g = [...f]; g[0] = `${f[0]}Y`; g[3] = '吐槽'; out.push(g.join(',')); }      // unknown kind
      if (i === 40) { const g = [...f]; g[0] = `${f[0]}Z`; g[24] = '-1'; out.push(g.join(',')); }       // bad count
      if (i === 50 || i === 60) { const g = [...f]; g[16] = '已撤销'; out.push(g.join(',')); }        // duplicate id, other values
      if (i === 70) out.push(l);                                                          // exact duplicate
    });
    const p = join(dir, 'messy.csv');
    writeFileSync(p, `\uFEFF${out.join('\n')}\n`);
    return p;
  }

  it('accounts for every row exactly as validate does, the first of duplicates winning, and a second load changes nothing', async () => {
    const url = cluster.createDatabase('load_messy');
    const file = messyFile();
    const v = await runCli(['validate', file, '--format', 'json']);
    expect(v.code).toBe(0);
    const val = JSON.parse(v.stdout);
    const r = await runCli(['load', '--db', url, file, '--batch', '1000']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as LoadOut;
    expect(Object.keys(out)).toEqual(['rows', 'accepted', 'rejected', 'duplicates', 'inserted', 'updated', 'unchanged']);
    expect({ rows: out.rows, accepted: out.accepted, rejected: out.rejected, duplicates: out.duplicates })
      .toEqual({ rows: val.rows, accepted: val.accepted, rejected: val.rejected, duplicates: val.duplicates });
    expect(out.rejected).toHaveLength(4);
    expect(out.duplicates).toHaveLength(3);
    expect(out.rows).toBe(out.accepted + out.rejected.length + out.duplicates.length);
    expect(out).toMatchObject({ inserted: out.accepted, updated: 0, unchanged: 0 });
    expect(r.stderr).toMatch(/已提交 \d+ 批/);
    const [count] = await query<{ n: string }>(url, 'SELECT count(*) AS n FROM tickets');
    expect(Number(count!.n)).toBe(out.accepted);
    // First wins: the duplicates said 已撤销, the stored rows keep the first row's status.
    const dupIds = out.duplicates.map((d) => d.id);
    const st = await query<{ status: string }>(url, 'SELECT status FROM tickets WHERE id = ANY($1)', [dupIds]);
    expect(st.length).toBe(new Set(dupIds).size);
    for (const s of st) expect(s.status).not.toBe('已撤销');

    const before = await storeState(url);
    const again = await runCli(['load', '--db', url, file, '--batch', '700']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: out.rows, accepted: out.accepted, inserted: 0, updated: 0, unchanged: out.accepted });
    expect(await storeState(url)).toEqual(before);
  });

  it('updates a changed row, keeps its previous values in the history, and moves it when its month changes', async () => {
    const url = cluster.createDatabase('load_update');
    const first = join(dir, 'first.csv');
    writeFileSync(first, `${[header, ...lines.slice(0, 500)].join('\n')}\n`);
    expect((await runCli(['load', '--db', url, first])).code).toBe(0);
    const changed = lines.slice(0, 500).map((l, i) => {
      const f = l.split(',');
      if (i === 3) f[16] = '重办中';
      if (i === 4) { f[1] = '2030-01-15 08:00:00'; }
      return f.join(',');
    });
    const second = join(dir, 'second.csv');
    writeFileSync(second, `${[header, ...changed].join('\n')}\n`);
    const r = await runCli(['load', '--db', url, second]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 0, updated: 2, unchanged: 498 });
    const id3 = lines[3]!.split(',')[0]!, id4 = lines[4]!.split(',')[0]!;
    const h = await query<{ ticket: string; status: string }>(url, 'SELECT ticket, status FROM ticket_history ORDER BY ticket');
    expect(h).toEqual([{ ticket: id3, status: lines[3]!.split(',')[16] }, { ticket: id4, status: lines[4]!.split(',')[16] }].sort((a, b) => (a.ticket < b.ticket ? -1 : 1)));
    const moved = await query<{ p: string; month: number }>(url, 'SELECT tableoid::regclass::text AS p, month FROM tickets WHERE id = $1', [id4]);
    expect(moved).toEqual([{ p: 'tickets_2030_01', month: (2030 - 1970) * 12 }]);
    expect(await query(url, 'SELECT 1 FROM tickets WHERE id = $1', [id3])).toHaveLength(1);
    expect(Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM tickets'))[0]!.n)).toBe(500);
  });

  it('loads the flow events once, however often the file is loaded', async () => {
    const url = cluster.createDatabase('load_events');
    const t = join(dir, 'demo', 'tickets.csv'), e = join(dir, 'demo', 'events.csv');
    const a = JSON.parse((await runCli(['load', '--db', url, t, '--events', e])).stdout) as LoadOut;
    expect(a.events).toMatchObject({ inserted: a.events!.accepted, unchanged: 0 });
    const b = JSON.parse((await runCli(['load', '--db', url, t, '--events', e])).stdout) as LoadOut;
    expect(b.events).toMatchObject({ inserted: 0, unchanged: a.events!.accepted });
    expect(Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM flow_events'))[0]!.n)).toBe(a.events!.accepted);
  });

  it('a kill mid-load leaves whole committed batches only, and loading again completes it', async () => {
    const url = cluster.createDatabase('load_kill');
    const file = join(dir, 'demo', 'tickets.csv');
    const BATCH = 500;
    const child = spawnCli(['load', '--db', url, file, '--batch', String(BATCH)]);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err += String(d); });
    // Once two batches are in, wait until the loader's connection is inside a transaction that
    // has written (the third batch being copied or merged), and kill it there.
    while (!/已提交 2 批/.test(err) && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    let inTransaction = false;
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    for (let i = 0; i < 2000 && !inTransaction && child.exitCode === null; i++) {
      const r = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'duban' AND backend_xid IS NOT NULL");
      inTransaction = r.rows.length > 0;
    }
    child.kill('SIGKILL');
    await exited;
    expect(inTransaction).toBe(true);
    expect(child.signalCode).toBe('SIGKILL');
    // The server rolls back the dead connection's open transaction; wait until its backend is gone.
    for (let i = 0; i < 100; i++) {
      const busy = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'duban'");
      if (busy.rows.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await watcher.end();
    const batches = await query<{ batch: number; rows: number }>(url, 'SELECT batch, rows FROM load_batches ORDER BY batch');
    const ids = (await query<{ id: string }>(url, 'SELECT id FROM tickets ORDER BY id')).map((r) => r.id);
    const fileIds = lines.map((l) => l.split(',')[0]!);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.length * BATCH).toBeLessThan(fileIds.length);
    expect(batches.every((b, i) => b.batch === i + 1 && b.rows === BATCH)).toBe(true);
    // Each committed batch is wholly there and nothing of a later one.
    expect(ids.length).toBe(batches.length * BATCH);
    expect(ids).toEqual(fileIds.slice(0, batches.length * BATCH).sort());
    const [load] = await query<{ finished_at: Date | null }>(url, 'SELECT finished_at FROM loads');
    expect(load!.finished_at).toBeNull();

    const r = await runCli(['load', '--db', url, file, '--batch', String(BATCH)]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ accepted: fileIds.length, inserted: fileIds.length - ids.length, updated: 0, unchanged: ids.length });
    expect(Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM tickets'))[0]!.n)).toBe(fileIds.length);
  });
});
