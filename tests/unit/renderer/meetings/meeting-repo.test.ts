/**
 * The 点评会 repository on the real DubanDb (fake-indexeddb under Node): a meeting frozen with its
 * hashed snapshot, items with working-day deadlines, the next meeting bringing back the open
 * ones, the hash-chained timeline, and refusals that save nothing.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyMeetingTimeline, verifySnapshot, type SnapshotContent } from '@core/meetings';
import { db } from '@renderer/db';
import {
  getSnapshot, listMeetings, meetingItems, meetingTimeline, saveAgenda, saveEnd, saveFreeze, saveItem, saveItemState, saveNewMeeting,
} from '@renderer/features/meetings/meeting-repo';

const T0 = Date.UTC(2026, 8, 30, 2); // 2026-09-30 10:00 Shanghai
const figures = (tickets: number): SnapshotContent => ({
  meetingId: '', takenAt: T0, kpis: { dispatched: tickets }, ranking: null,
  cases: [{ id: 'c1', title: '积水', stage: '督办', ticketCount: 3, overdue: false }], campaigns: [], hotspots: [], records: [],
});

beforeEach(async () => {
  await Promise.all([db.meetings.clear(), db.meetingSnapshots.clear(), db.meetingItems.clear(), db.meetingEvents.clear()]);
});

describe('meeting repository', () => {
  it('freezes, records items and carries the open ones to the next meeting', async () => {
    const m = await saveNewMeeting({ title: '九月点评会', date: '2026-09-30', participants: ['张主任'] }, '王敏', T0);
    expect(m.agenda).toEqual([]);
    await expect(saveItem(m.id, { kind: 'decision', text: '通报', links: [], owner: '', workingDays: 0 }, '王敏', T0 + 1)).rejects.toThrow(/请先冻结/);
    await expect(saveFreeze(m.id, figures(10), '王敏', T0 + 1)).rejects.toThrow(/议程为空/);
    expect(await db.meetingSnapshots.count()).toBe(0);
    await saveAgenda(m.id, [{ id: 'a1', kind: 'case', refId: 'c1', title: '积水', presenter: '李科长' }], '王敏', T0 + 2);
    const { meeting, snapshot } = await saveFreeze(m.id, figures(10), '王敏', T0 + 3);
    expect(meeting.state).toBe('已冻结');
    const stored = await getSnapshot(meeting.snapshotId!);
    expect(stored?.sha256).toBe(snapshot.sha256);
    expect(verifySnapshot(stored!)).toBeNull();
    const act = await saveItem(m.id, { kind: 'action', text: '限期整改积水', links: [{ kind: 'case', id: 'c1' }], owner: '甲区', workingDays: 3 }, '王敏', T0 + 4);
    expect(act.deadline).toBe('2026-10-10');
    const done = await saveItem(m.id, { kind: 'action', text: '已办', links: [], owner: '乙区', workingDays: 2 }, '王敏', T0 + 5);
    await saveItemState(done.id, 'done', '王敏', T0 + 6);
    await expect(saveItemState(done.id, 'done', '王敏', T0 + 7)).rejects.toThrow(/已是/);
    await saveEnd(m.id, '王敏', T0 + 8);

    const next = await saveNewMeeting({ title: '十月点评会', date: '2026-10-30', participants: [] }, '王敏', T0 + 9);
    expect(next.previousMeetingId).toBe(m.id);
    expect(next.agenda).toMatchObject([{ kind: 'case', refId: 'c1', presenter: '甲区', carriedItemId: act.id }]);
    expect((await listMeetings()).map((x) => x.title)).toEqual(['十月点评会', '九月点评会']);
    expect((await meetingItems(m.id)).map((i) => i.state)).toEqual(['未完成', '已完成']);

    const tl = await meetingTimeline(m.id);
    expect(tl.map((e) => e.type)).toEqual(['created', 'edited', 'frozen', 'item-added', 'item-added', 'item-done', 'ended']);
    expect(verifyMeetingTimeline(tl)).toBeNull();
  });
});
