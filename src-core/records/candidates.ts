import type { WorkCalendar } from '../base/calendar/working-days';
import type { AssessSnapshot, SnapshotRow } from '../assess/snapshot';
import { verifySnapshot } from '../assess/snapshot';
import type { UnitSignals } from '../chronic/unit-signals';
import type { ReviewItem } from '../cases/review';
import { emptyEvidence, rectification, type RecordDraft, type RecordKind } from './model';

/**
 * Record candidates from the existing analyses (issue 14): each is a draft with basis and
 * evidence filled in for a person to check, edit and submit, never a finding by itself. `key`
 * tells candidates apart, so a page can hide those already drafted.
 */
export type CandidateSource = 'assessment-red' | 'assessment-black' | 'buck-passing' | 'perfunctory-closure' | 'review';
export type Candidate = { key: string; source: CandidateSource; summary: string; draft: RecordDraft };

/** Defaults of a 问责 draft's rectification. */
export const DEFAULT_RECTIFICATION_DAYS = 10;
export const DEFAULT_REQUIREMENT = '自通报之日起查找原因、逐件整改到位，并在期限内书面报告整改情况';

export type AccountabilityOptions = { cal: WorkCalendar; today: string; workingDays?: number; requirement?: string };

function draft(kind: RecordKind, measure: string, unit: string, reason: string, basis: RecordDraft['basis'], evidence: RecordDraft['evidence'], o?: AccountabilityOptions): RecordDraft {
  return {
    kind, measure, subject: { type: 'unit', name: unit }, reason, basis, evidence,
    rectification: kind === '问责' && o ? rectification(o.cal, o.requirement ?? DEFAULT_REQUIREMENT, o.today, o.workingDays ?? DEFAULT_RECTIFICATION_DAYS) : null,
    docNo: '',
  };
}

const fmtScore = (s: number | null): string => (s === null ? '—' : s.toFixed(1));

/** Ranked rows of each ranking of a unit snapshot, best first. */
function rankings(s: AssessSnapshot): Map<string, SnapshotRow[]> {
  const by = new Map<string, SnapshotRow[]>();
  for (const r of s.rows) {
    if (r.rank === null || r.ranking === null) continue;
    const l = by.get(r.ranking);
    if (l) l.push(r); else by.set(r.ranking, [r]);
  }
  for (const l of by.values()) l.sort((a, b) => a.rank! - b.rank!);
  return by;
}

function checkSnapshot(s: AssessSnapshot): void {
  if (!verifySnapshot(s)) throw new Error(`考核快照「${s.title}」的校验值与内容不符，可能被改动过，不能作为表彰问责依据`);
}

function assessmentBasis(s: AssessSnapshot, r: SnapshotRow): RecordDraft['basis'] {
  return { type: 'assessment', ruleSetId: s.ruleSetId, version: s.ruleSetVersion, snapshotHash: s.sha256, snapshotTitle: s.title, ranking: r.ranking, rank: r.rank, score: r.score };
}

/**
 * 表彰 candidates: the red list (红榜) of a published unit assessment, the best `listSize` of each
 * ranking but at most half of it (as rankGroups draws the lists). Empty unless the snapshot is
 * grouped by unit alone; throws a Chinese message when the snapshot's seal does not match.
 */
export function commendationCandidates(s: AssessSnapshot, listSize: number): Candidate[] {
  checkSnapshot(s);
  if (s.groupBy.length !== 1 || s.groupBy[0] !== 'unit') return [];
  const out: Candidate[] = [];
  for (const [ranking, rows] of rankings(s)) {
    const n = Math.min(listSize, Math.floor(rows.length / 2));
    for (const r of rows.slice(0, n)) {
      const unit = r.parts[0]!;
      const reason = `在「${s.title}」中位列「${ranking}」第 ${r.rank} 名（共 ${rows.length} 个单位，得分 ${fmtScore(r.score)}），诉求办理成效突出`;
      out.push({ key: `assessment-red:${s.sha256}:${unit}`, source: 'assessment-red', summary: `${ranking} 第 ${r.rank} 名 · ${fmtScore(r.score)} 分`, draft: draft('表彰', '通报表扬', unit, reason, assessmentBasis(s, r), emptyEvidence()) });
    }
  }
  return out;
}

/** 问责 candidates: the black list (黑榜) of a published unit assessment, worst first within each ranking. */
export function rankAccountabilityCandidates(s: AssessSnapshot, listSize: number, o: AccountabilityOptions): Candidate[] {
  checkSnapshot(s);
  if (s.groupBy.length !== 1 || s.groupBy[0] !== 'unit') return [];
  const out: Candidate[] = [];
  for (const [ranking, rows] of rankings(s)) {
    const n = Math.min(listSize, Math.floor(rows.length / 2));
    for (const r of rows.slice(rows.length - n).reverse()) {
      const unit = r.parts[0]!;
      const reason = `在「${s.title}」中位列「${ranking}」第 ${r.rank} 名（共 ${rows.length} 个单位，倒数第 ${rows.length - r.rank! + 1}，得分 ${fmtScore(r.score)}），诉求办理成效差`;
      out.push({ key: `assessment-black:${s.sha256}:${unit}`, source: 'assessment-black', summary: `${ranking} 倒数第 ${rows.length - r.rank! + 1} 名 · ${fmtScore(r.score)} 分`, draft: draft('问责', '通报批评', unit, reason, assessmentBasis(s, r), emptyEvidence(), o) });
    }
  }
  return out;
}

