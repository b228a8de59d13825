import { appendChained, verifyChain } from '../base/timeline/hash-chain';

export type CampaignEventKind =
  | 'created' | 'edited' | 'problemAdded' | 'problemEdited' | 'problemRemoved' | 'linked' | 'unlinked'
  | 'taskAdded' | 'taskDone' | 'taskCancelled' | 'milestoneAdded' | 'milestoneDone' | 'reported' | 'policyAdded'
  | 'transition' | 'evaluated' | 'comment';

/**
 * One entry of a campaign's append-only, hash-chained timeline (the same chain as a case's, see
 * base/timeline/hash-chain.ts; the owner field is `campaignId`).
 */
export type CampaignEvent = {
  campaignId: string;
  seq: number;
  /** Epoch ms. */
  at: number;
  by: string;
  kind: CampaignEventKind;
  /** What happened, in Chinese, for people. */
  summary: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type CampaignEventDraft = Omit<CampaignEvent, 'seq' | 'prevHash' | 'hash' | 'campaignId'>;

/** The timeline with `draft` appended (the input is not changed); throws a Chinese message when it would go back in time. */
export function appendCampaignEvent(campaignId: string, timeline: readonly CampaignEvent[], draft: CampaignEventDraft): CampaignEvent[] {
  return appendChained<CampaignEvent, 'campaignId'>('campaignId', campaignId, timeline, draft);
}

/** The first broken entry of a campaign timeline (0-based, with a Chinese reason), or null when intact. */
export function verifyCampaignTimeline(timeline: readonly CampaignEvent[]): { brokenAt: number; reason: string } | null {
  return verifyChain(timeline);
}
