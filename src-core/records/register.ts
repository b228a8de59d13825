import { hexToBytes } from '@noble/hashes/utils.js';
import { bytesToBase64 } from '../base/bytes/base64';
import { jcs } from './canonical';
import { entryHash, isIsoWithOffset, registerHead, type EntryType, type RegisterEntry } from './entry';
import { checkEntryBody } from './entry-rules';
import type { Signer } from './keys';
import { verifyReason } from './verify-messages';

/**
 * Appends one entry to the register and returns the new register (the input is not changed):
 * seq one past the last, prev the last hash, hash over the canonical JSON, and the signer's
 * signature of the 32 hash bytes. Throws a Chinese message, and appends nothing, when the entry
 * would break a rule {@link verifyBundle} checks (see {@link checkEntryBody}), when `at` is not
 * ISO 8601 with an offset or is earlier than the last entry's, or when the body has no JSON form.
 */
export async function append(
  register: readonly RegisterEntry[], type: EntryType, body: Record<string, unknown>, at: string, signer: Signer,
): Promise<RegisterEntry[]> {
  if (!isIsoWithOffset(at)) throw new Error(`记录时间「${at}」应为带时区的 ISO 8601 时间，如 2026-03-16T09:30:00+08:00`);
  const last = register[register.length - 1];
  if (last && Date.parse(at) < Date.parse(last.at)) throw new Error('新记录的时间早于登记册上的上一条，请检查系统时间后重试');
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('记录内容必须是对象');
  // A copy through JSON, so what is signed is exactly what a reader parses back.
  const plain = JSON.parse(jcs(body)) as Record<string, unknown>;
  const seq = register.length + 1;
  const broken = checkEntryBody({ seq, type, body: plain }, register);
  if (broken) throw new Error(verifyReason(broken.code, broken.params));
  const prev = registerHead(register);
  const hash = entryHash({ seq, at, type, body: plain, prev });
  const sig = bytesToBase64(await signer.sign(hexToBytes(hash)));
  return [...register, { seq, at, type, body: plain, prev, hash, sig }];
}
