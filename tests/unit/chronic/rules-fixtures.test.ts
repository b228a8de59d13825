import { describe, expect, it } from 'vitest';
import { detectChronic } from '@core/chronic/chronic-index';
import { toCliResult } from '@core/chronic/cli-result';
import { CHRONIC_V1 } from '@core/chronic/rule-set';
import type { Ticket } from '@core/data/tickets/ticket';
import { DAY_MS } from '@core/base/time/shanghai';
import { at, table, ticket } from './factory';

function run(tickets: Ticket[], asOf: string) {
  const t = table(tickets);
  return toCliResult(t, detectChronic(t, CHRONIC_V1, asOf));
}

const ADDR = '北京市东城区和平里街道安定门外大街1号院';

describe('R1 repeat at address', () => {
  it('chains tickets whose gaps are exactly 90 days and breaks at 90 days and 1 second', () => {
    const a = ticket({ id: 'A1', address: ADDR, acceptedAt: at('2025-01-01 08:00') });
    const b = ticket({ id: 'A2', address: ADDR, acceptedAt: a.acceptedAt + 90 * DAY_MS });
    const c = ticket({ id: 'A3', address: ADDR, acceptedAt: b.acceptedAt + 90 * DAY_MS });
    const d = ticket({ id: 'A4', address: ADDR, acceptedAt: c.acceptedAt + 90 * DAY_MS + 1000 });
    const r = run([d, c, b, a], '2026-01-01');
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ rule: 'R1', tickets: ['A1', 'A2', 'A3'], firstAt: '2025-01-01 08:00:00' });
    expect(r.cases[0]!.lastAt).toBe('2025-06-30 08:00:00');
  });

  it('groups addresses equal after normalization but not different category level 2', () => {
    const list = [
      ticket({ id: 'B1', address: '和平里 1号院', acceptedAt: '2025-03-01' }),
      ticket({ id: 'B2', address: '和平里1号院。', acceptedAt: '2025-03-02' }),
      ticket({ id: 'B3', address: '和平里１号院', acceptedAt: '2025-03-03', category: '城乡建设/物业管理/电梯' }),
      ticket({ id: 'B4', address: '和平里1号院', acceptedAt: '2025-03-04', category: '城乡建设/市容环境' }),
    ];
    const r = run(list, '2025-03-31');
    expect(r.cases.map((c) => c.tickets)).toEqual([['B1', 'B2', 'B3']]);
    expect(r.cases[0]!.key).toBe('和平里1号院|城乡建设/物业管理');
  });

  it('never groups an empty address key or an empty category', () => {
    const noAddr = [1, 2, 3].map((i) => ticket({ id: `C${i}`, address: i === 1 ? '' : '—— ，', acceptedAt: `2025-03-0${i}` }));
    const noCat = [1, 2, 3].map((i) => ticket({ id: `D${i}`, address: ADDR, category: '', acceptedAt: `2025-03-0${i}` }));
    expect(run([...noAddr, ...noCat], '2025-03-31').cases).toEqual([]);
  });

  it('sees only tickets accepted before the end of the asOf day', () => {
    const list = [
      ticket({ id: 'E1', address: ADDR, acceptedAt: '2025-05-01 10:00' }),
      ticket({ id: 'E2', address: ADDR, acceptedAt: '2025-05-02 10:00' }),
      ticket({ id: 'E3', address: ADDR, acceptedAt: at('2025-05-03 23:59:59') }),
      ticket({ id: 'E4', address: ADDR, acceptedAt: at('2025-05-04 00:00:00') }),
    ];
    expect(run(list, '2025-05-02').cases).toEqual([]);
    expect(run(list, '2025-05-03').cases.map((c) => c.tickets)).toEqual([['E1', 'E2', 'E3']]);
    expect(run(list, '2025-05-04').cases.map((c) => c.tickets)).toEqual([['E1', 'E2', 'E3', 'E4']]);
  });

  it('orders equal acceptedAt by id', () => {
    const list = ['F3', 'F1', 'F2'].map((id) => ticket({ id, address: ADDR, acceptedAt: '2025-05-01 10:00' }));
    const r = run(list, '2025-05-01');
    expect(r.cases[0]!.tickets).toEqual(['F1', 'F2', 'F3']);
  });
});

