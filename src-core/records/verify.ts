import { hexToBytes } from '@noble/hashes/utils.js';
import { base64ToBytes } from '../base/bytes/base64';
import { BUNDLE_FORMAT, checkpointMessage } from './bundle';
import { ENTRY_TYPES, entryHash, GENESIS, isIsoWithOffset, type EntryType, type RegisterEntry } from './entry';
import { checkEntryBody } from './entry-rules';
import { ed25519Verifier, isValidPublicKey } from './ed25519-verify';
import { FINGERPRINT_HEX, keyFingerprint } from './keys';
import { UNREADABLE_CODES, verifyReason, type VerifyCode, type VerifyParams } from './verify-messages';

export type VerifyOk = { ok: true; size: number; head: string; fingerprint: string };
/**
 * A failed verification: the first failing seq (null when the failure is not one entry's: the key,
 * the checkpoint, the bundle's own fields), a code and the Chinese reason. `unreadable` is true
 * when the input is not a register bundle at all (CLI exit 2) rather than a bundle that fails (exit 1).
 */
export type VerifyFail = { ok: false; unreadable: boolean; seq: number | null; code: VerifyCode; params: VerifyParams; reason: string };
export type VerifyResult = VerifyOk | VerifyFail;

export type VerifyOptions = {
  /** The expected key fingerprint (16 hex digits); the bundle must be signed with that key. */
  key?: string;
};

const ENTRY_KEYS = ['at', 'body', 'hash', 'prev', 'seq', 'sig', 'type'];
const BUNDLE_KEYS = ['checkpoint', 'entries', 'format', 'publicKey'];
const CHECKPOINT_KEYS = ['head', 'sig', 'size'];
const HEX64 = /^[0-9a-f]{64}$/;

