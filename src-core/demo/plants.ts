import type { Leaf } from './categories';
import type { DayPlan } from './calendar';
import type { StreetPlace } from './places';
import { fakeName, fakePhone } from './people';
import { Rng } from './prng';

/**
 * Chronic patterns of DOMAIN.md section 6, planted at fixed ticket slots before generation so
 * that the result does not depend on how the output is chunked. Each entry overrides what the
 * slot's ticket would otherwise be.
 */
export type Plant =
  /** R1: same home address and category level 2, gaps ≤ 90 days. */
  | { rule: 'R1'; street: number; address: string; place: string; leaves: readonly number[] }
  /** R2: same caller (phone) and category level 1, gaps ≤ 30 days. */
  | { rule: 'R2'; street: number; address: string; place: string; leaves: readonly number[]; name: string; phone: string }
  /** R3: reopened `times` ≥ 2 times. */
  | { rule: 'R3'; times: number }
  /** R4: buck-passing: two rejects, a reject ping-pong A→B→A, or a redispatch ping-pong without rejects. */
  | { rule: 'R4'; mode: 'double' | 'pingpong' | 'redispatch' }
  /** R5: still open more than 30 days after its due time at the data end. */
  | { rule: 'R5' }
  /** R6: near-duplicate content in one street; house numbers differ and a short remark may be appended. */
  | { rule: 'R6'; street: number; leaf: number; road: string; frame: number; phrase: number; who: number; detail: number; kind: '投诉' | '求助' }
  /** A hotspot of DOMAIN.md section 9: a burst of calls on a few leaves in a few streets within days. */
  | { rule: 'hotspot'; leaves: readonly number[]; streets: readonly number[] };

/** How many of each pattern to plant per 200,000 tickets (DOMAIN.md: a few dozen each). */
export const PLANTS_PER_200K = { R1: 36, R2: 30, R3: 40, R4: 45, R5: 35, R6: 30 } as const;

type PlanInput = { plan: DayPlan; total: number; seed: number; leaves: readonly Leaf[]; streets: readonly StreetPlace[] };

/** A home address in `s` and its short form for content sentences. */
export function homeAddress(rng: Rng, s: StreetPlace): { address: string; place: string } {
  const compound = rng.pick(s.compounds);
  const b = rng.int(1, 30), u = rng.int(1, 6);
  const place = `${compound}${b}号楼`;
  return { address: `${s.district}${s.street}${place}${u}单元`, place };
}

/** Chooses slots for every planted pattern; returns slot → plant. */
export function planPlants(inp: PlanInput): Map<number, Plant> {
  const { plan, total, leaves, streets } = inp;
  const rng = new Rng(inp.seed ^ 0x3c6ef372);
  const out = new Map<number, Plant>();
  const scale = total / 200_000;
  const counts = Object.fromEntries(
    Object.entries(PLANTS_PER_200K).map(([k, v]) => [k, Math.max(4, Math.round(v * scale))]),
  ) as Record<keyof typeof PLANTS_PER_200K, number>;
  // Small cities cannot hold the minimum: keep planted tickets under a quarter of all tickets.
  const slotsNeeded = counts.R1 * 5 + counts.R2 * 6 + counts.R6 * 5 + counts.R3 + counts.R4 + counts.R5;
  if (slotsNeeded > total / 4) {
    const f = total / 4 / slotsNeeded;
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] = Math.floor(counts[k] * f);
  }

  const take = (day: number, p: Plant): void => {
    for (let d = Math.max(0, Math.min(plan.days - 1, day)), tries = 0; tries < plan.days; tries++, d = (d + 1) % plan.days) {
      const n = plan.counts[d]!;
      if (n === 0) continue;
      const off = rng.int(0, n - 1);
      for (let i = 0; i < n; i++) {
        const slot = plan.first[d]! + ((off + i) % n);
        if (!out.has(slot)) { out.set(slot, p); return; }
      }
    }
  };
  /** Days of a chain of `len` members with gaps in [lo, hi] days, fitted into the plan. */
  const chainDays = (len: number, lo: number, hi: number, latest = plan.days - 1): number[] => {
    const maxGap = Math.max(0, Math.min(hi, Math.floor(latest / Math.max(1, len - 1))));
    const gaps = Array.from({ length: len - 1 }, () => rng.int(Math.min(lo, maxGap), maxGap));
    const span = gaps.reduce((a, b) => a + b, 0);
    let d = rng.int(0, Math.max(0, latest - span));
    const days = [d];
    for (const g of gaps) days.push((d += g));
    return days;
  };

  const byL2 = new Map<string, number[]>();
  const byL1 = new Map<string, number[]>();
  for (const l of leaves) {
    const k2 = `${l.l1}/${l.l2}`;
    if (!byL2.has(k2)) byL2.set(k2, []);
    byL2.get(k2)!.push(l.index);
    if (!byL1.has(l.l1)) byL1.set(l.l1, []);
    byL1.get(l.l1)!.push(l.index);
  }
  const homeL2 = [...byL2.values()].filter((ix) => leaves[ix[0]!]!.addr === 'home' && ix.length >= 2);
  const r2L1 = ['住房', '城乡建设', '公共服务', '市场管理', '社会秩序', '劳动和社会保障'].map((n) => byL1.get(n)!);
  const dupLeaves = leaves.filter((l) => (l.addr === 'road' || l.addr === 'home') && l.nature !== 'p').map((l) => l.index);

  for (let i = 0; i < counts.R1; i++) {
    const street = rng.int(0, streets.length - 1);
    const { address, place } = homeAddress(rng, streets[street]!);
    const l2 = rng.pick(homeL2);
    const len = rng.int(3, 5);
    const p: Plant = { rule: 'R1', street, address, place, leaves: l2 };
    for (const d of chainDays(len, 10, 80)) take(d, p);
  }
  for (let i = 0; i < counts.R2; i++) {
    const street = rng.int(0, streets.length - 1);
    const { address, place } = homeAddress(rng, streets[street]!);
    const p: Plant = { rule: 'R2', street, address, place, leaves: rng.pick(r2L1), name: fakeName(rng), phone: fakePhone(rng) };
    for (const d of chainDays(rng.int(3, 6), 2, 25)) take(d, p);
  }
  for (let i = 0; i < counts.R6; i++) {
    const s = streets[rng.int(0, streets.length - 1)]!;
    const len = rng.int(3, 5);
    const p: Plant = {
      rule: 'R6', street: streets.indexOf(s), leaf: rng.pick(dupLeaves), road: rng.pick(s.roads),
      frame: rng.int(0, 1), phrase: rng.int(0, 3), who: rng.int(0, 11), detail: rng.int(0, 11), kind: rng.chance(0.5) ? '投诉' : '求助',
    };
    for (const d of chainDays(len, 5, 60)) take(d, p);
  }
  // Reopen and buck-passing chains need room to play out before the data end.
  const settled = Math.max(0, plan.days - 60);
  // Two or three reopen cycles can take a few months.
  for (let i = 0; i < counts.R3; i++) take(rng.int(0, Math.max(0, plan.days - 150)), { rule: 'R3', times: rng.chance(0.7) ? 2 : 3 });
  const modes = ['double', 'pingpong', 'redispatch'] as const;
  for (let i = 0; i < counts.R4; i++) take(rng.int(0, settled), { rule: 'R4', mode: modes[i % 3]! });
  // Long-overdue tickets are accepted 60–240 days before the end, so due + 30 days has passed.
  for (let i = 0; i < counts.R5; i++) {
    take(Math.max(0, plan.days - rng.int(60, 240)), { rule: 'R5' });
  }
  planHotspot(inp, take);
  return out;
}

