/** The migration runner on a throwaway cluster: applies each file once, records it, refuses an edited one. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src-main/server-db/migrate';
import { openDatabase } from '../../src-main/server-db/connect';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

describe('PostgreSQL schema migrations', () => {
  let cluster: PgCluster;
  beforeAll(async () => { cluster = await startPgCluster(); }, 120_000);
  afterAll(() => cluster?.stop());

  it('applies every migration once and records its version and hash', async () => {
    const url = cluster.createDatabase('mig_once');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const files = readMigrations();
    expect(files.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    expect(await migrate(c, files)).toEqual(files.map((m) => m.version));
    expect(await migrate(c, files)).toEqual([]);
    const rec = await c.query<{ version: number; sha256: string }>('SELECT version, sha256 FROM duban_migrations ORDER BY version');
    expect(rec.rows).toEqual(files.map((m) => ({ version: m.version, sha256: m.sha256 })));
    const tables = await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((r) => r.t)).toEqual(expect.arrayContaining(['tickets', 'ticket_ids', 'ticket_history', 'flow_events', 'loads', 'load_batches', 'rule_sets', 'results']));
    const part = await c.query<{ k: string }>("SELECT partstrat AS k FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = 'tickets'");
    expect(part.rows).toEqual([{ k: 'r' }]);
    await c.end();
  });

  it('refuses a migration whose file changed after it ran, and a schema newer than the build', async () => {
    const url = cluster.createDatabase('mig_edit');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const files = readMigrations();
    await migrate(c, files);
    const edited = files.map((m, i) => (i === 0 ? { ...m, sha256: 'x'.repeat(64) } : m));
    await expect(migrate(c, edited)).rejects.toThrow(/文件内容已改变/);
    await c.query("INSERT INTO duban_migrations (version, name, sha256) VALUES (9999, 'future', '')");
    await expect(migrate(c, files)).rejects.toThrow(/比本程序新/);
    await c.end();
  });

  it('says in Chinese what to do when the server is not there', async () => {
    await expect(openDatabase(`postgresql://postgres@localhost:1/postgres?host=${encodeURIComponent(cluster.dir)}`)).rejects.toThrow(/(连接数据库服务器.*失败|无法连接数据库)/);
    await expect(openDatabase('mysql://x')).rejects.toThrow(/postgresql:\/\//);
  });
});
