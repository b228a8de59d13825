import { buildTicketTable, type TicketTable } from '@core/data/table/ticket-table';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { localToEpoch } from '@core/base/time/shanghai';
export { rng } from '../../helpers/rng';

/** Epoch ms of a local (Asia/Shanghai) `YYYY-MM-DD[ HH:mm[:ss]]`. */
export function at(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) throw new Error(`bad test date ${s}`);
  return localToEpoch(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

let seq = 0;

/** A ticket with neutral defaults; `acceptedAt` may be given as a local date string. */
export function ticket(p: Partial<Omit<Ticket, 'acceptedAt'>> & { acceptedAt?: number | string } = {}): Ticket {
  const { acceptedAt, ...rest } = p;
  return {
    id: `T${String(++seq).padStart(6, '0')}`,
    acceptedAt: typeof acceptedAt === 'string' ? at(acceptedAt) : acceptedAt ?? at('2025-01-01 09:00'),
    channel: '电话', kind: '投诉', category: '城乡建设/物业管理/停车管理', content: '', district: '东城区', street: '',
    address: '', callerName: '', callerPhone: '', urgency: '一般', unit: '东城区住建委', unitType: '市级部门',
    dispatchedAt: null, dueAt: null, status: '办理中', closedAt: null, reply: '', surveyedAt: null,
    responded: '', resolved: '', satisfaction: '', exempted: '', rejectCount: null, reopenCount: null, extra: {},
    ...rest,
  };
}

export function table(tickets: Ticket[], events?: FlowEvent[]): TicketTable {
  return buildTicketTable(tickets, events);
}

