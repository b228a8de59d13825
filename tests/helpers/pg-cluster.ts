/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl on a free
 * port with its Unix socket in that folder, trust authentication (the cluster is reachable
 * only from this machine and lives as long as the test file). Every test that needs
 * PostgreSQL goes through {@link startPgCluster}; when the server cannot start it throws
 * saying why, so a suite fails rather than skips.
 *
 * The server refuses to run as root: as root, the binaries run as the `postgres` user
 * (Debian's package creates it) through runuser, and the folder is handed to that user.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PgCluster = {
  /** Connection URL of the `postgres` database over the Unix socket. */
  url: string;
  /** URL of another database of the cluster. */
  urlOf(database: string): string;
  port: number;
  /** Folder holding the data directory and the socket. */
  dir: string;
  /** Creates a fresh database and returns its URL. */
  createDatabase(name: string): string;
  /** Stops the server and removes the folder. Safe to call twice. */
  stop(): void;
};

/** Where Debian installs the server binaries; PG_BIN overrides. */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  throw new Error('找不到 PostgreSQL 服务器程序（/usr/lib/postgresql/*/bin/pg_ctl）：请安装 postgresql（apt-get install postgresql），或用 PG_BIN 指定 bin 目录');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as `postgres` when we are root; throws with its output when it fails. */
function runPg(bin: string, args: string[], opts: ExecFileSyncOptions = {}): string {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return String(execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, ...opts }));
  } catch (e) {
    const x = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`${bin.split('/').pop()} 失败：${x.message}\n${String(x.stderr ?? '')}${String(x.stdout ?? '')}`);
  }
}

function userIds(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`以 root 运行时需要系统用户 ${name}（安装 postgresql 软件包会创建它）`);
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

/** Clusters still running; stopped when the test process exits, even if a test forgot to. */
const live = new Set<() => void>();
let hooked = false;
function stopAllOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', () => { for (const stop of [...live]) stop(); });
}

/** Starts a cluster; throws (never skips) when it cannot, with the server's own words. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-'));
  chmodSync(dir, 0o700);
  if (isRoot()) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = await freePort();
  let started = false;
  const stop = (): void => {
    live.delete(stop);
    if (started) {
      try { runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const conf = [
      `-c port=${port}`, `-c unix_socket_directories=${dir}`, "-c listen_addresses=''",
      '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=40',
    ].join(' ');
    started = true;
    live.add(stop);
    stopAllOnExit();
    try {
      runPg(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', conf, '-w', '-t', '60', 'start']);
    } catch (e) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new Error(`${(e as Error).message}\n${tail}`);
    }
  } catch (e) {
    stop();
    throw new Error(`无法启动测试用的 PostgreSQL：${(e as Error).message}`);
  }
  const urlOf = (db: string): string => `postgresql://postgres@localhost:${port}/${encodeURIComponent(db)}?host=${encodeURIComponent(dir)}`;
  return {
    url: urlOf('postgres'),
    urlOf,
    port,
    dir,
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`数据库名只能用小写字母、数字和下划线：${name}`);
      runPg(join(bin, 'psql'), ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE ${name}`]);
      return urlOf(name);
    },
    stop,
  };
}
