/**
 * What a 不满意工单复核 decision sends on, as pure planning (no storage): 核减申请 becomes a
 * pending request of the 考核 核减 workflow, 转为疑难件 links the case that already holds the
 * ticket or asks for 立案, 移交问责 becomes a 问责 candidate of the 表彰问责 page (the same row
 * schema v4 made of the hand-offs kept on reviews before that page existed).
 */
import { EXEMPTION_STATUS_LABELS, requestExemption, type Exemption } from '@core/assess/exemptions';
import { validateReview, type ReviewItem } from '@core/cases/review';
import { ACCOUNTABILITY_MOVED, markReviewMoved, reviewToCandidate, V3_ACCOUNTABILITY_PENDING } from '@renderer/db/migrations/v4-accountability';
import { translate, type MessageKey, type MessageParams } from '@renderer/i18n/catalog';


/** The label a 移交问责 hand-off carried while 表彰问责 was a coming page (older rows; stored, shown translated). */
export const ACCOUNTABILITY_PENDING = V3_ACCOUNTABILITY_PENDING;
/** The label of a hand-off moved into the 表彰问责 candidates (stored, shown translated). */
export { ACCOUNTABILITY_MOVED };

/** A note for the user as a catalog message, so the page can show it in the interface language. */
export type ReviewNote = { key: MessageKey; params: MessageParams };

/** A 移交问责 hand-off on the review: moved to the 表彰问责 candidates (rows from before v4 were pending until the upgrade moved them). */
export type AccountabilityHandoff = {
  status: typeof ACCOUNTABILITY_MOVED | typeof ACCOUNTABILITY_PENDING; at: number; by: string; unit: string; reason: string; movedAt?: number; candidate?: string;
};

/** The row stored in db.reviews: the core review plus where its actions went. */
export type ReviewRecord = ReviewItem & {
  /** 承办单位 of the ticket when it was reviewed. */
  unit?: string;
  /** db.exemptions id of the 核减 request this review created or joined. */
  exemptionId?: number | null;
  accountability?: AccountabilityHandoff | null;
};

/** The ticket as the queue shows it (the parts forwarding needs). */
export type ReviewTicket = { ticket: string; unit: string };

/** A case as far as linking needs: id, status and tickets. */
export type CaseRef = { id: string; status: string; tickets: readonly string[]; openedAt: number };

export type ReviewPlan = {
  review: ReviewRecord;
  /** A new 核减 request to store (its id then goes into review.exemptionId). */
  newExemption: Exemption | null;
  /** The case already holding the ticket, linked instead of opening another. */
  linkedCaseId: string | null;
  /** 转为疑难件 was asked and no open case holds the ticket: the 立案 dialog should open. */
  needsCase: boolean;
  /** The 表彰问责 candidate row (db.recordCandidates) a 移交问责 makes. */
  newCandidate: Record<string, unknown> | null;
  /** Chinese notes for the user about what was sent where. */
  notes: string[];
  /** The same notes as catalog messages (zh-CN of each is the Chinese note). */
  noteMessages: ReviewNote[];
};

/**
 * Plans the forwarding of a review decision. Throws a Chinese message (nothing is to be saved)
 * when the review is invalid or the 核减 request cannot be made (no unit, reason under 4
 * characters). A ticket that already has a pending or approved 核减 request is joined to it, not
 * refused. Cases closed (销号) do not count as holding the ticket.
 */
export function planReview(
  item: ReviewItem,
  ticket: ReviewTicket,
  exemptions: readonly Exemption[],
  cases: readonly CaseRef[],
  now: number,
): ReviewPlan {
  const problems = validateReview(item);
  if (problems.length) throw new Error(problems.join('；'));
  const notes: string[] = [];
  const noteMessages: ReviewNote[] = [];
  const note = (key: MessageKey, params: MessageParams = {}): void => {
    noteMessages.push({ key, params });
    notes.push(translate('zh-CN', key, params));
  };
  const review: ReviewRecord = { ...item, unit: ticket.unit, exemptionId: null, accountability: null };
  let newExemption: Exemption | null = null;

  if (item.actions.includes('核减申请')) {
    const open = exemptions.find((e) => e.ticket === item.ticket && (e.status === 'pending' || e.status === 'approved'));
    if (open) {
      review.exemptionId = open.id ?? null;
      note('chronic.review.note.joined', { ticket: item.ticket, status: EXEMPTION_STATUS_LABELS[open.status] });
    } else {
      if (!ticket.unit.trim()) throw new Error(`工单 ${item.ticket} 没有承办单位，无法申请核减；请先在工单数据中补全承办单位，或到考核页「核减」手工提交`);
      newExemption = requestExemption(exemptions, { ticket: item.ticket, unit: ticket.unit, reason: item.reason, by: item.reviewer.trim() }, now);
      note('chronic.review.note.exemptSent');
    }
  }

  let linkedCaseId: string | null = null;
  let needsCase = false;
  if (item.actions.includes('转为疑难件')) {
    const holding = cases.filter((c) => c.status !== '销号' && c.tickets.includes(item.ticket)).sort((a, b) => b.openedAt - a.openedAt)[0];
    if (holding) {
      linkedCaseId = holding.id;
      review.caseId = holding.id;
      note('chronic.review.note.linked', { id: holding.id });
    } else {
      needsCase = true;
    }
  }

  let newCandidate: Record<string, unknown> | null = null;
  let out = review;
  if (item.actions.includes('移交问责')) {
    // The hand-off as v3 kept it, then moved as the v4 upgrade moves it: one shape for old and new.
    review.accountability = { status: ACCOUNTABILITY_PENDING, at: now, by: item.reviewer.trim(), unit: ticket.unit, reason: item.reason.trim() };
    newCandidate = reviewToCandidate(review, now);
    out = markReviewMoved(review, now) as ReviewRecord;
    note('chronic.review.note.accountability', { pending: ACCOUNTABILITY_MOVED });
  }
  return { review: out, newExemption, linkedCaseId, needsCase, newCandidate, notes, noteMessages };
}
