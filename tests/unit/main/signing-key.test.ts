/**
 * The desktop signing key of the register, in the main process (no Electron needed): the key file
 * is encrypted under the passphrase (a wrong one is refused, a changed byte is refused), wrapped
 * by a keyring port only when one is given, and the IPC handlers create, unlock, sign and lock —
 * signatures verify with the register core's verifier against the file's public key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcDispatcher } from '../../../src-main/handlers/index';
import { keyPath } from '../../../src-main/handlers/signing-key';
import { newPrivateKey, openKey, parseKeyFile, passphraseProblems, rawPublicKey, sealKey, type KeyringPort } from '../../../src-main/handlers/signing-key-file';
import { nobleVerifier } from '@core/records/ed25519-verify';
import { keyFingerprint } from '@core/records/keys';

const FAST = { N: 2 ** 10 };
const xorKeyring: KeyringPort = { encrypt: (b) => b.map((x) => x ^ 0x5a), decrypt: (b) => b.map((x) => x ^ 0x5a) };

describe('key file', () => {
  it('opens with the passphrase only, and the opened key is the one sealed', async () => {
    const k = newPrivateKey();
    const f = await sealKey(k, '督办登记册口令2026', FAST);
    expect(f.keyring).toBe(false);
    expect(Buffer.from(f.publicKey, 'base64')).toEqual(Buffer.from(rawPublicKey(k)));
    const back = parseKeyFile(JSON.stringify(f));
    expect(rawPublicKey(await openKey(back, '督办登记册口令2026', null))).toEqual(rawPublicKey(k));
    await expect(openKey(back, '督办登记册口令2025', null)).rejects.toThrow('密钥口令不正确');
    const flipped = { ...back, cipher: { ...back.cipher, data: Buffer.from(Buffer.from(back.cipher.data, 'base64').map((x, i) => (i === 3 ? x ^ 1 : x))).toString('base64') } };
    await expect(openKey(flipped, '督办登记册口令2026', null)).rejects.toThrow('密钥口令不正确');
    const otherPublic = { ...back, publicKey: Buffer.from(rawPublicKey(newPrivateKey())).toString('base64') };
    await expect(openKey(otherPublic, '督办登记册口令2026', null)).rejects.toThrow('公钥与私钥不符');
    expect(() => parseKeyFile('{')).toThrow('不是有效的 JSON');
    expect(() => parseKeyFile('{"format":"x"}')).toThrow('格式不对');
  });

  it('is wrapped by the keyring when there is one, and then needs it to open', async () => {
    const f = await sealKey(newPrivateKey(), '督办登记册口令2026', { ...FAST, keyring: xorKeyring });
    expect(f.keyring).toBe(true);
    await expect(openKey(f, '督办登记册口令2026', null)).rejects.toThrow('系统钥匙串不可用');
    await expect(openKey(f, '督办登记册口令2026', xorKeyring)).resolves.toBeDefined();
  });

  it('asks for a passphrase of 10 characters or more, not too simple', () => {
    expect(passphraseProblems('短口令')).toEqual(['密钥口令至少 10 个字符', '密钥口令过于简单：请混用不同的字母、数字或符号']);
    expect(passphraseProblems('aaaaaaaaaaaa')).toEqual(['密钥口令过于简单：请混用不同的字母、数字或符号']);
    expect(passphraseProblems('督办登记册口令2026')).toEqual([]);
  });
});

describe("IPC 'records:*' handlers", () => {
  it('create → sign → lock → refuse → unlock → sign; one key per data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duban-key-'));
    const d = createIpcDispatcher({ dataDir });
    expect(await d('records:key-status', undefined)).toEqual({ ok: true, value: { exists: false, publicKey: null, fingerprint: null, unlocked: false, keyring: false } });
    expect(await d('records:key-create', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('至少 10 个字符') } });
    const made = await d('records:key-create', { passphrase: '督办登记册口令2026' });
    expect(made.ok).toBe(true);
    const { publicKey, fingerprint } = (made as { value: { publicKey: string; fingerprint: string } }).value;
    const raw = new Uint8Array(Buffer.from(publicKey, 'base64'));
    expect(fingerprint).toBe(keyFingerprint(raw));
    expect(readFileSync(keyPath(dataDir), 'utf8')).not.toContain('督办登记册口令2026');
    expect(await d('records:key-create', { passphrase: '督办登记册口令2027' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已经存在') } });

    const msg = new Uint8Array(32).fill(7);
    const sig = await d('records:sign', { bytes: msg });
    expect(sig.ok).toBe(true);
    expect(await nobleVerifier(raw)((sig as { value: Uint8Array }).value, msg)).toBe(true);
    expect(await d('records:sign', { bytes: new Uint8Array(500) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await d('records:key-lock', undefined);
    expect(await d('records:sign', { bytes: msg })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('已锁定') } });
    expect(await d('records:key-unlock', { passphrase: '不对的口令不对的口令' })).toMatchObject({ ok: false, error: { message: '密钥口令不正确' } });
    expect(await d('records:key-unlock', { passphrase: '督办登记册口令2026' })).toMatchObject({ ok: true, value: { publicKey, fingerprint } });
    expect(await d('records:key-status', undefined)).toMatchObject({ ok: true, value: { exists: true, publicKey, unlocked: true } });
    expect((await d('records:sign', { bytes: msg })).ok).toBe(true);

    writeFileSync(keyPath(dataDir), 'garbage');
    expect(await d('records:key-status', undefined)).toMatchObject({ ok: false, error: { code: 'INTEGRITY' } });
  });
});
