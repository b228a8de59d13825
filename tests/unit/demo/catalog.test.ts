import { describe, expect, it } from 'vitest';
import { cityCatalog, generateCity } from '@core/demo/index';
import { buildLeaves } from '@core/demo/categories';
import { UNIT_TYPES } from '@core/data/tickets/ticket';

const cat = cityCatalog();

function leaves(): string[] {
  const out: string[] = [];
  for (const l1 of cat.categories) for (const l2 of l1.children ?? []) for (const l3 of l2.children ?? []) out.push(`${l1.name}/${l2.name}/${l3.name}`);
  return out;
}

describe('cityCatalog', () => {
  it('has at least 12 districts and 150 uniquely named streets', () => {
    expect(cat.districts.length).toBeGreaterThanOrEqual(12);
    const streets = cat.districts.flatMap((d) => d.streets);
    expect(streets.length).toBeGreaterThanOrEqual(150);
    expect(new Set(streets).size).toBe(streets.length);
    for (const s of streets) expect(s).toMatch(/(街道|镇|乡)$/);
    for (const d of cat.districts) expect(d.name).toMatch(/区$/);
  });

  it('has at least 60 uniquely named units covering all five unit types', () => {
    expect(cat.units.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cat.units.map((u) => u.name)).size).toBe(cat.units.length);
    for (const type of UNIT_TYPES) expect(cat.units.filter((u) => u.type === type).length, type).toBeGreaterThanOrEqual(type === '其他' ? 3 : 10);
    const names = new Set(cat.units.map((u) => u.name));
    for (const n of ['市住房城乡建设委', '市市场监管局', '市交通委', '市自来水集团', '市燃气集团', '市热力集团', '国网市电力公司']) expect(names.has(n), n).toBe(true);
  });

  it('has a three-level category tree with at least 150 leaves led by the common hotline categories', () => {
    const ls = leaves();
    expect(ls.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ls).size).toBe(ls.length);
    const l1 = cat.categories.map((c) => c.name);
    for (const n of ['市场管理', '公共服务', '住房', '医疗卫生', '城乡建设', '交通管理', '社会秩序', '劳动和社会保障', '教育']) expect(l1).toContain(n);
    for (const c of cat.categories) for (const l2 of c.children ?? []) expect(l2.children?.length ?? 0).toBeGreaterThan(0);
  });

  it('is the vocabulary of the generated tickets', () => {
    const { tickets } = generateCity({ tickets: 5000, seed: 7 });
    const units = new Map(cat.units.map((u) => [u.name, u.type]));
    const streets = new Map(cat.districts.flatMap((d) => d.streets.map((s) => [s, d.name] as const)));
    const ls = new Set(leaves());
    for (const t of tickets) {
      expect(ls.has(t.category), t.category).toBe(true);
      expect(streets.get(t.street), t.street).toBe(t.district);
      expect(cat.channels).toContain(t.channel);
      if (t.unit) expect(units.get(t.unit), t.unit).toBe(t.unitType);
    }
    // The city is covered, not just a corner of it.
    expect(new Set(tickets.map((t) => t.street)).size).toBeGreaterThan(150);
    expect(new Set(tickets.map((t) => t.unit)).size).toBeGreaterThan(100);
  });

  it('routes every leaf only to catalog units, the street (S) or the district (D)', () => {
    const names = new Set(cat.units.map((u) => u.name));
    const bad = buildLeaves().flatMap((l) => l.routeTargets.filter((r) => r !== 'S' && r !== 'D' && !names.has(r)).map((r) => `${l.path} → ${r}`));
    expect(bad).toEqual([]);
  });

  it('routes problems to units that make sense', () => {
    const { tickets } = generateCity({ tickets: 30_000, seed: 3 });
    const share = (pred: (c: string) => boolean, unit: (u: string) => boolean): number => {
      const sel = tickets.filter((t) => t.unit && pred(t.category));
      return sel.filter((t) => unit(t.unit)).length / sel.length;
    };
    expect(share((c) => c.startsWith('公共服务/供暖/'), (u) => u === '市热力集团' || /(街道|镇|乡)$/.test(u) || u === '市城市管理委')).toBeGreaterThan(0.9);
    expect(share((c) => c.startsWith('公共服务/供暖/'), (u) => u === '市热力集团')).toBeGreaterThan(0.4);
    expect(share((c) => c.startsWith('市场管理/食品安全/'), (u) => u === '市市场监管局')).toBeGreaterThan(0.7);
    expect(share((c) => c.startsWith('医疗卫生/医疗保障/'), (u) => u === '市医保局')).toBeGreaterThan(0.85);
    // Street-level problems go to the street of the address when a street handles them.
    const street = tickets.filter((t) => t.unitType === '街乡镇' && t.rejectCount === 0);
    expect(street.filter((t) => t.unit === t.street).length / street.length).toBeGreaterThan(0.95);
  });
});