describe('R2 repeat caller', () => {
  it('chains same phone key and category level 1 with D = 30 days', () => {
    const base = at('2025-02-01 09:30');
    const list = [
      ticket({ id: 'P1', callerPhone: '+86 138-0013-8000', acceptedAt: base, category: '城乡建设/物业管理' }),
      ticket({ id: 'P2', callerPhone: '13800138000', acceptedAt: base + 30 * DAY_MS, category: '城乡建设/供暖' }),
      ticket({ id: 'P3', callerPhone: '008613800138000', acceptedAt: base + 60 * DAY_MS, category: '城乡建设' }),
      ticket({ id: 'P4', callerPhone: '13800138000', acceptedAt: base + 61 * DAY_MS, category: '交通管理' }),
      ticket({ id: 'P5', callerPhone: '13800138000', acceptedAt: base + 90 * DAY_MS + 1, category: '城乡建设' }),
    ];
    const r = run(list, '2025-12-31');
    expect(r.cases).toEqual([{ rule: 'R2', tickets: ['P1', 'P2', 'P3'], firstAt: '2025-02-01 09:30:00', lastAt: '2025-04-02 09:30:00', key: '138****8000|城乡建设' }]);
  });

  it('never groups an empty phone key', () => {
    const list = [1, 2, 3].map((i) => ticket({ id: `Q${i}`, callerPhone: i === 2 ? '无' : '', acceptedAt: `2025-03-0${i}` }));
    expect(run(list, '2025-03-31').cases).toEqual([]);
  });
});

describe('R3, R4, R5 flags', () => {
  it('flags reopens ≥ 2 and rejects ≥ 2 but not 1', () => {
    const list = [
      ticket({ id: 'R3a', reopenCount: 2 }), ticket({ id: 'R3b', reopenCount: 1 }),
      ticket({ id: 'R4a', rejectCount: 2 }), ticket({ id: 'R4b', rejectCount: 1 }),
    ];
    expect(run(list, '2025-01-01').flags).toEqual([{ ticket: 'R3a', rules: ['R3'] }, { ticket: 'R4a', rules: ['R4'] }]);
  });

  it('flags a dispatch sequence that returns to a unit (A → B → A) from events', () => {
    const t1 = ticket({ id: 'PP1', rejectCount: 5 });
    const t2 = ticket({ id: 'PP2' });
    const ev = (ticketId: string, action: '派单' | '改派' | '退单', target: string, h: number, s: number) =>
      ({ ticket: ticketId, at: at('2025-01-01 10:00') + h * 3600_000, action, unit: '', target, note: '', seq: s });
    const events = [
      ev('PP2', '派单', '甲街道', 0, 1), ev('PP2', '改派', '乙局', 1, 2), ev('PP2', '改派', '甲街道', 2, 3),
      ev('PP1', '派单', '甲街道', 0, 4), ev('PP1', '退单', '', 1, 5), ev('PP1', '改派', '甲街道', 2, 6),
    ];
    const tb = table([t1, t2], events);
    const r = toCliResult(tb, detectChronic(tb, CHRONIC_V1, '2025-01-01'));
    // With an event file, rejects come from 退单 events (PP1 has one), not from the file's count.
    expect(r.flags).toEqual([{ ticket: 'PP2', rules: ['R4'] }]);
  });

  it('flags long overdue with asOf = end of the asOf day, strictly more than 30 days', () => {
    const due = at('2025-03-01 00:00');
    const list = [
      ticket({ id: 'O1', dueAt: due }),
      ticket({ id: 'O2', dueAt: due + 1 }),
      ticket({ id: 'O3', dueAt: due - 1, status: '已撤销' }),
      ticket({ id: 'O4', dueAt: due - 1, closedAt: due + DAY_MS * 40 }),
      ticket({ id: 'O5', dueAt: null }),
    ];
    // End of 2025-03-31 is 2025-04-01 00:00, exactly 31 days after O1's due time.
    expect(run(list, '2025-03-31').flags).toEqual([{ ticket: 'O1', rules: ['R5'] }, { ticket: 'O2', rules: ['R5'] }]);
    // End of 2025-03-30 is exactly 30 days after due: not more than 30.
    expect(run(list, '2025-03-30').flags).toEqual([]);
  });

  it('combines rules of one ticket and sorts flags by id', () => {
    const list = [
      ticket({ id: 'Z9', reopenCount: 3, rejectCount: 4, dueAt: at('2024-01-01') }),
      ticket({ id: 'A0', reopenCount: 2 }),
    ];
    expect(run(list, '2025-01-01').flags).toEqual([{ ticket: 'A0', rules: ['R3'] }, { ticket: 'Z9', rules: ['R3', 'R4', 'R5'] }]);
  });

  it('does not flag tickets accepted after the asOf day', () => {
    expect(run([ticket({ id: 'L1', acceptedAt: '2025-02-01', reopenCount: 9 })], '2025-01-31').flags).toEqual([]);
  });
});

