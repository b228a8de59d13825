/**
 * Connecting to an office's PostgreSQL: a client for a connection URL, with the failures a
 * user meets (server down, wrong password, unknown database) told in Chinese with what to do.
 */
import pg from 'pg';
import { migrate, readMigrations } from './migrate';

/** Why a connection failed, in words a user can act on. */
export function connectionErrorText(e: unknown, url: string): string {
  const x = e as { code?: string; message?: string };
  const where = safeUrl(url);
  switch (x.code) {
    case 'ECONNREFUSED': return `无法连接数据库服务器 ${where}：服务器没有在该地址和端口上运行，请确认 PostgreSQL 已启动、地址和端口正确`;
    case 'ENOTFOUND': case 'EAI_AGAIN': return `找不到数据库服务器 ${where}：请检查主机名`;
    case 'ETIMEDOUT': case 'ECONNRESET': return `连接数据库服务器 ${where} 超时：请检查网络和防火墙`;
    case 'ENOENT': return `连接数据库服务器 ${where} 失败：本机套接字目录中没有 PostgreSQL（请检查 host 参数或服务器是否启动）`;
    case '28P01': case '28000': return `数据库 ${where} 拒绝登录：用户名或密码不正确，或服务器不允许此用户从本机登录（pg_hba.conf）`;
    case '3D000': return `数据库服务器上没有这个数据库：${where}，请先创建（CREATE DATABASE）`;
    case 'SELF_SIGNED_CERT_IN_CHAIN': case 'DEPTH_ZERO_SELF_SIGNED_CERT': case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE': case 'CERT_HAS_EXPIRED': case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `数据库服务器 ${where} 的 TLS 证书未通过校验（${x.code}）：请让管理员安装受信任的证书，或在确认网络可信时改用“加密但不校验证书”`;
    default:
      if (/does not support SSL/i.test(x.message ?? '')) return `数据库服务器 ${where} 不支持 TLS 加密连接：请让管理员开启 ssl，或在内网中改用不加密的连接`;
      if (x.message === 'timeout expired') return `连接数据库服务器 ${where} 超时：请检查网络和防火墙`;
      return `无法连接数据库 ${where}：${x.message ?? String(e)}`;
  }
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '（连接串格式无效）';
  }
}

/** How to reach the server besides the URL: a password kept apart from it, TLS, the migrations folder. */
export type OpenOptions = {
  password?: string;
  /** false: no TLS; otherwise TLS, verifying the server's certificate when rejectUnauthorized. */
  ssl?: false | { rejectUnauthorized: boolean };
  /** Where the migration files are (the packaged app ships them under its resources). */
  migrationsDir?: string;
};

/**
 * A connected client for `url`, its schema migrated to the newest version. Throws an Error
 * whose message is {@link connectionErrorText} when the server cannot be reached.
 */
export async function openDatabase(url: string, opts: OpenOptions = {}): Promise<pg.Client> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`数据库连接串应以 postgresql:// 开头，例如 postgresql://用户@主机:5432/数据库（当前为 ${safeUrl(url)}）`);
  const client = new pg.Client({
    connectionString: url, application_name: 'duban', connectionTimeoutMillis: 15_000,
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.ssl !== undefined ? { ssl: opts.ssl } : {}),
  });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(connectionErrorText(e, url));
  }
  // An idle connection the server drops must not crash the process: the next query reports it.
  client.on('error', () => {});
  try {
    await migrate(client, opts.migrationsDir ? readMigrations(opts.migrationsDir) : readMigrations());
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
  return client;
}
