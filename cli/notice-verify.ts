/**
 * The check `notice` runs on a bundle before it renders anything, with the exit codes of `verify`
 * (DOMAIN.md section 11): 0 the bundle holds, 1 it fails at a named seq, 2 it cannot be read as a
 * bundle.
 *
 * This body checks the bundle's shape and its links only: the JSON parses; format, public key
 * (32 bytes of base64), every entry (seq, at with offset, type, body, prev, hash, sig of 64 bytes)
 * and the checkpoint have their section 11 form; seqs run from 1 without gaps; each prev is the
 * hash before it (64 zeros for seq 1); corrections and retractions amend an earlier seq; the
 * checkpoint's size and head are the last entry's. It does not recompute hashes or check
 * signatures, and says so in `checked: 'structure'`. When the register core is merged, the
 * integrator replaces this body with a call to its verifyBundle, returning `checked: 'full'`;
 * the callers keep the same result type.
 */
import { base64ToBytes } from '@core/base/bytes/base64';
import { keyFingerprint, type NoticeBundle, type NoticeEntry, type NoticeEntryType } from '@core/records/notice-model';

export type NoticeVerifyResult =
  | { ok: true; bundle: NoticeBundle; size: number; head: string; fingerprint: string; checked: 'structure' | 'full' }
  | { ok: false; code: 1; seq: number | null; reason: string }
  | { ok: false; code: 2; reason: string };

const FORMAT = 'duban-register/1';
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const TYPES: readonly NoticeEntryType[] = ['record', 'correction', 'retraction'];
const GENESIS = '0'.repeat(64);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bytesLength = (s: unknown): number => (typeof s === 'string' ? base64ToBytes(s)?.length ?? -1 : -1);

/** Why entry `i` (0-based) does not have the section 11 shape, or null. */
function entryShapeProblem(e: unknown, i: number): string | null {
  const at = `第 ${i + 1} 个条目`;
  if (!isObject(e)) return `${at}不是对象`;
  if (!Number.isSafeInteger(e.seq)) return `${at}的 seq 不是整数`;
  if (typeof e.at !== 'string' || !ISO_WITH_OFFSET.test(e.at)) return `${at}的 at 不是带时区的 ISO 8601 时间`;
  if (!TYPES.includes(e.type as NoticeEntryType)) return `${at}的 type 不是 record、correction 或 retraction`;
  if (!isObject(e.body)) return `${at}的 body 不是对象`;
  if (typeof e.prev !== 'string' || !HEX64.test(e.prev)) return `${at}的 prev 不是 64 位小写十六进制`;
  if (typeof e.hash !== 'string' || !HEX64.test(e.hash)) return `${at}的 hash 不是 64 位小写十六进制`;
  if (bytesLength(e.sig) !== 64) return `${at}的 sig 不是 64 字节签名的 base64`;
  return null;
}

/** Checks `json` (the text of a bundle file) as described above. */
export function verifyForNotice(json: string): NoticeVerifyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, code: 2, reason: `文件不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isObject(raw)) return { ok: false, code: 2, reason: '文件内容不是登记簿导出包（应为 JSON 对象）' };
  if (raw.format !== FORMAT) return { ok: false, code: 2, reason: `导出包格式应为 ${FORMAT}，实际为「${String(raw.format)}」` };
  if (bytesLength(raw.publicKey) !== 32) return { ok: false, code: 2, reason: 'publicKey 不是 32 字节 Ed25519 公钥的 base64' };
  if (!Array.isArray(raw.entries)) return { ok: false, code: 2, reason: 'entries 不是数组' };
  const cp = raw.checkpoint;
  if (!isObject(cp) || !Number.isSafeInteger(cp.size) || typeof cp.head !== 'string' || !HEX64.test(cp.head) || bytesLength(cp.sig) !== 64) {
    return { ok: false, code: 2, reason: 'checkpoint 应为 { size, head, sig }（整数、64 位十六进制、64 字节签名的 base64）' };
  }
  for (let i = 0; i < raw.entries.length; i++) {
    const problem = entryShapeProblem(raw.entries[i], i);
    if (problem) return { ok: false, code: 2, reason: problem };
  }
  const entries = raw.entries as NoticeEntry[];
  let prev = GENESIS;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.seq !== i + 1) return { ok: false, code: 1, seq: i + 1, reason: `第 ${i + 1} 个条目的序号是 ${e.seq}，序号应从 1 连续递增（条目被删除、插入或调换了顺序）` };
    if (e.prev !== prev) return { ok: false, code: 1, seq: e.seq, reason: `第 ${e.seq} 条的 prev 不是上一条的 hash，链条断开` };
    if (e.type !== 'record') {
      const amends = (e.body as Record<string, unknown>).amends;
      if (!Number.isSafeInteger(amends) || (amends as number) < 1 || (amends as number) >= e.seq) {
        return { ok: false, code: 1, seq: e.seq, reason: `第 ${e.seq} 条${e.type === 'correction' ? '更正' : '撤销'}的 body.amends 应为更早的一条的序号` };
      }
    }
    prev = e.hash;
  }
  const checkpoint = cp as NoticeBundle['checkpoint'];
  if (checkpoint.size !== entries.length) {
    return { ok: false, code: 1, seq: null, reason: `检查点记载 ${checkpoint.size} 条，导出包有 ${entries.length} 条` };
  }
  if (checkpoint.head !== prev) return { ok: false, code: 1, seq: null, reason: '检查点的 head 不是最后一条的 hash' };
  const bundle: NoticeBundle = { format: FORMAT, publicKey: raw.publicKey as string, entries, checkpoint };
  return { ok: true, bundle, size: checkpoint.size, head: checkpoint.head, fingerprint: keyFingerprint(bundle.publicKey), checked: 'structure' };
}
