import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { workCalendar } from '@core/base/calendar/working-days';
import { jcs } from '@core/records/canonical';
import { sha256Hex } from '@core/base/rules/versioned';
import {
  appendMeetingEvent, carryOpenItems, createItem, createMeeting, diffSnapshots, endMeeting, freezeMeeting, freezeSnapshot, isItemOverdue,
  openItems, previousFrozen, setAgenda, snapshotHash, validateAgenda, validateItem, validateMeeting, verifyMeetingTimeline, verifySnapshot,
  type MeetingEvent, type SnapshotContent,
} from '@core/meetings';

const cal = workCalendar(BUILTIN_CALENDAR);

function content(over: Partial<SnapshotContent> = {}): SnapshotContent {
  return {
    meetingId: 'm1',
    takenAt: 1_700_000_000_000,
    kpis: { tickets: 1000, satisfaction: 0.9 },
    ranking: {
      ruleSetId: 'rs', ruleSetVersion: 2, ruleSetHash: 'a'.repeat(64), period: '2026-10',
      rows: [{ unit: '乙区', score: 80, rank: 2 }, { unit: '甲区', score: 90, rank: 1 }, { unit: '丙区', score: 70, rank: 3 }],
    },
    cases: [{ id: 'c2', title: '噪音', stage: '督办', ticketCount: 12, overdue: true }, { id: 'c1', title: '积水', stage: '研判', ticketCount: 5, overdue: false }],
    campaigns: [{ id: 'g1', title: '夏季专项', status: '进行中', tasksTotal: 10, tasksDone: 3, tasksOverdue: 2, overdueTaskIds: ['t9', 't2'] }],
    hotspots: [{ key: 'h1', label: '某路口', count: 40, score: 3.2 }],
    records: [],
    ...over,
  };
}

