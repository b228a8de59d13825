import { useLiveQuery } from 'dexie-react-hooks';
import { diffSnapshots, type SnapshotDiff } from '@core/meetings';
import { getMeeting, getSnapshot, listMeetings, meetingItems } from './meeting-repo';

/** Every meeting, newest first; undefined while loading. */
export function useMeetings() {
  return useLiveQuery(() => listMeetings(), []);
}

/** One meeting with its snapshot, its items, the previous meeting's open items and the diff against it. */
export function useMeetingBundle(id: string | null) {
  return useLiveQuery(async () => {
    if (!id) return null;
    const meeting = await getMeeting(id);
    if (!meeting) return null;
    const snapshot = meeting.snapshotId ? await getSnapshot(meeting.snapshotId) : undefined;
    const items = await meetingItems(id);
    const prev = meeting.previousMeetingId ? await getMeeting(meeting.previousMeetingId) : undefined;
    const prevSnapshot = prev?.snapshotId ? await getSnapshot(prev.snapshotId) : undefined;
    const diff: SnapshotDiff | null = snapshot && prevSnapshot ? diffSnapshots(prevSnapshot, snapshot) : null;
    return { meeting, snapshot: snapshot ?? null, items, prev: prev ?? null, diff };
  }, [id]);
}
