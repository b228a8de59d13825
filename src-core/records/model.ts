import { addWorkingDays, type WorkCalendar } from '../base/calendar/working-days';
import { RECORD_KINDS, type RecordKind } from './entry-rules';
import { findPersonalData } from './personal-data';

export { RECORD_KINDS, type RecordKind };

/** The measures of each kind (DOMAIN.md section 11). */
export const MEASURES: Readonly<Record<RecordKind, readonly string[]>> = {
  表彰: ['通报表扬', '授予先进集体'],
  问责: ['通报批评', '约谈', '诫勉谈话', '责令整改'],
};

/** Who a record is about: a unit, or a staff member (named as published, with the unit they work in). */
export type RecordSubject = { type: 'unit'; name: string } | { type: 'staff'; name: string; unit: string };

/** What a record rests on: an assessment snapshot, a chronic case, a unit signal or 移交问责 reviews. */
export type RecordBasis =
  | { type: 'assessment'; ruleSetId: string; version: number; snapshotHash: string; snapshotTitle: string; ranking: string | null; rank: number | null; score: number | null }
  | { type: 'case'; caseId: string; title: string }
  | { type: 'signal'; signal: 'buck-passing' | 'perfunctory-closure'; unit: string; counts: Record<string, number> }
  | { type: 'review'; tickets: string[] };

/** Evidence a reader can open: ticket ids, case ids, campaign task ids. */
export type RecordEvidence = { tickets: string[]; cases: string[]; campaignTasks: string[] };

/** The rectification demanded by a 问责 record: what, within how many working days from when, by which day. */
export type Rectification = { requirement: string; workingDays: number; from: string; deadline: string };

/** A record being drafted: everything the published body holds except the people who signed it. */
export type RecordDraft = {
  kind: RecordKind;
  measure: string;
  subject: RecordSubject;
  reason: string;
  basis: RecordBasis | null;
  evidence: RecordEvidence;
  rectification: Rectification | null;
  /** 文号, e.g. 督通〔2026〕3号; may stay empty until sign-off. */
  docNo: string;
};

export const emptyEvidence = (): RecordEvidence => ({ tickets: [], cases: [], campaignTasks: [] });

/** A rectification of `workingDays` working days from day `from` (`YYYY-MM-DD`), holidays skipped. */
export function rectification(cal: WorkCalendar, requirement: string, from: string, workingDays: number): Rectification {
  return { requirement, workingDays, from, deadline: addWorkingDays(cal, from, workingDays) };
}

const DOC_NO = /^\S.*〔\d{4}〕\d+号$/u;

/**
 * Problems with a draft, in Chinese, each saying what to fix (empty when it can be submitted).
 * `forSignOff` also requires the 文号.
 */
export function draftProblems(d: RecordDraft, forSignOff = false): string[] {
  const out: string[] = [];
  if (!RECORD_KINDS.includes(d.kind)) out.push('请选择类别：表彰或问责');
  else if (!MEASURES[d.kind].includes(d.measure)) out.push(`请选择${d.kind}措施：${MEASURES[d.kind].join('、')}`);
  if (!d.subject.name.trim()) out.push(d.subject.type === 'unit' ? '请填写对象单位名称' : '请填写对象人员姓名');
  if (d.subject.type === 'staff' && !d.subject.unit.trim()) out.push('请填写对象人员所在单位');
  if (!d.reason.trim()) out.push('请填写事由');
  if (!d.basis) out.push('请选择依据：考核结果、疑难件、推诿或敷衍办结信号、移交问责的复核');
  const ev = d.evidence;
  if (d.basis?.type !== 'assessment' && ev.tickets.length + ev.cases.length + ev.campaignTasks.length === 0) out.push('请至少关联一件工单、疑难件或专项任务作为证据');
  if (d.kind === '问责') {
    const r = d.rectification;
    if (!r || !r.requirement.trim()) out.push('问责记录必须写明整改要求');
    if (r && (!Number.isInteger(r.workingDays) || r.workingDays < 1 || r.workingDays > 250)) out.push('整改期限应为 1 到 250 个工作日');
    if (r && !/^\d{4}-\d{2}-\d{2}$/.test(r.deadline)) out.push('整改期限日期无效，请重新选择工作日天数');
  }
  const doc = d.docNo.trim();
  if (forSignOff && !doc) out.push('签发前请填写文号，如 督通〔2026〕3号');
  if (doc && !DOC_NO.test(doc)) out.push(`文号「${doc}」格式不对：应写成 机关代字〔年份〕序号号，如 督通〔2026〕3号`);
  const pd = findPersonalData({ subject: d.subject, reason: d.reason, rectification: d.rectification, docNo: d.docNo, measure: d.measure });
  for (const h of pd) out.push(`「${fieldName(h.path)}」含有疑似电话号码或身份证号：记录将公开发布，不得含有群众个人信息，请删去`);
  return out;
}

function fieldName(path: string): string {
  if (path.startsWith('subject')) return '对象';
  if (path.startsWith('reason')) return '事由';
  if (path.startsWith('rectification')) return '整改要求';
  if (path.startsWith('docNo')) return '文号';
  return path;
}

/** The name of the subject as published (a staff member with their unit). */
export function subjectLabel(s: RecordSubject): string {
  return s.type === 'unit' ? s.name : `${s.unit} ${s.name}`;
}
