import { describe, expect, it } from 'vitest';
import { scrypt } from '@noble/hashes/scrypt.js';
import { base64ToBytes, bytesToBase64 } from '@core/base/bytes/base64';
import { hashPassword, passwordProblems, SCRYPT_DEFAULTS, verifyPassword } from '@core/records/passwords';

describe('passwords', () => {
  it('hashes with scrypt and a random salt; verifies the right password only', async () => {
    const h = await hashPassword('督办2026春', { N: 2 ** 10 });
    expect(h).toMatchObject({ algo: 'scrypt', N: 1024, r: 8, p: 1 });
    expect(base64ToBytes(h.salt)).toHaveLength(16);
    expect(JSON.stringify(h)).not.toContain('督办2026春');
    expect(await verifyPassword('督办2026春', h)).toBe(true);
    expect(await verifyPassword('督办2026夏', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
    const h2 = await hashPassword('督办2026春', { N: 2 ** 10 });
    expect(h2.salt).not.toBe(h.salt);
  });

  it('is the scrypt of the password with the stored parameters', async () => {
    const salt = new Uint8Array(16).fill(7);
    const h = await hashPassword('pass-word-1', { N: 2 ** 10, salt });
    expect(h.hash).toBe(bytesToBase64(scrypt('pass-word-1', salt, { N: 1024, r: 8, p: 1, dkLen: 32 })));
    expect(SCRYPT_DEFAULTS.N).toBeGreaterThanOrEqual(2 ** 15);
  });

  it('never throws on a damaged stored hash', async () => {
    const h = await hashPassword('pass-word-1', { N: 2 ** 10 });
    expect(await verifyPassword('pass-word-1', { ...h, hash: '!!' })).toBe(false);
    expect(await verifyPassword('pass-word-1', { ...h, N: 3 })).toBe(false);
    expect(await verifyPassword('pass-word-1', { ...h, algo: 'md5' as 'scrypt' })).toBe(false);
  });

  it('asks for a password that is long and not trivial', () => {
    expect(passwordProblems('aab')).toEqual(['密码至少 8 个字符', '密码过于简单：请混用不同的字母、数字或符号']);
    expect(passwordProblems('aaaaaaaaaa')).toEqual(['密码过于简单：请混用不同的字母、数字或符号']);
    expect(passwordProblems('wangli2026', 'wangli')).toEqual(['密码不能包含用户名']);
    expect(passwordProblems('Duban-2026!')).toEqual([]);
  });
});
