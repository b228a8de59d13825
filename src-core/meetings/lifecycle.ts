import { parseLocalDate } from '../base/time/shanghai';
import type { AgendaItem, Meeting, MeetingSnapshot } from './model';

export type MeetingDraft = { title: string; date: string; participants: string[] };

/** Chinese messages for what is wrong with a meeting draft (empty when fine). */
export function validateMeeting(d: MeetingDraft): string[] {
  const errs: string[] = [];
  if (!d.title.trim()) errs.push('请填写会议名称');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(parseLocalDate(d.date))) errs.push('请选择会议日期（YYYY-MM-DD）');
  return errs;
}

export function createMeeting(id: string, d: MeetingDraft, now: number, previousMeetingId?: string): Meeting {
  const errs = validateMeeting(d);
  if (errs.length) throw new Error(errs.join('；'));
  return {
    id,
    title: d.title.trim(),
    date: d.date,
    participants: d.participants.map((p) => p.trim()).filter(Boolean),
    agenda: [],
    state: '筹备',
    createdAt: now,
    ...(previousMeetingId ? { previousMeetingId } : {}),
  };
}

/** Chinese messages for what is wrong with an agenda (empty when fine). */
export function validateAgenda(agenda: readonly AgendaItem[]): string[] {
  const errs: string[] = [];
  if (agenda.length === 0) errs.push('议程为空，请至少添加一项议程后再冻结');
  const seen = new Set<string>();
  agenda.forEach((a, i) => {
    if (!a.presenter.trim()) errs.push(`第 ${i + 1} 项议程“${a.title}”还没有汇报人`);
    const key = `${a.kind}:${a.refId}:${a.carriedItemId ?? ''}`;
    if (a.refId && seen.has(key)) errs.push(`第 ${i + 1} 项议程“${a.title}”重复`);
    seen.add(key);
  });
  return errs;
}

function mustBe(m: Meeting, state: Meeting['state'], what: string): void {
  if (m.state !== state) throw new Error(`会议处于“${m.state}”状态，不能${what}`);
}

/** The meeting with its agenda replaced; only while 筹备. */
export function setAgenda(m: Meeting, agenda: AgendaItem[]): Meeting {
  mustBe(m, '筹备', '修改议程（冻结后数据与议程不再变动）');
  return { ...m, agenda };
}

/** 筹备 → 已冻结, bound to the snapshot taken now. */
export function freezeMeeting(m: Meeting, snap: MeetingSnapshot, now: number): Meeting {
  mustBe(m, '筹备', '冻结');
  const errs = validateAgenda(m.agenda);
  if (errs.length) throw new Error(errs.join('；'));
  if (snap.meetingId !== m.id) throw new Error('快照不属于这次会议');
  return { ...m, state: '已冻结', frozenAt: now, snapshotId: snap.id };
}

/** 已冻结 → 已结束. */
export function endMeeting(m: Meeting, now: number): Meeting {
  mustBe(m, '已冻结', '结束（请先冻结会议数据）');
  return { ...m, state: '已结束', endedAt: now };
}

/** The latest meeting before `m` that has a snapshot (by date, then freeze time). */
export function previousFrozen(all: readonly Meeting[], m: Meeting): Meeting | null {
  const earlier = all.filter((x) => x.id !== m.id && x.snapshotId && (x.date < m.date || (x.date === m.date && x.createdAt < m.createdAt)));
  earlier.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt - a.createdAt));
  return earlier[0] ?? null;
}
