/**
 * All storage of the 疑难件 feature: cases, their append-only timelines, follow-ups, reviews,
 * saved views, the editable working-day calendar and the detection threshold versions (Dexie
 * tables of db/schema.ts).
 */
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import type { CalendarYear } from '@core/base/calendar/types';
import { workCalendar, type WorkCalendar } from '@core/base/calendar/working-days';
import type { CaseChange } from '@core/cases/case-ops';
import type { ChronicCaseRecord, FollowUp } from '@core/cases/case-record';
import type { ReviewItem } from '@core/cases/review';
import { appendEvent, type CaseEvent, type CaseEventDraft } from '@core/cases/timeline';
import { formatLocalDate } from '@core/base/time/shanghai';
import { CHRONIC_V1, type ChronicRuleBody, type ChronicRuleSet } from '@core/chronic/rule-set';
import { db } from '@renderer/db';
import { listRuleVersions, saveRuleVersion } from '@renderer/db/rule-sets';
import { listExemptions, putExemption } from '@renderer/features/assessment/assessment-db';
import { putReviewCandidate } from '@renderer/features/records/records-service';
import { planReview, type ReviewNote, type ReviewRecord, type ReviewTicket } from './review-forward';

type FollowUpRow = Omit<FollowUp, 'id'> & { id?: number; uid: string };

export async function listCases(): Promise<ChronicCaseRecord[]> {
  const rows = (await db.cases.toArray()) as unknown as ChronicCaseRecord[];
  return rows.sort((a, b) => b.openedAt - a.openedAt);
}

export async function getCase(id: string): Promise<ChronicCaseRecord | undefined> {
  return (await db.cases.get(id)) as unknown as ChronicCaseRecord | undefined;
}

/** The case's timeline in order. */
export async function caseTimeline(caseId: string): Promise<CaseEvent[]> {
  const rows = (await db.caseEvents.where('caseId').equals(caseId).toArray()) as unknown as (CaseEvent & { id: number })[];
  return rows.sort((a, b) => a.seq - b.seq).map(({ id: _id, ...e }) => e);
}

export async function caseFollowUps(caseId: string): Promise<FollowUp[]> {
  const rows = (await db.followUps.where('caseId').equals(caseId).toArray()) as unknown as FollowUpRow[];
  return rows.sort((a, b) => a.at - b.at).map(({ id: _id, uid, ...f }) => ({ ...f, id: uid }));
}

/** Appends timeline entries inside the caller's transaction (reads the tail, chains the hashes). */
async function appendAll(caseId: string, drafts: readonly CaseEventDraft[]): Promise<void> {
  let tl = await caseTimeline(caseId);
  const before = tl.length;
  for (const d of drafts) tl = appendEvent(caseId, tl, d);
  if (tl.length > before) await db.caseEvents.bulkAdd(tl.slice(before) as unknown as Record<string, unknown>[]);
}

/** A new case id: `YN` + local date + a 3-digit sequence of that day. */
export async function nextCaseId(now: number): Promise<string> {
  const day = formatLocalDate(now).replace(/-/g, '');
  const prefix = `YN${day}`;
  const same = await db.cases.where('id').startsWith(prefix).count();
  return `${prefix}${String(same + 1).padStart(3, '0')}`;
}

/**
 * Saves a case change (the record and its timeline entries) in one transaction. A refused
 * change throws its Chinese reason so the page can show it.
 */
export async function saveCaseChange(change: CaseChange): Promise<ChronicCaseRecord> {
  if (!change.ok) throw new Error(change.reason);
  const rec = change.value;
  await db.transaction('rw', db.cases, db.caseEvents, async () => {
    await db.cases.put(rec as unknown as Record<string, unknown>);
    await appendAll(rec.id, change.events);
  });
  return rec;
}

/** Saves a follow-up (new or completed) and its timeline entries. */
export async function saveFollowUp(change: CaseChange<FollowUp>, touch: ChronicCaseRecord): Promise<FollowUp> {
  if (!change.ok) throw new Error(change.reason);
  const f = change.value;
  await db.transaction('rw', db.followUps, db.caseEvents, db.cases, async () => {
    const { id, ...rest } = f;
    const existing = (await db.followUps.where('caseId').equals(f.caseId).toArray()) as unknown as FollowUpRow[];
    const row = existing.find((r) => r.uid === id);
    const data: FollowUpRow = { ...rest, uid: id, ...(row?.id !== undefined ? { id: row.id } : {}) };
    await db.followUps.put(data as unknown as Record<string, unknown>);
    await db.cases.put({ ...touch, updatedAt: f.doneAt ?? f.at } as unknown as Record<string, unknown>);
    await appendAll(f.caseId, change.events);
  });
  return f;
}

