/** The throwaway-cluster helper itself: it starts, answers over its socket, and leaves nothing behind. */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster';

describe('pg cluster helper', () => {
  let cluster: PgCluster;
  beforeAll(async () => { cluster = await startPgCluster(); }, 120_000);
  afterAll(() => cluster?.stop());

  it('serves the URL it returns, and a database it creates', async () => {
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    const r = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    expect(r.rows[0]!.v).toMatch(/^\d+/);
    await c.end();
    const url = cluster.createDatabase('helper_check');
    const d = new pg.Client({ connectionString: url });
    await d.connect();
    expect((await d.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db).toBe('helper_check');
    await d.end();
  });

  it('stop removes the folder', async () => {
    const other = await startPgCluster();
    expect(existsSync(other.dir)).toBe(true);
    other.stop();
    expect(existsSync(other.dir)).toBe(false);
  });
});
