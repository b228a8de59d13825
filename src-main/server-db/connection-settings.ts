/**
 * The office server connection of the desktop app, kept by the main process in
 * `<dataDir>/server-connection.json`: the connection URL without its password, the TLS mode, and
 * the password encrypted by the operating system's key store (Electron safeStorage, a port here).
 * The page never receives the password: it sees the URL, the TLS mode and whether a password is
 * stored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenOptions } from './connect';

/** TLS: off (plain, for a trusted office network), require (encrypted, certificate not checked), verify (encrypted and checked). */
export type TlsMode = 'off' | 'require' | 'verify';

/** What the page may see. */
export type ServerSettingsView = { url: string; tls: TlsMode; hasPassword: boolean };

/** Encrypts secrets with the operating system's key store. */
export type SecretPort = {
  available(): boolean;
  encrypt(text: string): Uint8Array;
  decrypt(bytes: Uint8Array): string;
};

type Stored = { url: string; tls: TlsMode; password?: string };

const FILE = 'server-connection.json';

/** The URL without password and without sslmode (TLS is its own setting); throws a Chinese message when it is not a PostgreSQL URL. */
export function cleanUrl(url: string): { url: string; password: string | null } {
  const trimmed = url.trim();
  if (trimmed === '') return { url: '', password: null };
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    throw new Error('连接串格式无效，应为 postgresql://用户@主机:5432/数据库');
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') throw new Error('连接串应以 postgresql:// 开头，例如 postgresql://duban@db.example.gov.cn:5432/duban');
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  u.searchParams.delete('sslmode');
  u.searchParams.delete('password');
  return { url: u.toString(), password };
}

function readStored(dataDir: string): Stored | null {
  const p = join(dataDir, FILE);
  if (!existsSync(p)) return null;
  try {
    const v = JSON.parse(readFileSync(p, 'utf8')) as Stored;
    return typeof v.url === 'string' && (v.tls === 'off' || v.tls === 'require' || v.tls === 'verify') ? v : null;
  } catch {
    return null;
  }
}

/** What the page sees of the stored connection (an empty URL when none is set). */
export function readSettings(dataDir: string): ServerSettingsView {
  const s = readStored(dataDir);
  return s ? { url: s.url, tls: s.tls, hasPassword: typeof s.password === 'string' } : { url: '', tls: 'require', hasPassword: false };
}

/**
 * Stores the connection. `password`: undefined keeps the stored one, '' removes it, any other
 * text replaces it; a password written into the URL counts as given. Throws a Chinese message
 * when a password must be stored but the key store is not available.
 */
export async function saveSettings(
  dataDir: string, input: { url: string; tls: TlsMode; password?: string }, secrets: SecretPort | undefined,
): Promise<ServerSettingsView> {
  const { url, password: inUrl } = cleanUrl(input.url);
  const given = inUrl ?? input.password;
  const prev = readStored(dataDir);
  let password = prev?.password;
  if (given === '') password = undefined;
  else if (given !== undefined) {
    if (!secrets?.available()) throw new Error('本机的系统钥匙串不可用，无法安全保存数据库密码；请改用 ~/.pgpass 或服务器的证书登录，或在连接串中不写密码');
    password = Buffer.from(secrets.encrypt(given)).toString('base64');
  }
  const stored: Stored = { url, tls: input.tls, ...(password !== undefined ? { password } : {}) };
  await mkdir(dataDir, { recursive: true });
  const p = join(dataDir, FILE);
  await writeFile(`${p}.tmp`, JSON.stringify(stored, null, 2), { mode: 0o600 });
  await rename(`${p}.tmp`, p);
  return readSettings(dataDir);
}

/** The URL and the options to open the stored connection with; null when none is set. */
export function connectionOf(dataDir: string, secrets: SecretPort | undefined): { url: string; options: OpenOptions } | null {
  const s = readStored(dataDir);
  if (!s || s.url === '') return null;
  const options: OpenOptions = { ssl: s.tls === 'off' ? false : { rejectUnauthorized: s.tls === 'verify' } };
  if (s.password !== undefined) {
    if (!secrets?.available()) throw new Error('本机的系统钥匙串不可用，无法读取保存的数据库密码；请在设置中重新填写');
    options.password = secrets.decrypt(Buffer.from(s.password, 'base64'));
  }
  return { url: s.url, options };
}