/** Thresholds for signal candidates: how many tickets behind a signal make it worth a record. */
export type SignalThresholds = { buckPassing: number; perfunctory: number };
export const DEFAULT_SIGNAL_THRESHOLDS: SignalThresholds = { buckPassing: 3, perfunctory: 5 };

const uniqSorted = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/**
 * 问责 candidates from the buck-passing (推诿扯皮: tickets bounced back to the unit, rejects not
 * upheld) and perfunctory-closure (敷衍办结: closed but 未解决, recurred after closing, boilerplate
 * replies) signals of each unit, with the tickets behind them as evidence.
 */
export function signalAccountabilityCandidates(signals: readonly UnitSignals[], o: AccountabilityOptions, t: SignalThresholds = DEFAULT_SIGNAL_THRESHOLDS): Candidate[] {
  const out: Candidate[] = [];
  for (const s of signals) {
    const bounce = uniqSorted([...s.pingPongTickets, ...s.overturnedRejects]);
    if (bounce.length >= t.buckPassing) {
      const counts = { pingPong: s.pingPongTickets.length, overturnedRejects: s.overturnedRejects.length, rejects: s.rejects, received: s.received };
      const reason = `存在推诿扯皮情形：${s.overturnedRejects.length} 件工单退单后又派回本单位（退单理由不成立），${s.pingPongTickets.length} 件工单在单位间来回流转后回到本单位`;
      out.push({ key: `buck-passing:${s.unit}`, source: 'buck-passing', summary: `推诿信号 ${bounce.length} 件`, draft: draft('问责', '通报批评', s.unit, reason, { type: 'signal', signal: 'buck-passing', unit: s.unit, counts }, { ...emptyEvidence(), tickets: bounce }, o) });
    }
    const boiler = s.boilerplateReplies.flatMap((b) => b.tickets);
    const sloppy = uniqSorted([...s.closedUnresolved, ...s.recurredAfterClose, ...boiler]);
    if (sloppy.length >= t.perfunctory) {
      const counts = { closedUnresolved: s.closedUnresolved.length, recurredAfterClose: s.recurredAfterClose.length, boilerplateReplies: boiler.length };
      const reason = `存在敷衍办结情形：${s.closedUnresolved.length} 件工单办结但群众评价未解决，${s.recurredAfterClose.length} 件办结后 30 天内同一地点同类问题再次来电，${boiler.length} 件使用雷同答复`;
      out.push({ key: `perfunctory-closure:${s.unit}`, source: 'perfunctory-closure', summary: `敷衍办结信号 ${sloppy.length} 件`, draft: draft('问责', '通报批评', s.unit, reason, { type: 'signal', signal: 'perfunctory-closure', unit: s.unit, counts }, { ...emptyEvidence(), tickets: sloppy }, o) });
    }
  }
  return out;
}

/**
 * 问责 candidates from the 不满意工单复核 reviews that chose 移交问责 (founded in full or in part),
 * one per unit, the unit of each ticket given by `unitOf` (its current 承办单位). Reviews whose
 * ticket has no unit are left out.
 */
export function reviewAccountabilityCandidates(reviews: readonly ReviewItem[], unitOf: (ticket: string) => string | null, o: AccountabilityOptions): Candidate[] {
  const byUnit = new Map<string, ReviewItem[]>();
  for (const r of reviews) {
    if (!r.actions.includes('移交问责') || (r.decision !== '属实' && r.decision !== '部分属实')) continue;
    const unit = unitOf(r.ticket);
    if (!unit) continue;
    const l = byUnit.get(unit);
    if (l) l.push(r); else byUnit.set(unit, [r]);
  }
  const out: Candidate[] = [];
  for (const [unit, rs] of [...byUnit].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const tickets = uniqSorted(rs.map((r) => r.ticket));
    const cases = uniqSorted(rs.flatMap((r) => (r.caseId ? [r.caseId] : [])));
    const founded = rs.filter((r) => r.decision === '属实').length;
    const reason = `${tickets.length} 件不满意工单经复核${founded === rs.length ? '属实' : `属实或部分属实（属实 ${founded} 件）`}，移交问责：${[...new Set(rs.map((r) => r.reason.trim()).filter(Boolean))].slice(0, 3).join('；')}`;
    out.push({ key: `review:${unit}:${tickets.join(',')}`, source: 'review', summary: `移交问责 ${tickets.length} 件`, draft: draft('问责', '责令整改', unit, reason, { type: 'review', tickets }, { tickets, cases, campaignTasks: [] }, o) });
  }
  return out;
}