/**
 * The month's clear hotspot (DOMAIN.md section 9) in the last full month of the data: a water
 * main burst in 南湖区 — calls about 停水, 水压不足 and 水质问题 from five of its streets over five
 * days of the month's second week. max(24, 0.035 % of all tickets) calls, so that the group
 * 公共服务/供水 × 南湖区 has x ≥ 20 and z ≥ 3 at every demo size; none when that would be more
 * than a third of the month's tickets (tiny or short cities).
 */
function planHotspot(inp: PlanInput, take: (day: number, p: Plant) => void): void {
  const { plan, total, leaves, streets } = inp;
  const lastDay = new Date(plan.endMs + 8 * 3600_000);
  // The last full month: the data's last month when it ends on that month's last day, else the one before.
  const endsMonth = new Date(plan.endMs + 8 * 3600_000 + 1000).getUTCDate() === 1;
  const y = lastDay.getUTCFullYear(), mo = lastDay.getUTCMonth() - (endsMonth ? 0 : 1);
  const monthStart = Date.UTC(y, mo, 1) - 8 * 3600_000;
  const d0 = Math.round((monthStart - plan.startMs) / 86_400_000);
  const d1 = Math.round((Date.UTC(y, mo + 1, 1) - 8 * 3600_000 - plan.startMs) / 86_400_000);
  if (d0 < 0 || d1 > plan.days) return;
  const inMonth = plan.first[d1]! - plan.first[d0]!;
  const n = Math.max(24, Math.round(total * 0.00035));
  if (n * 3 > inMonth) return;
  const leafIx = (path: string): number => leaves.findIndex((l) => l.path === path);
  const water = [leafIx('公共服务/供水/停水'), leafIx('公共服务/供水/停水'), leafIx('公共服务/供水/停水'), leafIx('公共服务/供水/水压不足'), leafIx('公共服务/供水/水质问题')].filter((i) => i >= 0);
  const south = ['湖滨街道', '望湖街道', '南湖街道', '荷花池街道', '翠湖街道'].map((s) => streets.findIndex((x) => x.district === '南湖区' && x.street === s)).filter((i) => i >= 0);
  if (water.length === 0 || south.length === 0) return;
  const p: Plant = { rule: 'hotspot', leaves: water, streets: south };
  // Days 8–12 of the month, most calls on the first two days after the burst.
  const weights = [0.34, 0.26, 0.18, 0.12, 0.1];
  let left = n;
  weights.forEach((wt, k) => {
    const m = k === weights.length - 1 ? left : Math.round(n * wt);
    for (let i = 0; i < m; i++) take(d0 + 7 + k, p);
    left -= m;
  });
}
