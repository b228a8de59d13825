import { canonicalJson, sha256Hex } from '../rules/versioned';

/**
 * Append-only, hash-chained timelines (疑难件, 专项行动, …). Each entry's `hash` is the SHA-256 of
 * the canonical JSON of the entry without `hash` — its content, its owner field (e.g. `caseId`),
 * `seq` and the previous entry's hash — so an edited, removed or reordered entry is detected by
 * {@link verifyChain}. The owner field's name is part of the hashed content: a case timeline
 * (owner field `caseId`) hashes exactly as it did before this module was shared.
 */
export type ChainLinks = { seq: number; at: number; prevHash: string; hash: string };

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hash of an entry's body (every field but `hash`). */
export function chainHash(body: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(body));
}

/**
 * The timeline with `draft` appended as the entry of owner `ownerId` (stored in field
 * `ownerField`); the input array is not changed. Throws a Chinese message when the draft would
 * go back in time, so a wrong clock cannot reorder history.
 */
export function appendChained<E extends ChainLinks, K extends keyof E & string>(
  ownerField: K, ownerId: string, timeline: readonly E[], draft: Omit<E, 'seq' | 'prevHash' | 'hash' | K>,
): E[] {
  const last = timeline[timeline.length - 1];
  if (last && (draft as unknown as { at: number }).at < last.at) throw new Error('新记录的时间早于时间线上的上一条，请检查系统时间后重试');
  const body = { ...draft, [ownerField]: ownerId, seq: last ? last.seq + 1 : 1, prevHash: last ? last.hash : GENESIS_HASH };
  return [...timeline, { ...body, hash: chainHash(body) } as unknown as E];
}

/**
 * Checks that a timeline is intact: consecutive seq from 1, each prevHash the previous hash and
 * each hash matching its content. Returns the first broken position (0-based) with a Chinese
 * reason, or null.
 */
export function verifyChain(timeline: readonly ChainLinks[]): { brokenAt: number; reason: string } | null {
  let prev = GENESIS_HASH;
  for (let i = 0; i < timeline.length; i++) {
    const e = timeline[i]!;
    if (e.seq !== i + 1) return { brokenAt: i, reason: `第 ${i + 1} 条记录序号不连续（${e.seq}），时间线可能被删改` };
    if (e.prevHash !== prev) return { brokenAt: i, reason: `第 ${i + 1} 条记录与上一条衔接不上，时间线可能被删改` };
    const { hash, ...body } = e;
    if (chainHash(body) !== hash) return { brokenAt: i, reason: `第 ${i + 1} 条记录内容与校验值不符，可能被修改` };
    prev = hash;
  }
  return null;
}
