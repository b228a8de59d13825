/** Test factories for assessment: tickets with defaults, seeded random data sets. */
import { buildTicketTable, type TicketTable } from '@core/data/table/ticket-table';
import { DAY_MS, localToEpoch } from '@core/base/time/shanghai';
import type { Ticket } from '@core/data/tickets/ticket';
export { rng } from '../../helpers/rng';
import { rng } from '../../helpers/rng';

let seq = 0;

/** A dispatched, closed, evaluated ticket accepted 2025-03-10 10:00 local; override anything. */
export function ticket(over: Partial<Ticket> = {}): Ticket {
  seq++;
  const acceptedAt = over.acceptedAt ?? localToEpoch(2025, 3, 10, 10);
  return {
    id: `T${String(seq).padStart(6, '0')}`, acceptedAt, channel: '电话', kind: '投诉', category: '城乡建设/物业管理/停车管理',
    content: '', district: '东城区', street: '东华门街道', address: '', callerName: '', callerPhone: '', urgency: '一般',
    unit: '东城区城管委', unitType: '区', dispatchedAt: acceptedAt, dueAt: acceptedAt + 10 * DAY_MS, status: '已办结',
    closedAt: acceptedAt + 2 * DAY_MS, reply: '', surveyedAt: null, responded: '是', resolved: '已解决', satisfaction: '满意',
    exempted: '', rejectCount: 0, reopenCount: 0, extra: {},
    ...over,
  };
}

export const FROM = localToEpoch(2025, 1, 1);
export const TO = localToEpoch(2025, 4, 1);

/**
 * Random tickets over 2024-12 … 2025-04 with few units, streets and addresses so that groups
 * pass the minimum volume, recurrences happen, and boundary cases (closedAt = dueAt, a repeat
 * exactly 30 days after closing, acceptedAt exactly at from/to, 已撤销, empty unit, exempted,
 * mixed unit types) occur often.
 */
export function randomTickets(seed: number, n: number): Ticket[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const units: [string, Ticket['unitType']][] = [
    ['东城区政府', '区'], ['西城区政府', '区'], ['东华门街道办', '街乡镇'], ['景山街道办', '街乡镇'], ['和平里街道办', '街乡镇'],
    ['市水务局', '市级部门'], ['市交通委', '市级部门'], ['自来水集团', '国有企业'], ['燃气集团', '国有企业'], ['某物业公司', ''],
    ['𠀋单位', '其他'],
  ];
  const places: [string, string][] = [['东城区', '东华门街道'], ['东城区', '景山街道'], ['西城区', '德胜街道'], ['西城区', ''], ['', '']];
  const cats = ['城乡建设/物业管理/停车管理', '城乡建设/物业管理/电梯', '城乡建设/市容', '交通/公交', '交通', '', '环境保护>噪声>施工'];
  const addrs = ['', '东城区 东华门大街1号', '东华门大街1号！', '景山前街4号', '德胜门外大街 10 号', 'ABC Road 5', 'abc road 5'];
  const out: Ticket[] = [];
  const start = localToEpoch(2024, 12, 1);
  const span = localToEpoch(2025, 4, 15) - start;
  for (let i = 0; i < n; i++) {
    const [unit, unitType] = r() < 0.05 ? ['', ''] as [string, Ticket['unitType']] : pick(units);
    const mixedType = r() < 0.1 ? pick(['区', '街乡镇', '', '其他'] as const) : unitType;
    const [district, street] = pick(places);
    let acceptedAt: number;
    const b = r();
    if (b < 0.03) acceptedAt = FROM;
    else if (b < 0.06) acceptedAt = TO;
    else if (b < 0.08) acceptedAt = TO - 1;
    else acceptedAt = start + Math.floor(r() * span / 60_000) * 60_000;
    const closed = r() < 0.8;
    const closedAt = closed ? acceptedAt + Math.floor(r() * 20) * DAY_MS / 2 : null;
    const dueAt = r() < 0.85 ? (closed && r() < 0.2 ? closedAt : acceptedAt + 7 * DAY_MS) : null;
    const t: Ticket = {
      id: `R${seed}-${i}`, acceptedAt, channel: '电话', kind: '投诉', category: pick(cats), content: '', district, street,
      address: pick(addrs), callerName: '', callerPhone: '', urgency: '', unit, unitType: mixedType,
      dispatchedAt: null, dueAt, status: r() < 0.07 ? '已撤销' : closed ? '已办结' : pick(['办理中', '延期中', '']),
      closedAt, reply: '', surveyedAt: null,
      responded: pick(['是', '是', '是', '否', ''] as const),
      resolved: pick(['已解决', '已解决', '未解决', ''] as const),
      satisfaction: pick(['满意', '基本满意', '不满意', '', '满意'] as const),
      exempted: r() < 0.06 ? '是' : pick(['否', ''] as const),
      rejectCount: r() < 0.1 ? Math.floor(r() * 3) : r() < 0.5 ? 0 : null,
      reopenCount: r() < 0.08 ? 1 + Math.floor(r() * 2) : r() < 0.5 ? 0 : null,
      extra: {},
    };
    out.push(t);
    // A repeat at the same address and category exactly 30 days (or 30 days + 1 minute) later.
    if (closedAt !== null && t.address !== '' && r() < 0.1) {
      const gap = r() < 0.5 ? 30 * DAY_MS : 30 * DAY_MS + 60_000;
      out.push({ ...t, id: `R${seed}-${i}b`, acceptedAt: closedAt + gap, closedAt: null, status: '办理中', dueAt: null });
      i++;
    }
  }
  return out;
}

export function table(ts: readonly Ticket[]): TicketTable {
  return buildTicketTable(ts);
}
