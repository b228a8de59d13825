/**
 * All storage of the 点评会 feature on the schema v5 tables (db/schema.ts): meetings, their
 * frozen snapshots, decisions and action items, and the append-only, hash-chained timeline.
 * Every save writes the row and its timeline entry in ONE Dexie transaction.
 */
import {
  appendMeetingEvent, carryOpenItems, createItem, createMeeting, endMeeting, freezeMeeting, freezeSnapshot, previousFrozen, setAgenda,
  type AgendaItem, type ItemDraft, type Meeting, type MeetingDraft, type MeetingEvent, type MeetingEventDraft, type MeetingItem,
  type MeetingSnapshot, type SnapshotContent,
} from '@core/meetings';
import { db } from '@renderer/db';
import { loadWorkCalendar } from '@renderer/features/chronic/case-repo';

type Row = Record<string, unknown>;
const row = <T>(v: T): Row => v as unknown as Row;
const TABLES = () => [db.meetings, db.meetingSnapshots, db.meetingItems, db.meetingEvents];

const rid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Meetings newest first (date, then creation). */
export async function listMeetings(): Promise<Meeting[]> {
  const rows = (await db.meetings.toArray()) as unknown as Meeting[];
  return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt - a.createdAt));
}

export async function getMeeting(id: string): Promise<Meeting | undefined> {
  return (await db.meetings.get(id)) as unknown as Meeting | undefined;
}

export async function getSnapshot(id: string): Promise<MeetingSnapshot | undefined> {
  return (await db.meetingSnapshots.get(id)) as unknown as MeetingSnapshot | undefined;
}

/** The meeting's decisions and action items in the order they were recorded. */
export async function meetingItems(meetingId: string): Promise<MeetingItem[]> {
  const rows = (await db.meetingItems.where('meetingId').equals(meetingId).toArray()) as unknown as MeetingItem[];
  return rows.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export async function meetingTimeline(meetingId: string): Promise<MeetingEvent[]> {
  const rows = (await db.meetingEvents.where('meetingId').equals(meetingId).toArray()) as unknown as (MeetingEvent & { id: number })[];
  return rows.sort((a, b) => a.seq - b.seq).map(({ id: _id, ...e }) => e);
}

async function append(meetingId: string, draft: MeetingEventDraft): Promise<void> {
  const tail = (await db.meetingEvents.where('meetingId').equals(meetingId).last()) as unknown as (MeetingEvent & { id?: number }) | undefined;
  let last: MeetingEvent[] = [];
  if (tail) { const { id: _id, ...e } = tail; last = [e]; }
  const tl = appendMeetingEvent(meetingId, last, draft);
  await db.meetingEvents.add(row(tl[tl.length - 1]));
}

/**
 * A new meeting in 筹备. The latest earlier frozen meeting becomes its "previous meeting", and
 * that meeting's open action items are put on the new agenda (议定事项回顾).
 */
export async function saveNewMeeting(d: MeetingDraft, actor: string, now = Date.now()): Promise<Meeting> {
  return db.transaction('rw', TABLES(), async () => {
    const all = await listMeetings();
    const draftMeeting = createMeeting(rid('HY'), d, now);
    const prev = previousFrozen(all, draftMeeting);
    let m: Meeting = prev ? { ...draftMeeting, previousMeetingId: prev.id } : draftMeeting;
    if (prev) m = setAgenda(m, carryOpenItems([], await meetingItems(prev.id), () => rid('AG')));
    await db.meetings.add(row(m));
    await append(m.id, { at: now, type: 'created', actor, detail: `创建会议“${m.title}”${prev ? `，上次会议“${prev.title}”` : ''}` });
    return m;
  });
}

export async function saveAgenda(meetingId: string, agenda: AgendaItem[], actor: string, now = Date.now()): Promise<Meeting> {
  return db.transaction('rw', TABLES(), async () => {
    const m = await getMeeting(meetingId);
    if (!m) throw new Error('会议不存在，可能已被删除');
    const next = setAgenda(m, agenda);
    await db.meetings.put(row(next));
    await append(m.id, { at: now, type: 'edited', actor, detail: `议程 ${agenda.length} 项` });
    return next;
  });
}

/** Freezes the meeting with the figures gathered just before (see gather.ts). */
export async function saveFreeze(meetingId: string, content: SnapshotContent, actor: string, now = Date.now()): Promise<{ meeting: Meeting; snapshot: MeetingSnapshot }> {
  return db.transaction('rw', TABLES(), async () => {
    const m = await getMeeting(meetingId);
    if (!m) throw new Error('会议不存在，可能已被删除');
    const snapshot = freezeSnapshot(rid('KZ'), { ...content, meetingId });
    const meeting = freezeMeeting(m, snapshot, now);
    await db.meetingSnapshots.add(row(snapshot));
    await db.meetings.put(row(meeting));
    await append(m.id, { at: now, type: 'frozen', actor, detail: `冻结会议数据，快照校验值 ${snapshot.sha256}` });
    return { meeting, snapshot };
  });
}

export async function saveEnd(meetingId: string, actor: string, now = Date.now()): Promise<Meeting> {
  return db.transaction('rw', TABLES(), async () => {
    const m = await getMeeting(meetingId);
    if (!m) throw new Error('会议不存在，可能已被删除');
    const next = endMeeting(m, now);
    await db.meetings.put(row(next));
    await append(m.id, { at: now, type: 'ended', actor, detail: '会议结束' });
    return next;
  });
}

export async function saveItem(meetingId: string, d: ItemDraft, actor: string, now = Date.now()): Promise<MeetingItem> {
  const cal = await loadWorkCalendar();
  return db.transaction('rw', TABLES(), async () => {
    const m = await getMeeting(meetingId);
    if (!m) throw new Error('会议不存在，可能已被删除');
    if (m.state === '筹备') throw new Error('请先冻结会议数据，再记录议定事项');
    const item = createItem(cal, m, rid('YD'), d, now);
    await db.meetingItems.add(row(item));
    await append(m.id, { at: now, type: 'item-added', actor, detail: `${item.kind === 'action' ? '交办' : '议定'}：${item.text}` });
    return item;
  });
}

/** Marks an action item done or cancelled; written on the timeline of the meeting that made it. */
export async function saveItemState(itemId: string, state: 'done' | 'cancelled', actor: string, now = Date.now()): Promise<MeetingItem> {
  return db.transaction('rw', TABLES(), async () => {
    const i = (await db.meetingItems.get(itemId)) as unknown as MeetingItem | undefined;
    if (!i) throw new Error('议定事项不存在');
    if (i.state !== '未完成') throw new Error(`该事项已是“${i.state}”`);
    const next: MeetingItem = { ...i, state: state === 'done' ? '已完成' : '已撤销', doneAt: now };
    await db.meetingItems.put(row(next));
    await append(i.meetingId, { at: now, type: state === 'done' ? 'item-done' : 'item-cancelled', actor, detail: i.text });
    return next;
  });
}