function fail(code: VerifyCode, seq: number | null, params: VerifyParams = {}): VerifyFail {
  return { ok: false, unreadable: UNREADABLE_CODES.has(code), seq, code, params, reason: verifyReason(code, params) };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const sameKeys = (o: Record<string, unknown>, keys: readonly string[]): boolean => {
  const k = Object.keys(o).sort();
  return k.length === keys.length && k.every((x, i) => x === keys[i]);
};

/** Parses the text or bytes of a bundle file; a failure is an unreadable result. */
function parse(input: string | Uint8Array): unknown {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail('not-utf8', null);
    }
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return fail('not-json', null, { detail: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The checks of one entry that need no signature: fields, seq order, time, type, body, link to
 * the previous entry, hash, signature encoding and body rules. Returns the decoded signature.
 */
function checkEntry(e: unknown, i: number, prev: string, earlier: readonly RegisterEntry[]): VerifyFail | Uint8Array {
  const pos = i + 1;
  if (!isObject(e)) return fail('entry-shape', pos, { seq: pos, detail: '不是对象' });
  if (!sameKeys(e, ENTRY_KEYS)) return fail('entry-shape', pos, { seq: pos, detail: `应恰好有 ${ENTRY_KEYS.join('、')}` });
  if (e.seq !== pos) return fail('seq-order', pos, { expected: pos, actual: JSON.stringify(e.seq) ?? '' });
  if (!isIsoWithOffset(e.at)) return fail('bad-at', pos, { seq: pos });
  if (!ENTRY_TYPES.includes(e.type as EntryType)) return fail('bad-type', pos, { seq: pos, actual: String(e.type) });
  if (!isObject(e.body)) return fail('bad-body', pos, { seq: pos });
  if (e.prev !== prev) return fail('prev-link', pos, { seq: pos });
  let hash: string;
  try {
    hash = entryHash(e as RegisterEntry);
  } catch {
    return fail('hash-mismatch', pos, { seq: pos });
  }
  if (typeof e.hash !== 'string' || !HEX64.test(e.hash) || e.hash !== hash) return fail('hash-mismatch', pos, { seq: pos });
  const sig = typeof e.sig === 'string' ? base64ToBytes(e.sig) : null;
  if (!sig || sig.length !== 64) return fail('bad-sig-encoding', pos, { seq: pos });
  const broken = checkEntryBody(e as RegisterEntry, earlier);
  if (broken) return fail(broken.code, pos, broken.params);
  return sig;
}

/**
 * Verifies a register bundle (DOMAIN.md section 11): its format, the key (and its fingerprint
 * when `opts.key` is given), every entry's fields, seq order from 1, prev link, hash, signature
 * and body rules (amends an earlier record, drafter ≠ approver, no phone or ID-number patterns),
 * then the checkpoint's size, head and signature. Reports the first failure in seq order. Accepts
 * the file's text, its bytes, or the parsed value; never throws.
 */
export async function verifyBundle(input: string | Uint8Array | { value: unknown }, opts: VerifyOptions = {}): Promise<VerifyResult> {
  try {
    return await verifyParsed(typeof input === 'object' && !(input instanceof Uint8Array) ? input : parse(input), opts);
  } catch (e) {
    // Not expected: every check above is total. Kept so that no input can make verify throw.
    return fail('bad-structure', null, { path: `（内部错误：${e instanceof Error ? e.message : String(e)}）` });
  }
}

async function verifyParsed(parsed: unknown, opts: VerifyOptions): Promise<VerifyResult> {
  if (isObject(parsed) && parsed.ok === false) return parsed as VerifyFail;
  const b = (parsed as { value: unknown }).value;
  if (!isObject(b) || b.format !== BUNDLE_FORMAT) return fail('bad-format', null);
  if (!Array.isArray(b.entries)) return fail('bad-structure', null, { path: 'entries' });
  if (typeof b.publicKey !== 'string') return fail('bad-structure', null, { path: 'publicKey' });
  if (!isObject(b.checkpoint)) return fail('bad-structure', null, { path: 'checkpoint' });
  const extra = Object.keys(b).find((k) => !BUNDLE_KEYS.includes(k));
  if (extra !== undefined) return fail('unknown-field', null, { path: extra });

  const publicKey = base64ToBytes(b.publicKey);
  if (!publicKey || !isValidPublicKey(publicKey)) return fail('bad-key', null);
  const fingerprint = keyFingerprint(publicKey);
  if (opts.key !== undefined) {
    const want = opts.key.trim().toLowerCase();
    if (want !== fingerprint) return fail('key-mismatch', null, { expected: want.length === FINGERPRINT_HEX ? want : opts.key, actual: fingerprint });
  }

  const entries = b.entries as unknown[];
  const sigs: Uint8Array[] = [];
  let firstFail: VerifyFail | null = null;
  let prev = GENESIS;
  for (let i = 0; i < entries.length; i++) {
    const r = checkEntry(entries[i], i, prev, entries as RegisterEntry[]);
    if (!(r instanceof Uint8Array)) { firstFail = r; break; }
    sigs.push(r);
    prev = (entries[i] as RegisterEntry).hash;
  }

  // Signatures of the entries before the first other failure, all at once (WebCrypto runs them in parallel).
  const verify = await ed25519Verifier(publicKey);
  const results = await Promise.all(sigs.map((s, i) => verify(s, hexToBytes((entries[i] as RegisterEntry).hash))));
  const badSig = results.indexOf(false);
  if (badSig >= 0) return fail('bad-sig', badSig + 1, { seq: badSig + 1 });
  if (firstFail) return firstFail;

  const cp = b.checkpoint;
  if (!sameKeys(cp, CHECKPOINT_KEYS)) return fail('checkpoint-shape', null);
  if (cp.size !== entries.length) return fail('checkpoint-size', null, { expected: typeof cp.size === 'number' ? cp.size : String(cp.size), actual: entries.length });
  if (cp.head !== prev) return fail('checkpoint-head', null);
  const cpSig = typeof cp.sig === 'string' ? base64ToBytes(cp.sig) : null;
  if (!cpSig || !(await verify(cpSig, checkpointMessage(entries.length, prev)))) return fail('checkpoint-sig', null);
  return { ok: true, size: entries.length, head: prev, fingerprint };
}
