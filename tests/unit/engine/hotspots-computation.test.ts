import { describe, expect, it } from 'vitest';
import { TableBuilder, type StoreTable } from '@core/data/store/store-table';
import type { Ticket } from '@core/data/tickets/ticket';
import { hotspotsComputation, type HotspotsResponse } from '@renderer/engine/computations/hotspots';
import { at, monthTickets, randomTickets } from '../campaigns/factory';
import { refDispatched, refHotspots } from '../campaigns/reference';

function build(ts: readonly Ticket[]): StoreTable {
  const b = new TableBuilder();
  for (const t of ts) b.append(t);
  return b.finish();
}

const tickets = [...randomTickets(5, 4000), ...monthTickets('2025-05', 40, { category: '住房/物业管理/停车管理', district: '南湖区', street: '湖滨街道' })];
const tb = build(tickets);

describe('engine computation "hotspots"', () => {
  it('month: the section 9 JSON (as the reference), a 24-month series and weekly counts per listed group', () => {
    const r = hotspotsComputation(tb, { month: '2025-05', by: 'category2,district' }) as HotspotsResponse;
    expect(r.report).toEqual({ month: '2025-05', by: ['category2', 'district'], groups: expect.any(Array) });
    const ref = refHotspots(tickets, '2025-05', ['category2', 'district']);
    expect(r.report.groups.map((g) => [g.key, g.count, g.hotspot])).toEqual(ref.map((g) => [g.key, g.count, g.hotspot]));
    expect(r.report.groups[0]!.key).toEqual({ category2: '住房/物业管理', district: '南湖区' });
    expect(r.series.months).toHaveLength(24);
    expect(r.series.months.at(-1)).toBe('2025-05');
    r.report.groups.forEach((g, i) => {
      expect(r.series.values[i]!.at(-1)).toBe(g.count);
      expect(r.parts[i]).toEqual([g.key.category2, g.key.district]);
    });
    // Each week counts the group's tickets from its Monday to its Sunday (weeks may reach into April and June).
    const g0 = r.parts[0]!;
    const cat2 = (t: Ticket) => t.category.split(/[/>]/).map((x) => x.trim()).filter(Boolean).slice(0, 2).join('/');
    r.weekly.weeks.forEach((w, k) => {
      const from = at(w.start), to = at(w.end) + 86_400_000;
      const n = tickets.filter((t) => refDispatched(t) && t.acceptedAt >= from && t.acceptedAt < to && t.district === g0[1] && cat2(t) === g0[0]).length;
      expect(r.weekly.values[0]![k]).toBe(n);
    });
    expect(r.weekly.weeks.length).toBe(9); // 4 weeks before the week of 2025-05-01, then 5 weeks holding May
    expect(r.weekly.weeks.reduce((s, w) => s + w.daysInMonth, 0)).toBe(31);
  });

  it('ids: the tickets behind a cell, for the month or one week', () => {
    const month = hotspotsComputation(tb, { op: 'ids', month: '2025-05', by: ['category2', 'district'], parts: ['住房/物业管理', '南湖区'] }) as string[];
    const r = hotspotsComputation(tb, { month: '2025-05', by: ['category2', 'district'] }) as HotspotsResponse;
    expect(month).toHaveLength(r.report.groups[0]!.count);
    const w = r.weekly.weeks.find((x) => x.daysInMonth === 7)!;
    const week = hotspotsComputation(tb, { op: 'ids', month: '2025-05', by: ['category2', 'district'], parts: ['住房/物业管理', '南湖区'], week: w.start }) as string[];
    expect(week).toHaveLength(r.weekly.values[0]![r.weekly.weeks.indexOf(w)]!);
    expect(() => hotspotsComputation(tb, { op: 'ids', month: '2025-5', by: 'district', parts: ['x'] })).toThrow(/月份「2025-5」无效/);
    expect(() => hotspotsComputation(tb, { month: '2025-05', by: 'month' })).toThrow(/不能是 month/);
  });
});
