import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import type { ChronicCaseRecord } from '@core/cases/case-record';
import { addFollowUp, caseOverdue, completeFollowUp, escalateCase, openCase, transitionCase } from '@core/cases/case-ops';
import { DEFAULT_LIFECYCLE, checkTransition, validateLifecycle } from '@core/cases/lifecycle';
import { appendEvent, verifyTimeline, type CaseEvent } from '@core/cases/timeline';
import { localToEpoch } from '@core/base/time/shanghai';

const cal = workCalendar(BUILTIN_CALENDAR);
const lc = DEFAULT_LIFECYCLE;
const at = (y: number, m: number, d: number, h = 10) => localToEpoch(y, m, d, h);
const SHA = 'a'.repeat(64);

function opened(now = at(2025, 1, 24)): ChronicCaseRecord {
  const r = openCase({
    id: 'C1', title: '和平里1号院停车难', category: '城乡建设/物业管理', place: '东城区/和平里街道', unit: '和平里街道',
    supervisor: '王督办', tickets: ['T3', 'T1', 'T2', 'T1'], limitWorkingDays: 10,
    source: { kind: 'detection', rule: 'R1', key: 'x', asOf: '2025-01-24', ruleSet: { id: 'chronic-v1', version: 1, sha256: SHA }, evidence: [] },
  }, lc, cal, { by: '李', now });
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('openCase', () => {
  it('starts in 认定 with a working-day deadline across the Spring Festival and sorted unique tickets', () => {
    const c = opened();
    expect(c.status).toBe('认定');
    expect(c.tickets).toEqual(['T1', 'T2', 'T3']);
    // 10 working days from Fri 2025-01-24: 01-26, 01-27, 02-05 … 02-08, 02-10 … 02-13.
    expect(c.deadline).toBe('2025-02-13');
  });
  it('refuses a case without unit or supervisor', () => {
    const r = openCase({ id: 'C', title: 't', category: '', place: '', unit: ' ', supervisor: 's', tickets: ['T'], limitWorkingDays: 5, source: { kind: 'manual', reason: 'r' } }, lc, cal, { by: 'x', now: 0 });
    expect(r).toEqual({ ok: false, reason: '请选择主责单位' });
  });
});

describe('transitions', () => {
  it('follows the default path and refuses skipping with the allowed targets', () => {
    const c = opened();
    const bad = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 2, 5) }, { openFollowUps: 0, followUps: 0 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/不能从"认定"直接转为"销号"，可转为：会商、督办/);
  });

  it('cannot leave 整改 with an open follow-up, nor without any', () => {
    let c = opened();
    for (const to of ['会商', '督办', '整改']) {
      const r = transitionCase(c, to, lc, cal, { by: '王', now: at(2025, 2, 5) }, { openFollowUps: 0, followUps: 0 });
      if (!r.ok) throw new Error(r.reason);
      c = r.value;
    }
    const none = transitionCase(c, '回访', lc, cal, { by: '王', now: at(2025, 2, 6) }, { openFollowUps: 0, followUps: 0 });
    expect(!none.ok && none.reason).toMatch(/还没有任何跟进记录/);
    const open = transitionCase(c, '回访', lc, cal, { by: '王', now: at(2025, 2, 6) }, { openFollowUps: 1, followUps: 2 });
    expect(!open.ok && open.reason).toMatch(/1 条跟进事项未办结/);
    const ok = transitionCase(c, '回访', lc, cal, { by: '王', now: at(2025, 2, 6) }, { openFollowUps: 0, followUps: 2 });
    expect(ok.ok).toBe(true);
  });

  it('销号 needs the observation period over and no new ticket', () => {
    let c: ChronicCaseRecord = { ...opened(), status: '回访' };
    const r = transitionCase(c, '观察期', lc, cal, { by: '王', now: at(2025, 9, 26) }, { openFollowUps: 0, followUps: 1 });
    if (!r.ok) throw new Error(r.reason);
    c = r.value;
    // 20 working days from Fri 2025-09-26: 09-28 (调休 Sunday), 09-29, 09-30, then after the
    // 10-01 … 10-08 holiday 10-09, 10-10, 10-11 (调休 Saturday), 10-13 … 10-17, 10-20 … 10-24, 10-27 … 10-30.
    expect(c.observationEndsOn).toBe('2025-10-30');
    const base = { openFollowUps: 0, followUps: 1 };
    const noCheck = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 11, 1) }, base);
    expect(!noCheck.ok && noCheck.reason).toMatch(/先运行检查/);
    const early = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 10, 29) }, { ...base, observation: { endsOn: '2025-10-30', today: '2025-10-30', newTickets: [] } });
    expect(!early.ok && early.reason).toMatch(/期满后才能销号/);
    const recurred = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 11, 1) }, { ...base, observation: { endsOn: '2025-10-30', today: '2025-11-01', newTickets: ['T9'] } });
    expect(!recurred.ok && recurred.reason).toMatch(/1 张同类工单（T9）/);
    const open = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 11, 1) }, { ...base, openFollowUps: 2, observation: { endsOn: '2025-10-30', today: '2025-11-01', newTickets: [] } });
    expect(open.ok).toBe(false);
    const done = transitionCase(c, '销号', lc, cal, { by: '王', now: at(2025, 11, 1) }, { ...base, observation: { endsOn: '2025-10-30', today: '2025-11-01', newTickets: [] } });
    expect(done.ok && done.value.closedAt).toBe(at(2025, 11, 1));
    if (!done.ok) return;
    const after = transitionCase(done.value, '整改', lc, cal, { by: '王', now: at(2025, 11, 2) }, base);
    expect(!after.ok && after.reason).toMatch(/已销号/);
  });

  it('挂起 needs a reason and resumes only to the state it was paused in', () => {
    const c: ChronicCaseRecord = { ...opened(), status: '整改' };
    const a = { by: '王', now: at(2025, 3, 3) };
    expect(transitionCase(c, '挂起', lc, cal, a, { openFollowUps: 0, followUps: 0 }).ok).toBe(false);
    const p = transitionCase(c, '挂起', lc, cal, a, { openFollowUps: 0, followUps: 0, reason: '等待拆迁方案' });
    if (!p.ok) throw new Error(p.reason);
    expect(p.value.pausedFrom).toBe('整改');
    expect(p.events[0]!.summary).toContain('等待拆迁方案');
    const wrong = transitionCase(p.value, '督办', lc, cal, a, { openFollowUps: 0, followUps: 0 });
    expect(!wrong.ok && wrong.reason).toMatch(/只能恢复到"整改"/);
    const back = transitionCase(p.value, '整改', lc, cal, a, { openFollowUps: 0, followUps: 0 });
    expect(back.ok && back.value.pausedFrom).toBe(null);
    expect(escalateCase(p.value, lc, cal, a, '').ok).toBe(false);
  });

  it('the default lifecycle is valid and a broken one is reported', () => {
    expect(validateLifecycle(lc)).toEqual([]);
    expect(validateLifecycle({ ...lc, initial: '无', transitions: [{ from: '认定', to: '不存在', label: 'x', guards: [] }] }).length).toBe(2);
    expect(checkTransition(lc, '未知', '会商', { openFollowUps: 0, followUps: 0 }).ok).toBe(false);
  });
});

