/**
 * The register's signing key on the desktop (issue 14): an Ed25519 secret key created in the
 * main process and stored in `<dataDir>/records/signing-key.json`, encrypted with a key derived
 * from the office's passphrase (scrypt, AES-256-GCM), and wrapped once more by the OS keyring
 * (Electron safeStorage) only where a real keyring exists. Pure functions over bytes and the
 * file's JSON; no electron import, so they run under plain Node in tests.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt as scryptCb, type KeyObject, type ScryptOptions } from 'node:crypto';

export const KEY_FILE_FORMAT = 'duban-signing-key/1';
export const PASSPHRASE_MIN = 10;

/** An OS keyring that can wrap bytes (safeStorage where a real keyring backs it). */
export type KeyringPort = { encrypt(bytes: Uint8Array): Uint8Array; decrypt(bytes: Uint8Array): Uint8Array };

export type KeyFile = {
  format: typeof KEY_FILE_FORMAT;
  /** Base64 of the raw 32-byte public key. */
  publicKey: string;
  createdAt: string;
  kdf: { algo: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { algo: 'aes-256-gcm'; iv: string; tag: string; data: string };
  /** True when `cipher.data` is additionally wrapped by the OS keyring. */
  keyring: boolean;
};

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** A new Ed25519 private key (node:crypto, so main ships no extra package). */
export function newPrivateKey(): KeyObject {
  return generateKeyPairSync('ed25519').privateKey;
}

/** The raw 32-byte public key of an Ed25519 private key. */
export function rawPublicKey(privateKey: KeyObject): Uint8Array {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x!, 'base64url'));
}

function derive(passphrase: string, salt: Uint8Array, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r + 1024 * 1024 };
  return new Promise((res, rej) => scryptCb(passphrase.normalize('NFC'), salt, 32, opts, (e, k) => (e ? rej(e) : res(k))));
}

/** Problems with a passphrase, in Chinese (empty when acceptable). */
export function passphraseProblems(p: string): string[] {
  const out: string[] = [];
  if ([...p].length < PASSPHRASE_MIN) out.push(`密钥口令至少 ${PASSPHRASE_MIN} 个字符`);
  if (new Set(p).size < 4) out.push('密钥口令过于简单：请混用不同的字母、数字或符号');
  return out;
}

/** A new key file for `privateKey` (its PKCS #8 DER is what is encrypted) under `passphrase` (scrypt N = 2^15 unless a test lowers it). */
export async function sealKey(privateKey: KeyObject, passphrase: string, opts: { N?: number; keyring?: KeyringPort | null; now?: Date } = {}): Promise<KeyFile> {
  const kdf = { algo: 'scrypt' as const, N: opts.N ?? 2 ** 15, r: 8, p: 1, salt: b64(randomBytes(16)) };
  const key = await derive(passphrase, unb64(kdf.salt), kdf);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(KEY_FILE_FORMAT));
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  let data: Uint8Array = Buffer.concat([c.update(der), c.final()]);
  der.fill(0);
  const tag = c.getAuthTag();
  if (opts.keyring) data = opts.keyring.encrypt(data);
  return {
    format: KEY_FILE_FORMAT, publicKey: b64(rawPublicKey(privateKey)), createdAt: (opts.now ?? new Date()).toISOString(),
    kdf, cipher: { algo: 'aes-256-gcm', iv: b64(iv), tag: b64(tag), data: b64(data) }, keyring: !!opts.keyring,
  };
}

/** Reads a key file's JSON; throws a Chinese message when it is not one. */
export function parseKeyFile(text: string): KeyFile {
  let v: unknown;
  try { v = JSON.parse(text); } catch { throw new Error('签名密钥文件已损坏（不是有效的 JSON），请从备份恢复'); }
  const f = v as Partial<KeyFile>;
  if (!f || f.format !== KEY_FILE_FORMAT || typeof f.publicKey !== 'string' || !f.kdf || !f.cipher || f.kdf.algo !== 'scrypt' || f.cipher.algo !== 'aes-256-gcm') {
    throw new Error('签名密钥文件格式不对，请从备份恢复');
  }
  return f as KeyFile;
}

/**
 * The private key of a key file. Throws '密钥口令不正确' for a wrong passphrase (GCM refuses),
 * and a Chinese message when the keyring is needed but missing or the key does not match its public part.
 */
export async function openKey(file: KeyFile, passphrase: string, keyring: KeyringPort | null): Promise<KeyObject> {
  let data = unb64(file.cipher.data);
  if (file.keyring) {
    if (!keyring) throw new Error('签名密钥由系统钥匙串保护，但当前系统钥匙串不可用：请在创建密钥的同一用户账号下打开');
    try { data = keyring.decrypt(data); } catch { throw new Error('系统钥匙串无法解开签名密钥：请在创建密钥的同一用户账号下打开'); }
  }
  const kek = await derive(passphrase, unb64(file.kdf.salt), file.kdf);
  const d = createDecipheriv('aes-256-gcm', kek, unb64(file.cipher.iv));
  d.setAAD(Buffer.from(KEY_FILE_FORMAT));
  d.setAuthTag(unb64(file.cipher.tag));
  let der: Buffer;
  try {
    der = Buffer.concat([d.update(data), d.final()]);
  } catch {
    throw new Error('密钥口令不正确');
  }
  let key: KeyObject;
  try { key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }); } catch { throw new Error('签名密钥文件已损坏，请从备份恢复'); } finally { der.fill(0); }
  if (key.asymmetricKeyType !== 'ed25519' || b64(rawPublicKey(key)) !== file.publicKey) throw new Error('签名密钥文件的公钥与私钥不符，文件可能被改动，请从备份恢复');
  return key;
}
