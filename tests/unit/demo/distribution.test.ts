import { describe, expect, it } from 'vitest';
import { generateCity } from '@core/demo/index';
import type { Ticket } from '@core/data/tickets/ticket';
import { epochToLocalParts } from '@core/base/time/shanghai';

const { tickets } = generateCity({ tickets: 60_000, seed: 2024 });
const month = (t: Ticket): number => epochToLocalParts(t.acceptedAt).mo;
const hour = (t: Ticket): number => epochToLocalParts(t.acceptedAt).h;

/** Share of tickets matching `pred` among those accepted in local month `mo` (1–12). */
function shareIn(mo: number, pred: (t: Ticket) => boolean): number {
  const sel = tickets.filter((t) => month(t) === mo);
  return sel.filter(pred).length / sel.length;
}

describe('demo city distributions', () => {
  it('has kind shares like published ones', () => {
    const share = (k: string): number => tickets.filter((t) => t.kind === k).length / tickets.length;
    expect(share('咨询')).toBeCloseTo(0.5, 1);
    expect(share('求助')).toBeCloseTo(0.33, 1);
    expect(share('投诉')).toBeGreaterThan(0.07);
    expect(share('投诉')).toBeLessThan(0.13);
    expect(share('举报')).toBeGreaterThan(0.015);
    expect(share('建议')).toBeGreaterThan(0.01);
    for (const k of ['表扬', '其他']) {
      expect(share(k)).toBeGreaterThan(0.002);
      expect(share(k)).toBeLessThan(0.03);
    }
    expect(share('咨询')).toBeGreaterThan(share('求助'));
    expect(share('求助')).toBeGreaterThan(share('投诉'));
    expect(share('投诉')).toBeGreaterThan(share('举报'));
  });

  it('is led by the categories real hotlines report most', () => {
    const by = new Map<string, number>();
    for (const t of tickets) { const l1 = t.category.split('/')[0]!; by.set(l1, (by.get(l1) ?? 0) + 1); }
    const top9 = [...by].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([k]) => k);
    expect(new Set(top9)).toEqual(new Set(['市场管理', '公共服务', '住房', '医疗卫生', '城乡建设', '交通管理', '社会秩序', '劳动和社会保障', '教育']));
  });

  it('has seasons: heating in winter, waterlogging in summer, school enrolment in spring and summer, night construction noise in summer', () => {
    const heating = (t: Ticket): boolean => t.category.startsWith('公共服务/供暖/');
    expect(shareIn(1, heating)).toBeGreaterThan(5 * shareIn(7, heating));
    const flood = (t: Ticket): boolean => t.category === '城乡建设/排水/积水内涝';
    expect(shareIn(7, flood)).toBeGreaterThan(5 * shareIn(1, flood));
    const school = (t: Ticket): boolean => t.category.startsWith('教育/入学/');
    expect(shareIn(5, school)).toBeGreaterThan(3 * shareIn(11, school));
    const noise = (t: Ticket): boolean => t.category === '城乡建设/施工管理/夜间施工噪音';
    const night = (t: Ticket): boolean => hour(t) >= 21 || hour(t) < 3;
    const nightNoise = (mos: number[]): number => tickets.filter((t) => noise(t) && mos.includes(month(t)) && night(t)).length;
    expect(nightNoise([6, 7, 8])).toBeGreaterThan(4 * nightNoise([12, 1, 2]));
  });

  it('has more calls on Mondays than on Sundays and in daytime than at night', () => {
    const dow = (t: Ticket): number => epochToLocalParts(t.acceptedAt).dow;
    expect(tickets.filter((t) => dow(t) === 1).length).toBeGreaterThan(1.2 * tickets.filter((t) => dow(t) === 0).length);
    expect(tickets.filter((t) => hour(t) === 10).length).toBeGreaterThan(10 * tickets.filter((t) => hour(t) === 4).length);
  });

  it('uses all five channels with the phone first', () => {
    const by = new Map<string, number>();
    for (const t of tickets) by.set(t.channel, (by.get(t.channel) ?? 0) + 1);
    expect([...by.keys()].sort()).toEqual(['APP', '小程序', '微信', '电话', '网站'].sort());
    expect(by.get('电话')! / tickets.length).toBeGreaterThan(0.5);
  });

  it('has units that are clearly better or worse than others', () => {
    const stats = new Map<string, { n: number; sat: number; res: number; resN: number }>();
    for (const t of tickets) {
      if (!t.unit || t.satisfaction === '') continue;
      let s = stats.get(t.unit);
      if (!s) stats.set(t.unit, (s = { n: 0, sat: 0, res: 0, resN: 0 }));
      s.n++;
      if (t.satisfaction !== '不满意') s.sat++;
      if (t.resolved) { s.resN++; if (t.resolved === '已解决') s.res++; }
    }
    const rate = (u: string): number => { const s = stats.get(u)!; return s.sat / s.n; };
    const big = [...stats].filter(([, s]) => s.n >= 100).map(([u]) => u);
    const rates = big.map(rate).sort((a, b) => a - b);
    // A wide spread between the best and the worst units, not everyone at the same level.
    expect(rates[rates.length - 1]! - rates[0]!).toBeGreaterThan(0.15);
    expect(rate('市自来水集团')).toBeGreaterThan(rate('市燃气集团') + 0.1);
  });
});
