import type { Ticket } from '@core/data/tickets/ticket';

/** A ticket with plausible defaults; tests override what they look at. */
export function makeTicket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 'T1', acceptedAt: Date.UTC(2024, 0, 5, 2), channel: '电话', kind: '投诉', category: '城乡建设/物业管理/停车管理',
    content: '小区夜间施工扰民', district: '东城区', street: '和平里街道', address: '和平里北街 3 号', callerName: '张三',
    callerPhone: '13800138000', urgency: '一般', unit: '东城区城管局', unitType: '区', dispatchedAt: Date.UTC(2024, 0, 5, 3),
    dueAt: Date.UTC(2024, 0, 12), status: '已办结', closedAt: Date.UTC(2024, 0, 8), reply: '已转办城管局处理', surveyedAt: null,
    responded: '是', resolved: '已解决', satisfaction: '满意', exempted: '', rejectCount: null, reopenCount: 1, extra: {},
    ...over,
  };
}