describe('meeting snapshot', () => {
  it('hashes the RFC 8785 JSON of the ordered content, whatever order it was gathered in', () => {
    const a = freezeSnapshot('s1', content());
    const shuffled = content();
    shuffled.cases.reverse();
    shuffled.ranking!.rows.reverse();
    shuffled.campaigns[0]!.overdueTaskIds.reverse();
    const b = freezeSnapshot('s2', shuffled);
    expect(b.sha256).toBe(a.sha256);
    expect(a.cases.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(a.ranking!.rows.map((r) => r.unit)).toEqual(['甲区', '乙区', '丙区']);
    const { id: _i, sha256: _h, ...body } = a;
    expect(a.sha256).toBe(sha256Hex(jcs(body)));
    expect(snapshotHash(body)).toBe(a.sha256);
    expect(a.ranking!.ruleSetHash).toBe('a'.repeat(64));
  });

  it('detects an edited figure', () => {
    const s = freezeSnapshot('s1', content());
    expect(verifySnapshot(s)).toBeNull();
    expect(verifySnapshot({ ...s, kpis: { ...s.kpis, tickets: 999 } })).toMatch(/校验值不符/);
  });

  it('refuses a KPI that is not a number', () => {
    expect(() => freezeSnapshot('s', content({ kpis: { x: NaN } }))).toThrow(/不是有效数字/);
  });
});

describe('since the last meeting', () => {
  it('reports KPI deltas, rank moves, stage and campaign changes, overdue new and cleared', () => {
    const prev = freezeSnapshot('s1', content());
    const cur = freezeSnapshot('s2', content({
      meetingId: 'm2',
      kpis: { tickets: 1200, resolved: 5 },
      ranking: {
        ruleSetId: 'rs', ruleSetVersion: 2, ruleSetHash: 'a'.repeat(64), period: '2026-11',
        rows: [{ unit: '丙区', score: 95, rank: 1 }, { unit: '甲区', score: 90, rank: 2 }, { unit: '丁区', score: 50, rank: 3 }],
      },
      cases: [{ id: 'c2', title: '噪音', stage: '办结', ticketCount: 12, overdue: false }, { id: 'c1', title: '积水', stage: '研判', ticketCount: 7, overdue: true }],
      campaigns: [{ id: 'g1', title: '夏季专项', status: '进行中', tasksTotal: 10, tasksDone: 6, tasksOverdue: 1, overdueTaskIds: ['t2'] }],
    }));
    const d = diffSnapshots(prev, cur);
    expect(d.kpis).toEqual([
      { key: 'resolved', before: null, after: 5, delta: null },
      { key: 'satisfaction', before: 0.9, after: null, delta: null },
      { key: 'tickets', before: 1000, after: 1200, delta: 200 },
    ]);
    expect(d.sameRules).toBe(true);
    expect(d.ranks).toEqual([
      { unit: '丙区', before: 3, after: 1, move: 'up', by: 2 },
      { unit: '甲区', before: 1, after: 2, move: 'down', by: 1 },
      { unit: '丁区', before: null, after: 3, move: 'new', by: 0 },
      { unit: '乙区', before: 2, after: null, move: 'gone', by: 0 },
    ]);
    expect(d.stages).toEqual([{ id: 'c2', title: '噪音', before: '督办', after: '办结' }]);
    expect(d.campaigns).toEqual([{ id: 'g1', title: '夏季专项', doneBefore: 3, doneAfter: 6, overdueBefore: 2, overdueAfter: 1 }]);
    expect(d.overdueNew).toEqual([{ kind: 'case', id: 'c1', label: '积水' }]);
    expect(d.overdueCleared.map((o) => o.id).sort()).toEqual(['c2', 't9']);
  });

  it('says when the rankings used different rule sets', () => {
    const prev = freezeSnapshot('s1', content());
    const cur = freezeSnapshot('s2', content({ ranking: { ...content().ranking!, ruleSetHash: 'b'.repeat(64) } }));
    expect(diffSnapshots(prev, cur).sameRules).toBe(false);
    expect(diffSnapshots(prev, prev).stages).toEqual([]);
  });
});

describe('meeting lifecycle', () => {
  const draft = { title: '十一月点评会', date: '2026-11-30', participants: [' 张主任 ', ''] };

  it('validates drafts in Chinese', () => {
    expect(validateMeeting({ title: ' ', date: '2026-02-30', participants: [] })).toEqual(['请填写会议名称', '请选择会议日期（YYYY-MM-DD）']);
    expect(validateAgenda([])).toEqual(['议程为空，请至少添加一项议程后再冻结']);
  });

  it('goes 筹备 → 已冻结 → 已结束 and locks the agenda at freeze', () => {
    const m = createMeeting('m1', draft, 1);
    expect(m.participants).toEqual(['张主任']);
    expect(m.state).toBe('筹备');
    const withAgenda = setAgenda(m, [{ id: 'a1', kind: 'case', refId: 'c1', title: '积水', presenter: '' }]);
    const snap = freezeSnapshot('s1', content());
    expect(() => freezeMeeting(withAgenda, snap, 2)).toThrow(/还没有汇报人/);
    const ready = setAgenda(m, [{ id: 'a1', kind: 'case', refId: 'c1', title: '积水', presenter: '李科长' }]);
    const frozen = freezeMeeting(ready, snap, 2);
    expect(frozen).toMatchObject({ state: '已冻结', frozenAt: 2, snapshotId: 's1' });
    expect(() => setAgenda(frozen, [])).toThrow(/已冻结/);
    expect(() => freezeMeeting(frozen, snap, 3)).toThrow(/不能冻结/);
    expect(() => freezeMeeting(ready, { ...snap, meetingId: 'other' }, 2)).toThrow(/不属于/);
    expect(endMeeting(frozen, 4)).toMatchObject({ state: '已结束', endedAt: 4 });
    expect(() => endMeeting(ready, 4)).toThrow(/请先冻结/);
  });

  it('finds the previous frozen meeting', () => {
    const a = { ...createMeeting('a', { ...draft, date: '2026-10-30' }, 1), snapshotId: 's' };
    const b = { ...createMeeting('b', { ...draft, date: '2026-09-30' }, 1), snapshotId: 's' };
    const c = createMeeting('c', { ...draft, date: '2026-10-31' }, 1);
    const cur = createMeeting('d', draft, 5);
    expect(previousFrozen([b, a, c, cur], cur)?.id).toBe('a');
    expect(previousFrozen([cur], cur)).toBeNull();
  });
});

describe('decisions and action items', () => {
  const m = createMeeting('m1', { title: '点评会', date: '2026-09-30', participants: [] }, 1);

  it('counts deadlines in working days over the national-day holiday', () => {
    const i = createItem(cal, m, 'i1', { kind: 'action', text: ' 限期整改 ', links: [{ kind: 'case', id: 'c1' }], owner: '甲区', workingDays: 3 }, 10);
    expect(i.text).toBe('限期整改');
    expect(i.state).toBe('未完成');
    // 2026-10-01..07 is the national-day holiday (BUILTIN_CALENDAR); 10-10 is a 调休 working Saturday.
    expect(i.deadline).toBe('2026-10-10');
    expect(isItemOverdue(i, i.deadline)).toBe(false);
    expect(isItemOverdue(i, '2026-12-31')).toBe(true);
    const d = createItem(cal, m, 'i2', { kind: 'decision', text: '通报批评', links: [], owner: '', workingDays: 0 }, 10);
    expect(d).toMatchObject({ state: '已完成', deadline: '2026-09-30' });
    expect(openItems([i, d]).map((x) => x.id)).toEqual(['i1']);
  });

  it('validates in Chinese', () => {
    expect(validateItem({ kind: 'action', text: '', links: [], owner: ' ', workingDays: 0 })).toEqual([
      '请填写议定事项的内容', '请填写责任单位或责任人', '办理时限请填写 1 到 250 之间的工作日数',
    ]);
  });

  it('brings the previous meeting\'s open items back on the next agenda, once', () => {
    const i1 = createItem(cal, m, 'i1', { kind: 'action', text: '整改积水', links: [{ kind: 'case', id: 'c1' }], owner: '甲区', workingDays: 5 }, 1);
    const i2 = { ...createItem(cal, m, 'i2', { kind: 'action', text: '已办', links: [], owner: '乙区', workingDays: 5 }, 1), state: '已完成' as const };
    const i3 = createItem(cal, m, 'i3', { kind: 'action', text: '排名回升', links: [{ kind: 'unit', id: '丙区' }], owner: '丙区', workingDays: 5 }, 1);
    const agenda = carryOpenItems([], [i1, i2, i3], (i) => `carry-${i.id}`);
    expect(agenda).toEqual([
      { id: 'carry-i1', kind: 'case', refId: 'c1', title: '整改积水', presenter: '甲区', carriedItemId: 'i1' },
      { id: 'carry-i3', kind: 'ranking', refId: '丙区', title: '排名回升', presenter: '丙区', carriedItemId: 'i3' },
    ]);
    expect(carryOpenItems(agenda, [i1, i2, i3], (i) => `x-${i.id}`)).toEqual(agenda);
  });
});

describe('meeting timeline', () => {
  it('is hash-chained and detects an edit', () => {
    let tl: MeetingEvent[] = [];
    tl = appendMeetingEvent('m1', tl, { at: 1, type: 'created', actor: '张三', detail: '创建会议' });
    tl = appendMeetingEvent('m1', tl, { at: 2, type: 'frozen', actor: '张三', detail: '冻结' });
    expect(tl.map((e) => e.seq)).toEqual([1, 2]);
    expect(tl[1]!.prevHash).toBe(tl[0]!.hash);
    expect(verifyMeetingTimeline(tl)).toBeNull();
    expect(verifyMeetingTimeline([tl[0]!, { ...tl[1]!, detail: '改' }])).toMatchObject({ brokenAt: 1 });
    expect(() => appendMeetingEvent('m1', tl, { at: 1, type: 'ended', actor: '张三', detail: '' })).toThrow(/早于/);
  });
});
