import { describe, expect, it } from 'vitest';
import { maskKindFor, maskTicket, maskTicketField, PERSONAL_TICKET_KEYS } from '@core/data/masking';
import type { Ticket } from '@core/data/tickets/ticket';

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: '20240315000123', acceptedAt: 0, channel: '电话', kind: '投诉', category: '城乡建设/物业管理',
    content: '来电人13812345678反映噪音', district: '东城区', street: '东华门街道', address: '某小区3号楼',
    callerName: '张晓明', callerPhone: '13812345678', urgency: '一般', unit: '东城区住建委', unitType: '区',
    dispatchedAt: null, dueAt: null, status: '办理中', closedAt: null, reply: '已联系13812345678', surveyedAt: null,
    responded: '', resolved: '', satisfaction: '', exempted: '', rejectCount: null, reopenCount: null,
    extra: {}, ...overrides,
  };
}

describe('maskTicketField', () => {
  it('masks the personal columns of DOMAIN.md section 2 by their kind', () => {
    expect(PERSONAL_TICKET_KEYS).toEqual(['content', 'callerName', 'callerPhone']);
    expect(maskTicketField('callerName', '张晓明')).toBe('张*明');
    expect(maskTicketField('callerPhone', '13812345678')).toBe('138****5678');
    expect(maskTicketField('content', '电话13812345678')).toBe('电话138****5678');
  });

  it('never masks structured columns such as the ticket id', () => {
    expect(maskTicketField('id', '20240315000123')).toBe('20240315000123');
    expect(maskTicketField('unit', '东城区住建委')).toBe('东城区住建委');
    expect(maskKindFor('category')).toBe('none');
  });

  it('classifies extra columns by their header', () => {
    expect(maskTicketField('身份证号', '110101199003071234')).toBe('11*************234');
    expect(maskTicketField('联系人姓名', '李四')).toBe('李*');
    expect(maskTicketField('备用电话', '13912345678')).toBe('139****5678');
    expect(maskTicketField('备注', '另一号码13912345678')).toBe('另一号码139****5678');
  });

  it('maskTicket masks every personal and free-text field, leaves the input untouched', () => {
    const t = ticket({ extra: { 身份证号: '110101199003071234' } });
    const m = maskTicket(t);
    expect(m.callerName).toBe('张*明');
    expect(m.callerPhone).toBe('138****5678');
    expect(m.content).toBe('来电人138****5678反映噪音');
    expect(m.reply).toBe('已联系138****5678');
    expect(m.extra['身份证号']).toBe('11*************234');
    expect(m.id).toBe(t.id);
    expect(t.callerPhone).toBe('13812345678');
    expect(JSON.stringify(m)).not.toMatch(/1[3-9]\d{9}/);
  });
});
