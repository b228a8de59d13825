import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { canonicalJson, sha256Hex } from '@core/base/rules/versioned';
import type { AssessSnapshot, SnapshotRow } from '@core/assess/snapshot';
import type { UnitSignals } from '@core/chronic/unit-signals';
import type { ReviewItem } from '@core/cases/review';
import { commendationCandidates, rankAccountabilityCandidates, reviewAccountabilityCandidates, signalAccountabilityCandidates } from '@core/records/candidates';
import { draftProblems } from '@core/records/model';

const cal = workCalendar(BUILTIN_CALENDAR);
const o = { cal, today: '2026-09-28' };

function row(unit: string, ranking: string | null, rank: number | null, score: number | null): SnapshotRow {
  return { parts: [unit], dispatched: 100, evaluated: 80, rates: {}, score, rank, insufficient: rank === null, ranking };
}

function snapshot(rows: SnapshotRow[], groupBy: AssessSnapshot['groupBy'] = ['unit']): AssessSnapshot {
  const body = {
    title: '2026年9月考核', at: 0, by: '李审核', period: { from: 0, to: 1 }, groupBy, ruleSetId: 'default-v1', ruleSetVersion: 2,
    ruleSetSha256: 'r'.repeat(64), inputSha256: 'i'.repeat(64), exemptions: [], total: row('', null, null, null), rows,
  };
  return { ...body, sha256: sha256Hex(canonicalJson(body)) };
}

// Two rankings: 区级部门 with 5 ranked units (+1 insufficient), 街道 with 2.
const snap = snapshot([
  row('甲局', '区级部门', 1, 95), row('乙局', '区级部门', 2, 90), row('丙局', '区级部门', 3, 85), row('丁局', '区级部门', 4, 80), row('戊局', '区级部门', 5, 70),
  row('己局', '区级部门', null, null), row('A街道', '街道', 1, 88), row('B街道', '街道', 2, 60),
]);

describe('assessment candidates', () => {
  it('draws 表彰 candidates from the red list, at most half of each ranking', () => {
    const c = commendationCandidates(snap, 10);
    expect(c.map((x) => x.draft.subject.name)).toEqual(['甲局', '乙局', 'A街道']);
    expect(c[0]!.draft).toMatchObject({ kind: '表彰', measure: '通报表扬', rectification: null, docNo: '' });
    expect(c[0]!.draft.basis).toEqual({ type: 'assessment', ruleSetId: 'default-v1', version: 2, snapshotHash: snap.sha256, snapshotTitle: '2026年9月考核', ranking: '区级部门', rank: 1, score: 95 });
    expect(c[0]!.draft.reason).toBe('在「2026年9月考核」中位列「区级部门」第 1 名（共 5 个单位，得分 95.0），诉求办理成效突出');
    expect(draftProblems(c[0]!.draft)).toEqual([]);
    expect(commendationCandidates(snap, 1).map((x) => x.draft.subject.name)).toEqual(['甲局', 'A街道']);
  });

  it('draws 问责 candidates from the black list, worst first, with a rectification deadline', () => {
    const c = rankAccountabilityCandidates(snap, 10, o);
    expect(c.map((x) => x.draft.subject.name)).toEqual(['戊局', '丁局', 'B街道']);
    expect(c[0]!.draft.rectification).toEqual({ requirement: expect.stringContaining('整改'), workingDays: 10, from: '2026-09-28', deadline: '2026-10-16' });
    expect(c[0]!.summary).toBe('区级部门 倒数第 1 名 · 70.0 分');
    expect(draftProblems(c[0]!.draft)).toEqual([]);
  });

  it('needs a unit snapshot whose seal holds', () => {
    expect(commendationCandidates(snapshot(snap.rows, ['district']), 10)).toEqual([]);
    expect(() => commendationCandidates({ ...snap, title: '改过' }, 10)).toThrow(/校验值与内容不符/);
  });
});

function signals(unit: string, over: Partial<UnitSignals>): UnitSignals {
  return {
    unit, dispatched: 50, received: 60, rejects: 10, rejectRate: 10 / 60, pingPongTickets: [], acceptHoursMedian: null, acceptSamples: 0,
    overturnedRejects: [], closedUnresolved: [], recurredAfterClose: [], boilerplateReplies: [], ...over,
  };
}

describe('signal candidates', () => {
  it('turns buck-passing and perfunctory-closure signals into 问责 drafts with their tickets', () => {
    const c = signalAccountabilityCandidates([
      signals('城管委', { pingPongTickets: ['T1', 'T2'], overturnedRejects: ['T2', 'T3'] }),
      signals('住建委', { closedUnresolved: ['T4', 'T5'], recurredAfterClose: ['T5', 'T6'], boilerplateReplies: [{ text: '已转相关部门处理', tickets: ['T7', 'T8', 'T9'] }] }),
      signals('水务局', { pingPongTickets: ['T10'], closedUnresolved: ['T11'] }),
    ], o);
    expect(c.map((x) => [x.source, x.draft.subject.name, x.draft.evidence.tickets])).toEqual([
      ['buck-passing', '城管委', ['T1', 'T2', 'T3']],
      ['perfunctory-closure', '住建委', ['T4', 'T5', 'T6', 'T7', 'T8', 'T9']],
    ]);
    expect(c[0]!.draft.basis).toEqual({ type: 'signal', signal: 'buck-passing', unit: '城管委', counts: { pingPong: 2, overturnedRejects: 2, rejects: 10, received: 60 } });
    expect(c[0]!.draft.reason).toBe('存在推诿扯皮情形：2 件工单退单后又派回本单位（退单理由不成立），2 件工单在单位间来回流转后回到本单位');
    expect(c[1]!.draft.basis).toMatchObject({ signal: 'perfunctory-closure', counts: { closedUnresolved: 2, recurredAfterClose: 2, boilerplateReplies: 3 } });
    for (const x of c) expect(draftProblems(x.draft)).toEqual([]);
  });
});

describe('review candidates', () => {
  const review = (ticket: string, over: Partial<ReviewItem>): ReviewItem => ({
    ticket, trigger: '不满意', decision: '属实', actions: ['移交问责'], reviewer: '李审核', reason: '未实地核查即办结', decidedAt: 1, caseId: null, ...over,
  });
  it('groups the 移交问责 reviews of founded complaints by unit', () => {
    const unitOf = (t: string) => ({ T1: '城管委', T2: '城管委', T3: '住建委', T4: '住建委', T5: null } as Record<string, string | null>)[t] ?? null;
    const c = reviewAccountabilityCandidates([
      review('T1', {}), review('T2', { decision: '部分属实', caseId: 'C-7' }),
      review('T3', { decision: '不属实' }), review('T4', { actions: ['重办'] }), review('T5', {}),
    ], unitOf, o);
    expect(c).toHaveLength(1);
    expect(c[0]!.draft).toMatchObject({ kind: '问责', measure: '责令整改', subject: { type: 'unit', name: '城管委' }, basis: { type: 'review', tickets: ['T1', 'T2'] }, evidence: { tickets: ['T1', 'T2'], cases: ['C-7'], campaignTasks: [] } });
    expect(c[0]!.draft.reason).toBe('2 件不满意工单经复核属实或部分属实（属实 1 件），移交问责：未实地核查即办结');
    expect(draftProblems(c[0]!.draft)).toEqual([]);
  });
});
