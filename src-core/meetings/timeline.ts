import { appendChained, verifyChain } from '../base/timeline/hash-chain';
import type { MeetingEvent } from './model';

export type MeetingEventDraft = Omit<MeetingEvent, 'meetingId' | 'seq' | 'prevHash' | 'hash'>;

/** The meeting's append-only timeline with `draft` appended (hash-chained, owner field meetingId). */
export function appendMeetingEvent(meetingId: string, timeline: readonly MeetingEvent[], draft: MeetingEventDraft): MeetingEvent[] {
  return appendChained<MeetingEvent, 'meetingId'>('meetingId', meetingId, timeline, draft);
}

export { verifyChain as verifyMeetingTimeline };
