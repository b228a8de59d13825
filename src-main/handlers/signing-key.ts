/**
 * 'records:key-*' and 'records:sign': the desktop app's register signing key, held in the main
 * process. Created once (with a passphrase), unlocked with the passphrase for the session, then
 * signs the 32-byte entry hashes and checkpoint messages the register needs; the secret key never
 * crosses to the page. See signing-key-file.ts for the file.
 */
import { createHash, sign as edSign, type KeyObject } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { IpcFailure, ioFailure } from './failure';
import { newPrivateKey, openKey, parseKeyFile, passphraseProblems, rawPublicKey, sealKey, type KeyringPort } from './signing-key-file';
import { writeFileAtomic } from './write-file-atomic';

/** Unlocked secret keys by data folder (one per app instance in practice). */
const unlocked = new Map<string, KeyObject>();

export const keyPath = (dataDir: string): string => join(dataDir, 'records', 'signing-key.json');
const fingerprint = (publicKey: Uint8Array): string => createHash('sha256').update(publicKey).digest('hex').slice(0, 16);

async function readKeyFile(dataDir: string) {
  let text: string;
  try { text = await readFile(keyPath(dataDir), 'utf8'); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioFailure(e, '读取签名密钥', keyPath(dataDir));
  }
  try { return parseKeyFile(text); } catch (e) { throw new IpcFailure('INTEGRITY', (e as Error).message); }
}

export async function keyStatus(dataDir: string, keyring: KeyringPort | null): Promise<IpcOutput<'records:key-status'>> {
  const f = await readKeyFile(dataDir);
  const pk = f ? new Uint8Array(Buffer.from(f.publicKey, 'base64')) : null;
  return { exists: !!f, publicKey: f?.publicKey ?? null, fingerprint: pk ? fingerprint(pk) : null, unlocked: unlocked.has(dataDir), keyring: f ? f.keyring : !!keyring };
}

export async function createKey(dataDir: string, input: IpcInput<'records:key-create'>, keyring: KeyringPort | null): Promise<IpcOutput<'records:key-create'>> {
  if (await readKeyFile(dataDir)) throw new IpcFailure('INVALID_INPUT', '签名密钥已经存在：一个登记册只用一把密钥，更换密钥会使旧的导出包无法用新指纹核对');
  const problems = passphraseProblems(input.passphrase);
  if (problems.length) throw new IpcFailure('INVALID_INPUT', problems.join('；'));
  const secret = newPrivateKey();
  const file = await sealKey(secret, input.passphrase, { keyring });
  try {
    await mkdir(join(dataDir, 'records'), { recursive: true });
    await writeFileAtomic(keyPath(dataDir), new TextEncoder().encode(JSON.stringify(file, null, 2)));
  } catch (e) {
    throw ioFailure(e, '保存签名密钥', keyPath(dataDir));
  }
  unlocked.set(dataDir, secret);
  return { publicKey: file.publicKey, fingerprint: fingerprint(rawPublicKey(secret)) };
}

export async function unlockKey(dataDir: string, input: IpcInput<'records:key-unlock'>, keyring: KeyringPort | null): Promise<IpcOutput<'records:key-unlock'>> {
  const f = await readKeyFile(dataDir);
  if (!f) throw new IpcFailure('NOT_FOUND', '还没有签名密钥：请管理员先创建');
  let secret: KeyObject;
  try { secret = await openKey(f, input.passphrase, keyring); } catch (e) { throw new IpcFailure('INVALID_INPUT', (e as Error).message); }
  unlocked.set(dataDir, secret);
  return { publicKey: f.publicKey, fingerprint: fingerprint(rawPublicKey(secret)) };
}

export function lockKey(dataDir: string): null {
  unlocked.delete(dataDir);
  return null;
}

export function sign(dataDir: string, input: IpcInput<'records:sign'>): IpcOutput<'records:sign'> {
  const secret = unlocked.get(dataDir);
  if (!secret) throw new IpcFailure('UNAVAILABLE', '签名密钥已锁定：请输入密钥口令解锁后再签发');
  return new Uint8Array(edSign(null, input.bytes, secret));
}
