import { describe, expect, it } from 'vitest';
import { generateCity } from '@core/demo/index';
import { TICKET_COLUMNS } from '@core/data/tickets/columns';
import { FLOW_ACTIONS, type FlowEvent } from '@core/data/tickets/ticket';
import { localToEpoch } from '@core/base/time/shanghai';

const { tickets, events } = generateCity({ tickets: 20_000, seed: 99 });
const END = localToEpoch(2026, 11, 1) - 1000;
const START = localToEpoch(2024, 11, 1);
const byTicket = new Map<string, FlowEvent[]>();
for (const e of events) {
  let l = byTicket.get(e.ticket);
  if (!l) byTicket.set(e.ticket, (l = []));
  l.push(e);
}

/** Collects violations so one assertion reports them all (and the loops stay fast). */
function violations(check: (bad: (msg: string) => void) => void): string[] {
  const out: string[] = [];
  check((m) => { if (out.length < 20) out.push(m); });
  return out;
}

describe('generated tickets are internally consistent', () => {
  it('has unique ids, sorted acceptance times inside the 24 months ending 2026-10-31, whole seconds', () => {
    expect(tickets.length).toBe(20_000);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
    expect(violations((bad) => {
      for (let i = 0; i < tickets.length; i++) {
        const t = tickets[i]!;
        if (i > 0 && t.acceptedAt < tickets[i - 1]!.acceptedAt) bad(`${t.id} out of order`);
        if (t.acceptedAt < START || t.acceptedAt > END) bad(`${t.id} outside the period`);
        for (const v of [t.acceptedAt, t.dispatchedAt, t.dueAt, t.closedAt, t.surveyedAt]) if (v !== null && v % 1000 !== 0) bad(`${t.id} fractional second`);
        if (!/^GD\d{14}$/.test(t.id)) bad(`${t.id} id format`);
      }
    })).toEqual([]);
  });

  it('uses only the enum values of DOMAIN.md', () => {
    expect(violations((bad) => {
      for (const col of TICKET_COLUMNS) {
        if (col.type !== 'enum') continue;
        const allowed = new Set(['', ...(col.values ?? [])]);
        for (const t of tickets) if (!allowed.has(t[col.key] as string)) bad(`${t.id} ${col.key}=${String(t[col.key])}`);
      }
      const actions = new Set<string>(FLOW_ACTIONS);
      for (const e of events) if (!actions.has(e.action)) bad(`${e.ticket} action ${e.action}`);
    })).toEqual([]);
  });

  it('writes plausible phones, names and addresses', () => {
    expect(violations((bad) => {
      for (const t of tickets) {
        if (!/^1[3-9]\d{9}$/.test(t.callerPhone)) bad(`${t.id} phone ${t.callerPhone}`);
        if (!/^(\p{Script=Han}{2,4})?$/u.test(t.callerName)) bad(`${t.id} name ${t.callerName}`);
        if (t.address && !t.address.startsWith(t.district + t.street)) bad(`${t.id} address ${t.address}`);
      }
    })).toEqual([]);
    expect(tickets.filter((t) => /号楼\d+单元$/.test(t.address)).length).toBeGreaterThan(2000);
  });

  it('keeps status, times and counts consistent with the flow events', () => {
    const statuses = new Set<string>();
    expect(violations((bad) => {
      for (const t of tickets) {
        const ev = byTicket.get(t.id) ?? [];
        statuses.add(t.status);
        for (let i = 1; i < ev.length; i++) if (ev[i]!.at <= ev[i - 1]!.at) bad(`${t.id} events not increasing`);
        for (const e of ev) if (e.at <= t.acceptedAt || e.at > END) bad(`${t.id} event outside ticket life`);
        if (t.rejectCount !== ev.filter((e) => e.action === '退单').length) bad(`${t.id} rejectCount`);
        if (t.reopenCount !== ev.filter((e) => e.action === '重办').length) bad(`${t.id} reopenCount`);
        const dispatched = ev.find((e) => e.action === '派单');
        if (t.dispatchedAt !== (dispatched ? dispatched.at : null)) bad(`${t.id} dispatchedAt`);
        const last = [...ev].reverse().find((e) => e.action === '派单' || e.action === '改派');
        if (t.unit !== (last ? last.target : '')) bad(`${t.id} unit`);
        if ((t.unitType === '') !== (t.unit === '')) bad(`${t.id} unitType`);
        if (t.status === '已办结') {
          if (t.closedAt === null || t.closedAt <= t.acceptedAt) bad(`${t.id} closedAt`);
          if (ev.length > 0 && t.closedAt !== [...ev].reverse().find((e) => e.action === '办结')!.at) bad(`${t.id} closedAt ≠ last 办结`);
        } else if (t.closedAt !== null) bad(`${t.id} open with closedAt`);
        if (t.status === '待派单' && t.unit !== '') bad(`${t.id} 待派单 with unit`);
        if (t.unit && t.dueAt === null) bad(`${t.id} dispatched without due`);
        if (t.surveyedAt !== null) {
          if (t.surveyedAt !== [...ev].reverse().find((e) => e.action === '回访')!.at) bad(`${t.id} surveyedAt`);
        } else if (t.responded || t.resolved || t.satisfaction) bad(`${t.id} ratings without survey`);
        if (t.exempted !== '' && t.status !== '已办结') bad(`${t.id} exempted while open`);
      }
    })).toEqual([]);
    for (const s of ['已办结', '办理中', '已撤销']) expect(statuses.has(s), s).toBe(true);
  });

  it('has realistic flows: rejects with redispatch, reopenings, extensions, urging, unsatisfied ratings, open overdue tickets', () => {
    const count = (a: string): number => events.filter((e) => e.action === a).length;
    for (const a of FLOW_ACTIONS) expect(count(a), a).toBeGreaterThan(0);
    const rejected = tickets.filter((t) => (t.rejectCount ?? 0) > 0).length / tickets.length;
    expect(rejected).toBeGreaterThan(0.01);
    expect(rejected).toBeLessThan(0.08);
    expect(tickets.filter((t) => t.satisfaction === '不满意').length).toBeGreaterThan(500);
    expect(tickets.filter((t) => t.exempted === '是').length).toBeGreaterThan(50);
    expect(tickets.filter((t) => t.closedAt === null && t.dueAt !== null && t.dueAt < END && t.status !== '已撤销').length).toBeGreaterThan(5);
    // Direct answers by the hotline: 咨询 closed without dispatch.
    expect(tickets.filter((t) => t.kind === '咨询' && t.unit === '' && t.status === '已办结').length).toBeGreaterThan(2000);
  });
});
