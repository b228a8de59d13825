/**
 * Versioned schema migrations for an office's PostgreSQL (resources/sql/migrations/NNNN_name.sql).
 * Each file runs once, in version order, inside its own transaction, and is recorded in
 * `duban_migrations` with its SHA-256; a recorded file whose text changed since is refused
 * (migrations are append-only). An advisory lock keeps two runners from migrating at once.
 * Used by the CLI's --db commands and, later, by the desktop app's main process.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ClientBase } from 'pg';

export type Migration = { version: number; name: string; sql: string; sha256: string };

/** The migration files of the repository (resources/sql/migrations beside src-main). */
export const MIGRATIONS_DIR = resolve(import.meta.dirname, '..', '..', 'resources', 'sql', 'migrations');

/** An arbitrary constant: the key of the advisory lock held while migrating. */
const LOCK_KEY = 1_234_512_345;

/** Reads `NNNN_name.sql` files in version order; throws when a version repeats or a name is malformed. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.sql')) continue;
    const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(f);
    if (!m) throw new Error(`迁移文件名须为 NNNN_名称.sql（小写字母、数字、下划线）：${f}`);
    const sql = readFileSync(join(dir, f), 'utf8');
    const version = Number(m[1]);
    if (out.some((x) => x.version === version)) throw new Error(`迁移版本 ${m[1]} 重复：${f}`);
    out.push({ version, name: m[2]!, sql, sha256: createHash('sha256').update(sql).digest('hex') });
  }
  return out;
}

/**
 * Brings the database to the newest schema. Returns the versions applied now ([] when it was
 * current). Throws a Chinese message when an applied migration's file has changed or the
 * database holds a version this build does not know (a newer Duban migrated it).
 */
export async function migrate(client: ClientBase, migrations: Migration[] = readMigrations()): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS duban_migrations (
      version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map<number, { name: string; sha256: string }>();
    for (const r of (await client.query<{ version: number; name: string; sha256: string }>('SELECT version, name, sha256 FROM duban_migrations')).rows) {
      done.set(r.version, r);
    }
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...done.keys()].filter((v) => !known.has(v));
    if (unknown.length > 0) throw new Error(`数据库的结构版本（${unknown.join('、')}）比本程序新，请升级 Duban 后再连接`);
    const applied: number[] = [];
    for (const m of migrations) {
      const prev = done.get(m.version);
      if (prev) {
        if (prev.sha256 !== m.sha256) throw new Error(`迁移 ${String(m.version).padStart(4, '0')}_${m.name} 已执行过，但文件内容已改变；迁移只能追加新文件，不能修改旧文件`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO duban_migrations (version, name, sha256) VALUES ($1, $2, $3)', [m.version, m.name, m.sha256]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`迁移 ${String(m.version).padStart(4, '0')}_${m.name} 失败：${e instanceof Error ? e.message : String(e)}`);
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
