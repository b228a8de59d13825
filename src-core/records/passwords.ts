import { scryptAsync } from '@noble/hashes/scrypt.js';
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { equalBytes } from '@noble/curves/utils.js';
import { base64ToBytes, bytesToBase64 } from '../base/bytes/base64';

/** A stored password: scrypt parameters, salt and derived key (base64). Never the password. */
export type PasswordHash = { algo: 'scrypt'; N: number; r: number; p: number; salt: string; hash: string };

/** scrypt cost: N = 2^15, r = 8, p = 1 (32 MiB, about a quarter of a second in JavaScript here). */
export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
export const PASSWORD_MIN_LENGTH = 8;

/** Problems with a new password, in Chinese (empty when acceptable). */
export function passwordProblems(password: string, userName = ''): string[] {
  const out: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) out.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (new Set(password).size < 3) out.push('密码过于简单：请混用不同的字母、数字或符号');
  if (userName && password.toLowerCase().includes(userName.toLowerCase())) out.push('密码不能包含用户名');
  return out;
}

/** Hashes a password with scrypt and a fresh 16-byte salt (tests may lower N). */
export async function hashPassword(password: string, opts: { N?: number; salt?: Uint8Array } = {}): Promise<PasswordHash> {
  const { r, p } = SCRYPT_DEFAULTS;
  const N = opts.N ?? SCRYPT_DEFAULTS.N;
  const salt = opts.salt ?? randomBytes(16);
  const key = await scryptAsync(utf8ToBytes(password.normalize('NFC')), salt, { N, r, p, dkLen: KEY_BYTES });
  return { algo: 'scrypt', N, r, p, salt: bytesToBase64(salt), hash: bytesToBase64(key) };
}

/** Whether `password` matches `stored`; the derived keys are compared in constant time. Never throws. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  try {
    if (stored.algo !== 'scrypt') return false;
    const salt = base64ToBytes(stored.salt), want = base64ToBytes(stored.hash);
    if (!salt || !want || want.length !== KEY_BYTES) return false;
    const got = await scryptAsync(utf8ToBytes(password.normalize('NFC')), salt, { N: stored.N, r: stored.r, p: stored.p, dkLen: KEY_BYTES });
    return equalBytes(got, want);
  } catch {
    return false;
  }
}