describe('R6 near-duplicate', () => {
  const text = '小区楼下烧烤店油烟很大，每天晚上10点以后还在营业，噪音扰民严重';
  it('links similar texts in one street, digits ignored, chains of ≥ 3', () => {
    const list = [
      ticket({ id: 'S1', street: '和平里街道', content: text, acceptedAt: '2025-06-01' }),
      ticket({ id: 'S2', street: '和平里街道', content: text.replace('10', '11'), acceptedAt: '2025-06-10' }),
      ticket({ id: 'S3', street: '和平里街道', content: `${text}，希望尽快处理`, acceptedAt: '2025-07-01' }),
      ticket({ id: 'S4', street: '安定门街道', content: text, acceptedAt: '2025-07-02' }),
      ticket({ id: 'S5', street: '和平里街道', content: '路灯不亮了，晚上出行很不方便，请修理', acceptedAt: '2025-07-03' }),
    ];
    const r = run(list, '2025-12-31');
    expect(r.cases).toEqual([{ rule: 'R6', tickets: ['S1', 'S2', 'S3'], firstAt: '2025-06-01 00:00:00', lastAt: '2025-07-01 00:00:00', key: '东城区/和平里街道' }]);
  });

  it('never links texts shorter than 3 characters or tickets without a street', () => {
    const list = [
      ...[1, 2, 3].map((i) => ticket({ id: `U${i}`, street: '和平里街道', content: '噪音', acceptedAt: `2025-06-0${i}` })),
      ...[1, 2, 3].map((i) => ticket({ id: `V${i}`, street: '', content: text, acceptedAt: `2025-06-0${i}` })),
    ];
    expect(run(list, '2025-12-31').cases).toEqual([]);
  });

  it('splits a component into gap chains of 90 days', () => {
    const d0 = at('2025-01-01');
    const list = [0, 10, 20, 111, 120].map((d, i) => ticket({ id: `W${i}`, street: '和平里街道', content: text, acceptedAt: d0 + d * DAY_MS }));
    const r = run(list, '2025-12-31');
    expect(r.cases.map((c) => c.tickets)).toEqual([['W0', 'W1', 'W2']]);
  });
});

it('reports the rule set and the asOf day', () => {
  const r = run([], '2025-01-01');
  expect(r).toEqual({ asOf: '2025-01-01', ruleSet: { id: 'chronic-v1', version: 1, sha256: CHRONIC_V1.sha256 }, cases: [], flags: [] });
  expect(CHRONIC_V1.sha256).toMatch(/^[0-9a-f]{64}$/);
});

it('refuses a malformed asOf with a Chinese message', () => {
  expect(() => run([], '2025-13-01')).toThrow(/YYYY-MM-DD/);
});
