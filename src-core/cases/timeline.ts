import { canonicalJson, sha256Hex } from '../base/rules/versioned';

export type CaseEventKind =
  | 'opened' | 'transition' | 'escalated' | 'followUp' | 'followUpDone' | 'comment' | 'ticketsAdded' | 'edited' | 'evidence';

/**
 * One entry of a case's timeline. The timeline is append-only and hash-chained: each entry's
 * `hash` covers its content and the previous entry's hash, so an edited or removed entry is
 * detected by {@link verifyTimeline}.
 */
export type CaseEvent = {
  caseId: string;
  seq: number;
  /** Epoch ms. */
  at: number;
  by: string;
  kind: CaseEventKind;
  /** What happened, in Chinese, for people. */
  summary: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type CaseEventDraft = Omit<CaseEvent, 'seq' | 'prevHash' | 'hash' | 'caseId'>;

const GENESIS = '0'.repeat(64);

function hashOf(e: Omit<CaseEvent, 'hash'>): string {
  return sha256Hex(canonicalJson(e));
}

/**
 * The timeline with `draft` appended (the input array is not changed). Throws a Chinese message
 * when the draft would go back in time, so a wrong clock cannot reorder history.
 */
export function appendEvent(caseId: string, timeline: readonly CaseEvent[], draft: CaseEventDraft): CaseEvent[] {
  const last = timeline[timeline.length - 1];
  if (last && draft.at < last.at) throw new Error('新记录的时间早于时间线上的上一条，请检查系统时间后重试');
  const body = { ...draft, caseId, seq: last ? last.seq + 1 : 1, prevHash: last ? last.hash : GENESIS };
  return [...timeline, { ...body, hash: hashOf(body) }];
}

/**
 * Checks that a timeline is intact: consecutive seq from 1, each prevHash the previous hash and
 * each hash matching its content. Returns the first broken position (0-based) or null.
 */
export function verifyTimeline(timeline: readonly CaseEvent[]): { brokenAt: number; reason: string } | null {
  let prev = GENESIS;
  for (let i = 0; i < timeline.length; i++) {
    const e = timeline[i]!;
    if (e.seq !== i + 1) return { brokenAt: i, reason: `第 ${i + 1} 条记录序号不连续（${e.seq}），时间线可能被删改` };
    if (e.prevHash !== prev) return { brokenAt: i, reason: `第 ${i + 1} 条记录与上一条衔接不上，时间线可能被删改` };
    const { hash, ...body } = e;
    if (hashOf(body) !== hash) return { brokenAt: i, reason: `第 ${i + 1} 条记录内容与校验值不符，可能被修改` };
    prev = hash;
  }
  return null;
}
