import { localDay, workingDaysBetween, type WorkCalendar } from '../base/calendar/working-days';
import type { AuditEntry } from './audit';
import type { RegisterEntry } from './entry';
import type { RecordDraft } from './model';
import { currentRecord } from './register-view';
import type { PasswordHash } from './passwords';
import type { Actor } from './roles';

/** Where a record is in its workflow: 起草 (drafting) → 审核 (awaiting review) → 签发 (awaiting sign-off) → 已发布 (in the register). */
export const RECORD_STATES = ['起草', '审核', '签发', '已发布'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export type PersonRef = { id: string; name: string };

/** A step in a record's workflow history. */
export type RecordStep = { at: number; by: PersonRef; action: 'create' | 'edit' | 'submit' | 'approve' | 'return' | 'signoff'; note: string };

/** A record on its way to the register (stored outside the register until it is published). */
export type RecordItem = {
  id: string;
  state: RecordState;
  draft: RecordDraft;
  drafter: PersonRef;
  reviewer: PersonRef | null;
  approver: PersonRef | null;
  /** The register seq once published. */
  seq: number | null;
  /** Why it was last sent back (退回), until it is submitted again. */
  returned: string | null;
  createdAt: number;
  updatedAt: number;
  history: RecordStep[];
};

/** Outcomes of an appeal (申诉) against a published record. */
export const APPEAL_OUTCOMES = ['维持原决定', '已更正', '已撤销'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** An appeal recorded against a published record seq. */
export type Appeal = {
  id: string;
  seq: number;
  appellant: string;
  reason: string;
  at: number;
  by: PersonRef;
  state: '待处理' | AppealOutcome;
  decidedAt: number | null;
  decidedBy: PersonRef | null;
  decision: string;
  /** The correction or retraction entry the decision led to. */
  entrySeq: number | null;
};

/** 整改反馈: a report on the rectification of a published 问责 record. */
export type RectificationReport = {
  id: string;
  seq: number;
  at: number;
  by: PersonRef;
  text: string;
  tickets: string[];
  /** The unit reports the rectification complete (整改完成). */
  completed: boolean;
};

/** A local user account: an actor with a scrypt password hash. */
export type UserAccount = Actor & { password: PasswordHash; createdAt: number };

/** Everything the records module writes: the store of the desktop main process or of the browser page. */
export type RecordsState = {
  items: RecordItem[];
  register: RegisterEntry[];
  appeals: Appeal[];
  reports: RectificationReport[];
  users: UserAccount[];
  audit: AuditEntry[];
};

export const emptyRecordsState = (): RecordsState => ({ items: [], register: [], appeals: [], reports: [], users: [], audit: [] });

/** Where a rectification stands on a day, as for campaign tasks: a deadline day ends at its end. */
export type RectificationStanding = {
  seq: number;
  subject: string;
  deadline: string;
  standing: 'open' | 'overdue' | 'onTime' | 'late';
  /** Working days from today to the deadline (negative: overdue by that many); null once completed. */
  workingDaysLeft: number | null;
  completedOn: string | null;
  reports: number;
};

/**
 * Where the rectification of published 问责 record `seq` stands on `today` (`YYYY-MM-DD`), from its
 * current body (corrections applied) and its 整改反馈: completed on time or late by the first
 * report marked complete, else open or overdue. Null when the record has no rectification or was retracted.
 */
export function rectificationStanding(cal: WorkCalendar, register: readonly RegisterEntry[], reports: readonly RectificationReport[], seq: number, today: string): RectificationStanding | null {
  const rec = currentRecord(register, seq);
  if (!rec || rec.retractedBy !== null) return null;
  const r = rec.body.rectification as { deadline?: unknown } | null | undefined;
  if (!r || typeof r.deadline !== 'string') return null;
  const deadline = r.deadline;
  const mine = reports.filter((x) => x.seq === seq).sort((a, b) => a.at - b.at);
  const done = mine.find((x) => x.completed);
  const subject = String(rec.body.subject ?? '');
  if (done) {
    const on = localDay(done.at);
    return { seq, subject, deadline, standing: on > deadline ? 'late' : 'onTime', workingDaysLeft: null, completedOn: on, reports: mine.length };
  }
  return { seq, subject, deadline, standing: today > deadline ? 'overdue' : 'open', workingDaysLeft: workingDaysBetween(cal, today, deadline), completedOn: null, reports: mine.length };
}

/** The rectifications of all published records that are overdue on `today`, most overdue first. */
export function overdueRectifications(cal: WorkCalendar, state: Pick<RecordsState, 'register' | 'reports'>, today: string): RectificationStanding[] {
  const out: RectificationStanding[] = [];
  for (const e of state.register) {
    if (e.type !== 'record') continue;
    const s = rectificationStanding(cal, state.register, state.reports, e.seq, today);
    if (s && s.standing === 'overdue') out.push(s);
  }
  return out.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.seq - b.seq));
}
