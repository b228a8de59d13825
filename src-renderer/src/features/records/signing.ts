/**
 * The register's signing key as the records service sees it. Desktop app: the key lives in the
 * main process (src-main/handlers/signing-key.ts), created and unlocked with a passphrase; this
 * module asks it over IPC to sign and never sees the secret. Browser build: a non-extractable
 * WebCrypto Ed25519 key, the CryptoKey object itself stored in db.signingKeys.
 */
import type { InvokeChannel } from '@core/ipc/channels';
import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import { base64ToBytes, bytesToBase64 } from '@core/base/bytes/base64';
import { keyFingerprint, newWebCryptoKey, webCryptoSigner, type Signer } from '@core/records/keys';
import type { CryptoKeyLike } from '@core/records/webcrypto';
import { db } from '@renderer/db';
import { getBridge } from '@renderer/platform/bridge';

export const KEY_ID = 'register';

export type KeyStatus = {
  where: 'desktop' | 'browser';
  exists: boolean;
  publicKey: string | null;
  fingerprint: string | null;
  /** Desktop: unlocked with the passphrase this session. Browser: always true once it exists. */
  unlocked: boolean;
  /** Desktop: the key file is also wrapped by the OS keyring. */
  keyring: boolean;
};

type BrowserKeyRow = { id: string; kind: 'webcrypto'; privateKey: CryptoKeyLike; publicKey: string; fingerprint: string; createdAt: number };

async function call<C extends InvokeChannel>(channel: C, payload: IpcInput<C>): Promise<IpcOutput<C>> {
  const bridge = getBridge();
  if (!bridge) throw new Error('桌面版通道不可用');
  const r = await (bridge.invoke as (c: C, p: IpcInput<C>) => Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>)(channel, payload);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as IpcOutput<C>;
}

const isDesktop = (): boolean => getBridge() !== undefined;

export async function keyStatus(): Promise<KeyStatus> {
  if (isDesktop()) {
    const s = await call('records:key-status', undefined);
    return { where: 'desktop', ...s };
  }
  const row = (await db.signingKeys.get(KEY_ID)) as BrowserKeyRow | undefined;
  return { where: 'browser', exists: !!row, publicKey: row?.publicKey ?? null, fingerprint: row?.fingerprint ?? null, unlocked: !!row, keyring: false };
}

/** Creates the key (the caller has checked the role). Desktop needs the passphrase. Returns the raw public key. */
export async function createSigningKey(passphrase: string): Promise<Uint8Array> {
  if (isDesktop()) {
    const r = await call('records:key-create', { passphrase });
    return base64ToBytes(r.publicKey)!;
  }
  if (await db.signingKeys.get(KEY_ID)) throw new Error('签名密钥已经存在：一个登记册只用一把密钥');
  const k = await newWebCryptoKey();
  const row: BrowserKeyRow = { id: KEY_ID, kind: 'webcrypto', privateKey: k.privateKey, publicKey: bytesToBase64(k.publicKey), fingerprint: keyFingerprint(k.publicKey), createdAt: Date.now() };
  await db.signingKeys.add(row as unknown as Record<string, unknown>);
  return k.publicKey;
}

export async function unlockSigningKey(passphrase: string): Promise<void> {
  if (isDesktop()) await call('records:key-unlock', { passphrase });
}

export async function lockSigningKey(): Promise<void> {
  if (isDesktop()) await call('records:key-lock', undefined);
}

export const LOCKED = '签名密钥已锁定：请在「用户与密钥」中输入密钥口令解锁后再签发';

/**
 * The signer, or a Chinese reason why there is none (no key yet). A locked desktop key still
 * gives a signer, whose sign() fails with {@link LOCKED}: the operation checks the role rules
 * first, so a user who may not sign hears that, not that the key is locked.
 */
export async function currentSigner(): Promise<Signer | string> {
  const s = await keyStatus();
  if (!s.exists || !s.publicKey) return '还没有签名密钥：请「管理」角色的用户在「用户与密钥」中创建';
  const publicKey = base64ToBytes(s.publicKey)!;
  if (s.where === 'desktop') {
    return {
      publicKey,
      sign: async (bytes) => {
        try {
          return toBytes(await call('records:sign', { bytes: bytes as Uint8Array<ArrayBuffer> }));
        } catch (e) {
          throw new Error((e as Error).message.includes('已锁定') ? LOCKED : (e as Error).message);
        }
      },
    };
  }
  const row = (await db.signingKeys.get(KEY_ID)) as BrowserKeyRow;
  return webCryptoSigner(row.privateKey, publicKey);
}

/** Bytes as they arrive over a bridge: a Uint8Array, an ArrayBuffer, or (JSON bridges) numbers. */
function toBytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (Array.isArray(v)) return Uint8Array.from(v as number[]);
  if (v && typeof v === 'object') return Uint8Array.from(Object.values(v as Record<string, number>));
  throw new Error('主程序返回的签名格式不对，请重新启动督办工作台后再试');
}