describe('escalation', () => {
  it('steps 催办 → 督办 → 挂牌督办 with working-day deadlines across holidays and 调休', () => {
    let c = opened(at(2025, 9, 26));
    const steps: string[] = [];
    for (const now of [at(2025, 9, 26), at(2025, 9, 30), at(2025, 10, 9)]) {
      const r = escalateCase(c, lc, cal, { by: '王', now }, '多次催促未果');
      if (!r.ok) throw new Error(r.reason);
      c = r.value;
      steps.push(`${c.escalations.at(-1)!.level}:${c.escalations.at(-1)!.deadline}`);
    }
    // 催办 3 wd from Fri 09-26: Sun 09-28 (调休), 09-29, 09-30. 督办 5 wd from 09-30: 10-09, 10-10, 10-11 (Sat 调休), 10-13, 10-14.
    // 挂牌督办 10 wd from Thu 10-09: 10-10, 10-11, 10-13 … 10-17, 10-20 … 10-22.
    expect(steps).toEqual(['催办:2025-09-30', '督办:2025-10-14', '挂牌督办:2025-10-22']);
    const top = escalateCase(c, lc, cal, { by: '王', now: at(2025, 10, 10) }, '');
    expect(!top.ok && top.reason).toMatch(/最高级别/);
    // The case deadline (10 working days from 09-26) is 10-16; the 挂牌督办 deadline is later.
    expect(c.deadline).toBe('2025-10-16');
    expect(caseOverdue(c, '2025-10-16')).toBe(false);
    expect(caseOverdue(c, '2025-10-17')).toBe(true);
    const longer = { ...c, deadline: '2025-12-31' };
    expect(caseOverdue(longer, '2025-10-22')).toBe(false);
    expect(caseOverdue(longer, '2025-10-23')).toBe(true);
  });
});

describe('follow-ups', () => {
  it('needs an action and valid evidence hashes; completing is recorded once', () => {
    const c = opened();
    const a = { by: '赵', now: at(2025, 2, 5) };
    expect(addFollowUp(c, { id: 'F', action: ' ', evidence: [], open: false }, a).ok).toBe(false);
    expect(addFollowUp(c, { id: 'F', action: '现场查看', evidence: [{ name: 'a.jpg', sha256: 'xyz', size: 1, type: 'image/jpeg' }], open: false }, a).ok).toBe(false);
    const f = addFollowUp(c, { id: 'F1', action: '施划停车位', evidence: [{ name: '现场.jpg', sha256: SHA, size: 10, type: 'image/jpeg' }], open: true }, a);
    if (!f.ok) throw new Error(f.reason);
    expect(f.value.status).toBe('open');
    expect(f.events[0]!.summary).toContain('现场.jpg');
    const d = completeFollowUp(f.value, a, '已完成');
    expect(d.ok && d.value.status).toBe('done');
    if (d.ok) expect(completeFollowUp(d.value, a, '').ok).toBe(false);
  });
});

describe('timeline', () => {
  const draft = (at: number, summary: string) => ({ at, by: '王', kind: 'comment' as const, summary, data: {} });
  it('appends with a hash chain and detects edits, removals and reordering', () => {
    let tl: CaseEvent[] = [];
    tl = appendEvent('C1', tl, draft(1, '一'));
    tl = appendEvent('C1', tl, draft(2, '二'));
    const before = tl;
    tl = appendEvent('C1', tl, draft(3, '三'));
    expect(before).toHaveLength(2); // the old array is untouched
    expect(tl.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(verifyTimeline(tl)).toBeNull();
    expect(verifyTimeline([{ ...tl[0]!, summary: '改过' }, ...tl.slice(1)])?.brokenAt).toBe(0);
    expect(verifyTimeline([tl[0]!, tl[2]!])?.brokenAt).toBe(1);
    expect(verifyTimeline([tl[1]!, tl[0]!, tl[2]!])?.brokenAt).toBe(0);
    expect(() => appendEvent('C1', tl, draft(2, '倒流'))).toThrow(/早于/);
  });
});