/** Appends plain timeline entries (comments, evidence checks). */
export async function appendCaseEvents(caseId: string, change: CaseChange<unknown>): Promise<void> {
  if (!change.ok) throw new Error(change.reason);
  await db.transaction('rw', db.caseEvents, () => appendAll(caseId, change.events));
}

// Reviews (不满意工单复核), keyed by ticket.
export async function listReviews(): Promise<ReviewRecord[]> {
  return (await db.reviews.toArray()) as unknown as ReviewRecord[];
}
export async function saveReview(r: ReviewItem): Promise<void> {
  await db.reviews.put(r as unknown as Record<string, unknown>);
}

/** What a saved review did: the stored row, the 核减 request id, and whether 立案 is still to do. */
export type ReviewOutcome = { review: ReviewRecord; exemptionId: number | null; needsCase: boolean; notes: string[]; noteMessages: ReviewNote[] };

/**
 * Saves a review and sends its actions on, in one transaction: 核减申请 stores a pending request
 * in the 考核 核减 workflow (db.exemptions), 转为疑难件 links a case already holding the ticket,
 * 移交问责 becomes a candidate of the 表彰问责 page (written by its records service). Throws the Chinese reason (nothing saved) when refused.
 */
export async function submitReview(item: ReviewItem, ticket: ReviewTicket): Promise<ReviewOutcome> {
  return db.transaction('rw', [db.reviews, db.exemptions, db.cases, db.recordCandidates], async () => {
    const [exemptions, cases] = await Promise.all([listExemptions(), listCases()]);
    const plan = planReview(item, ticket, exemptions, cases, item.decidedAt ?? Date.now());
    const exemptionId = plan.newExemption ? await putExemption(plan.newExemption) : plan.review.exemptionId ?? null;
    const review: ReviewRecord = { ...plan.review, exemptionId };
    await db.reviews.put(review as unknown as Record<string, unknown>);
    if (plan.newCandidate) await putReviewCandidate(plan.newCandidate);
    return { review, exemptionId, needsCase: plan.needsCase, notes: plan.notes, noteMessages: plan.noteMessages };
  });
}

/** Records on the review the case that 转为疑难件 opened. */
export async function linkReviewCase(ticket: string, caseId: string): Promise<void> {
  await db.reviews.update(ticket, { caseId });
}

// Saved views of the case grid, in settings (the views table belongs to the ticket grid).
export type CaseView = { name: string; status: string[]; supervisor: string; unit: string; overdueOnly: boolean; text: string };
const VIEWS_KEY = 'chronic.caseViews';
export async function listCaseViews(): Promise<CaseView[]> {
  const row = await db.settings.get(VIEWS_KEY);
  return Array.isArray(row?.views) ? (row.views as CaseView[]) : [];
}
export async function saveCaseView(v: CaseView): Promise<void> {
  const views = (await listCaseViews()).filter((x) => x.name !== v.name);
  await db.settings.put({ key: VIEWS_KEY, views: [...views, v] });
}
export async function deleteCaseView(name: string): Promise<void> {
  await db.settings.put({ key: VIEWS_KEY, views: (await listCaseViews()).filter((x) => x.name !== name) });
}

// Working-day calendar: built-in years, replaced year by year by the office's edits.
export async function calendarYears(): Promise<CalendarYear[]> {
  const edited = (await db.calendar.toArray()) as unknown as CalendarYear[];
  const byYear = new Map<number, CalendarYear>();
  for (const y of BUILTIN_CALENDAR) byYear.set(y.year, y);
  for (const y of edited) byYear.set(y.year, y);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
export async function loadWorkCalendar(): Promise<WorkCalendar> {
  return workCalendar(await calendarYears());
}
export async function saveCalendarYear(y: CalendarYear): Promise<void> {
  await db.calendar.put(y as unknown as Record<string, unknown>);
}
/** Drops the office's edit of a year (the built-in data applies again, if any). */
export async function resetCalendarYear(year: number): Promise<void> {
  await db.calendar.delete(year);
}

// Detection thresholds (chronic-v1 and the office's versions), in db.ruleSets beside the 考核 rules.
const RULE_KIND = 'chronic';
/** Every threshold version, the built-in chronic-v1 first. */
export async function listChronicRuleSets(): Promise<ChronicRuleSet[]> {
  return listRuleVersions(RULE_KIND, CHRONIC_V1);
}
/** Saves edited thresholds as a new version of `id` (never changes an old one). */
export async function saveChronicRuleSet(id: string, body: ChronicRuleBody): Promise<ChronicRuleSet> {
  return saveRuleVersion(RULE_KIND, CHRONIC_V1, id, body);
}
