import { describe, expect, it } from 'vitest';
import { unitSignals } from '@core/chronic/unit-signals';
import { explainCase, explainFlag } from '@core/chronic/explain';
import { detectChronic } from '@core/chronic/chronic-index';
import { CHRONIC_V1 } from '@core/chronic/rule-set';
import type { FlowEvent } from '@core/data/tickets/ticket';
import { at, table, ticket } from './factory';

const ev = (t: string, h: number, action: FlowEvent['action'], unit: string, target: string, seq: number): FlowEvent =>
  ({ ticket: t, at: at('2025-03-01 08:00') + h * 3_600_000, action, unit, target, note: '', seq });

describe('unitSignals', () => {
  it('counts rejects, A → B → A returns, acceptance delay and overturned rejects from events', () => {
    const tickets = [ticket({ id: 'K1', unit: '甲街道' }), ticket({ id: 'K2', unit: '乙局' })];
    const events = [
      ev('K1', 0, '派单', '热线', '甲街道', 1), ev('K1', 2, '退单', '甲街道', '', 2), ev('K1', 3, '改派', '热线', '乙局', 3),
      ev('K1', 4, '签收', '乙局', '', 4), ev('K1', 5, '改派', '热线', '甲街道', 5), ev('K1', 9, '签收', '甲街道', '', 6),
      ev('K2', 0, '派单', '热线', '乙局', 7), ev('K2', 1, '签收', '乙局', '', 8),
    ];
    const s = unitSignals(table(tickets, events), events);
    const jia = s.find((x) => x.unit === '甲街道')!;
    expect(jia).toMatchObject({ received: 2, rejects: 1, rejectRate: 0.5, pingPongTickets: ['K1'], overturnedRejects: ['K1'], acceptHoursMedian: 4, acceptSamples: 1 });
    const yi = s.find((x) => x.unit === '乙局')!;
    expect(yi).toMatchObject({ received: 2, rejects: 0, rejectRate: 0, pingPongTickets: [], acceptHoursMedian: 1, acceptSamples: 2 });
  });

  it('flags closed-unresolved, recurrence within 30 days of closing and boilerplate replies', () => {
    const reply = '已联系诉求人，问题已解决，感谢监督';
    const closed = at('2025-04-01 10:00');
    const tickets = [
      ticket({ id: 'M1', unit: '丙局', address: '东四3号', closedAt: closed, resolved: '未解决', reply }),
      ticket({ id: 'M2', unit: '丙局', address: '东四3号', acceptedAt: closed + 30 * 86_400_000 }),
      ticket({ id: 'M3', unit: '丙局', address: '东四4号', closedAt: closed, reply, category: '交通管理/停车' }),
      ticket({ id: 'M4', unit: '丙局', address: '东四5号', closedAt: closed, reply, category: '环境保护/噪声' }),
      ticket({ id: 'M5', unit: '丙局', address: '东四6号', closedAt: closed, reply: `${reply}。` }),
      ticket({ id: 'M6', unit: '丙局', address: '东四7号', closedAt: closed, reply, acceptedAt: closed - 86_400_000 }),
      ticket({ id: 'M7', unit: '丙局', address: '东四4号', closedAt: closed, category: '交通管理/停车', acceptedAt: closed + 31 * 86_400_000 }),
    ];
    const s = unitSignals(table(tickets), null).find((x) => x.unit === '丙局')!;
    expect(s.closedUnresolved).toEqual(['M1']);
    expect(s.recurredAfterClose).toEqual(['M1']);
    expect(s.boilerplateReplies).toEqual([]); // 5 tickets but '。' makes M5 differ: only 4 alike
    const more = unitSignals(table([...tickets, ticket({ id: 'M8', unit: '丙局', address: '东四8号', reply })]), null).find((x) => x.unit === '丙局')!;
    expect(more.boilerplateReplies).toEqual([{ text: reply.normalize('NFKC'), tickets: ['M1', 'M3', 'M4', 'M6', 'M8'] }]);
  });
});

describe('explanations', () => {
  it('names the rule, shared key, dates, gaps and similarity', () => {
    const text = '小区楼下烧烤店油烟很大，每天晚上营业到很晚';
    const list = [1, 2, 3].map((i) => ticket({ id: `X${i}`, address: '和平里1号院', street: '和平里街道', content: text, acceptedAt: `2025-06-0${i}`, callerPhone: '13800138000' }));
    const tb = table([...list, ticket({ id: 'Y1', reopenCount: 3, rejectCount: 2 })]);
    const d = detectChronic(tb, CHRONIC_V1, '2025-06-30');
    const r1 = explainCase(tb, d.cases.find((c) => c.rule === 'R1')!, CHRONIC_V1.body).join('\n');
    expect(r1).toContain('二级分类都是"城乡建设/物业管理"');
    expect(r1).toContain('相邻间隔 1.0、1.0 天');
    const r2 = explainCase(tb, d.cases.find((c) => c.rule === 'R2')!, CHRONIC_V1.body).join('\n');
    expect(r2).toContain('138****8000');
    expect(r2).not.toContain('13800138000');
    const r6 = explainCase(tb, d.cases.find((c) => c.rule === 'R6')!, CHRONIC_V1.body).join('\n');
    expect(r6).toMatch(/X1 ↔ X2：相似度 1\.00/);
    expect(explainFlag(tb, d.flags[0]!, CHRONIC_V1.body).join('\n')).toMatch(/重办 3 次[\s\S]*退单 2 次/);
  });
});
