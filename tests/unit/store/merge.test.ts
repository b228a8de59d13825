import { describe, expect, it } from 'vitest';
import { mergeBatch, sameTicket } from '@core/data/store/merge';
import { TableBuilder, ticketAt } from '@core/data/store/store-table';
import { makeTicket } from './ticket-factory';

function storeOf(tickets = [makeTicket({ id: 'A' }), makeTicket({ id: 'B', status: '办理中', closedAt: null })]) {
  const b = new TableBuilder();
  for (const t of tickets) b.append(t);
  const table = b.finish();
  const index = new Map(table.text.id.toArray().map((id, i) => [id, i]));
  return { table, rowOf: (id: string) => index.get(id), read: (r: number) => ticketAt(table, r) };
}

describe('mergeBatch (DOMAIN.md section 2 re-import)', () => {
  it('inserts new ids, updates changed ones with history, leaves identical ones', () => {
    const s = storeOf();
    const batch = [
      makeTicket({ id: 'A' }),
      makeTicket({ id: 'B', status: '已办结', satisfaction: '不满意' }),
      makeTicket({ id: 'C' }),
    ];
    const { ops, counts } = mergeBatch(batch, s.rowOf, s.read, 'march.csv', 1000);
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const upd = ops.find((o) => o.op === 'update');
    expect(upd).toMatchObject({ op: 'update', row: 1, history: { ticket: 'B', at: 1000, importName: 'march.csv', previous: { status: '办理中', resolved: '已解决', satisfaction: '满意', exempted: '' } } });
  });

  it('treats the same file twice as all unchanged', () => {
    const tickets = [makeTicket({ id: 'A' }), makeTicket({ id: 'B', extra: { 备注: 'x' } })];
    const s = storeOf(tickets);
    expect(mergeBatch(tickets, s.rowOf, s.read, 'f', 1).counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('sees null versus 0 counts and extra fields as differences', () => {
    const a = makeTicket({ rejectCount: null });
    expect(sameTicket(a, makeTicket({ rejectCount: 0 }))).toBe(false);
    expect(sameTicket(a, makeTicket({ rejectCount: null, extra: { 备注: '新' } }))).toBe(false);
    expect(sameTicket(makeTicket({ extra: { 备注: '' } }), makeTicket())).toBe(true);
  });
});

describe('TableBuilder', () => {
  it('round-trips tickets through columns, including nulls and extras', () => {
    const t1 = makeTicket({ id: 'X', dueAt: null, extra: { 来源: '网站' }, rejectCount: 0, reopenCount: null });
    const t2 = makeTicket({ id: 'Y', kind: '', status: '' });
    const b = new TableBuilder(undefined, 1);
    b.append(t1);
    b.append(t2);
    const table = b.finish();
    expect(table.n).toBe(2);
    expect(ticketAt(table, 0)).toEqual(t1);
    expect(ticketAt(table, 1)).toEqual(t2);
    expect(table.codes.category1[0]).toBe(table.dicts.category1.index.get('城乡建设'));
    expect(table.rejects[0]).toBe(0);
    expect(table.reopens[1]).toBe(1);
  });

  it('leaves the base table untouched when building on it', () => {
    const s = storeOf();
    const b = new TableBuilder(s.table);
    b.set(0, makeTicket({ id: 'A', status: '重办中' }));
    b.append(makeTicket({ id: 'Z', unit: '新单位' }));
    const next = b.finish();
    expect(ticketAt(s.table, 0).status).toBe('已办结');
    expect(s.table.dicts.unit.index.has('新单位')).toBe(false);
    expect(ticketAt(next, 0).status).toBe('重办中');
    expect(next.n).toBe(3);
  });

  it('derives rejects, reopens and ping-pong from events when given', () => {
    const s = storeOf([makeTicket({ id: 'A', rejectCount: 5 })]);
    const b = new TableBuilder(s.table);
    const ev = (action: '派单' | '改派' | '退单', target: string, at: number) => ({ ticket: 'A', at, action, unit: '', target, note: '', seq: at });
    b.applyEvents(new Map([['A', [ev('派单', '甲', 1), ev('退单', '', 2), ev('改派', '乙', 3), ev('改派', '甲', 4)]]]));
    const t = b.finish();
    expect(t.rejects[0]).toBe(1);
    expect(t.pingPong[0]).toBe(1);
    expect(t.dispatchSeq[0]).toEqual(['甲', '乙', '甲']);
    expect(ticketAt(t, 0).rejectCount).toBe(5);
  });
});
