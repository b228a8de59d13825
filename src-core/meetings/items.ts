import { addWorkingDays, type WorkCalendar } from '../base/calendar/working-days';
import type { ActionLink, AgendaItem, AgendaKind, Meeting, MeetingItem } from './model';

export type ItemDraft = {
  kind: MeetingItem['kind'];
  text: string;
  links: ActionLink[];
  owner: string;
  workingDays: number;
};

/** Chinese messages for what is wrong with a decision or action item draft (empty when fine). */
export function validateItem(d: ItemDraft): string[] {
  const errs: string[] = [];
  if (!d.text.trim()) errs.push('请填写议定事项的内容');
  if (d.kind === 'action') {
    if (!d.owner.trim()) errs.push('请填写责任单位或责任人');
    if (!Number.isInteger(d.workingDays) || d.workingDays < 1 || d.workingDays > 250) errs.push('办理时限请填写 1 到 250 之间的工作日数');
  }
  return errs;
}

/** A new item of `meeting`, its deadline counted in working days from the meeting date. */
export function createItem(cal: WorkCalendar, meeting: Meeting, id: string, d: ItemDraft, now: number): MeetingItem {
  const errs = validateItem(d);
  if (errs.length) throw new Error(errs.join('；'));
  const workingDays = d.kind === 'action' ? d.workingDays : 0;
  return {
    id,
    meetingId: meeting.id,
    kind: d.kind,
    text: d.text.trim(),
    links: d.links,
    owner: d.owner.trim(),
    workingDays,
    deadline: workingDays > 0 ? addWorkingDays(cal, meeting.date, workingDays) : meeting.date,
    state: d.kind === 'action' ? '未完成' : '已完成',
    createdAt: now,
  };
}

/** Open action items: not done, not cancelled. */
export function openItems(items: readonly MeetingItem[]): MeetingItem[] {
  return items.filter((i) => i.kind === 'action' && i.state === '未完成');
}

/** Whether an open item is past its deadline on local day `today`. */
export function isItemOverdue(i: MeetingItem, today: string): boolean {
  return i.state === '未完成' && i.kind === 'action' && i.deadline < today;
}

function agendaKindOf(links: readonly ActionLink[]): { kind: AgendaKind; refId: string } {
  const c = links.find((l) => l.kind === 'case');
  if (c) return { kind: 'case', refId: c.id };
  const g = links.find((l) => l.kind === 'campaign');
  if (g) return { kind: 'campaign', refId: g.id };
  const u = links.find((l) => l.kind === 'unit');
  return { kind: 'ranking', refId: u?.id ?? '' };
}

/**
 * The agenda with the previous meeting's open action items brought back (议定事项回顾): each
 * open item not already on the agenda becomes an entry presented by its owner. Items already
 * carried are left as they are, so the rule can be applied again without duplicates.
 */
export function carryOpenItems(agenda: readonly AgendaItem[], prevItems: readonly MeetingItem[], newId: (i: MeetingItem) => string): AgendaItem[] {
  const carried = new Set(agenda.map((a) => a.carriedItemId).filter(Boolean));
  const out = [...agenda];
  for (const i of openItems(prevItems)) {
    if (carried.has(i.id)) continue;
    const { kind, refId } = agendaKindOf(i.links);
    out.push({ id: newId(i), kind, refId, title: i.text, presenter: i.owner, carriedItemId: i.id });
  }
  return out;
}
