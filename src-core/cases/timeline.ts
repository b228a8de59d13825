import { appendChained, verifyChain } from '../base/timeline/hash-chain';

export type CaseEventKind =
  | 'opened' | 'transition' | 'escalated' | 'followUp' | 'followUpDone' | 'comment' | 'ticketsAdded' | 'edited' | 'evidence';

/**
 * One entry of a case's timeline. The timeline is append-only and hash-chained (see
 * base/timeline/hash-chain.ts): each entry's `hash` covers its content and the previous entry's
 * hash, so an edited or removed entry is detected by {@link verifyTimeline}.
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

/**
 * The timeline with `draft` appended (the input array is not changed). Throws a Chinese message
 * when the draft would go back in time, so a wrong clock cannot reorder history.
 */
export function appendEvent(caseId: string, timeline: readonly CaseEvent[], draft: CaseEventDraft): CaseEvent[] {
  return appendChained<CaseEvent, 'caseId'>('caseId', caseId, timeline, draft);
}

/**
 * Checks that a timeline is intact: consecutive seq from 1, each prevHash the previous hash and
 * each hash matching its content. Returns the first broken position (0-based) or null.
 */
export function verifyTimeline(timeline: readonly CaseEvent[]): { brokenAt: number; reason: string } | null {
  return verifyChain(timeline);
}
