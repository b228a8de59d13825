/**
 * An independent, deliberately plain implementation of DOMAIN.md section 5 (default-v1) over
 * Ticket objects, row by row: the oracle the engine is compared with. It shares nothing with
 * src-core/assess; only the domain types and the normalization of section 4.
 */
import { addressKey, categoryLevel } from '@core/base/text/normalize';
import { monthOf } from '@core/base/time/shanghai';
import type { Ticket } from '@core/data/tickets/ticket';

export type RefKey = 'unit' | 'district' | 'street' | 'category1' | 'month';
export const REF_RATES = [
  'responseRate', 'resolutionRate', 'satisfactionRate', 'closureRate',
  'onTimeRate', 'rejectRate', 'reopenRate', 'recurrenceRate',
] as const;
export type RefRate = (typeof REF_RATES)[number];

export type RefGroup = {
  key: Record<string, string>;
  dispatched: number;
  evaluated: number;
  score: number | null;
  ci: Record<string, [number, number] | null>;
  rank: number | null;
  insufficient: boolean;
  [rate: string]: unknown;
};

const DAY = 24 * 60 * 60 * 1000;

function refWilson(k: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const z = 1.96;
  const p = k / n;
  const a = p + (z * z) / (2 * n);
  const b = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const d = 1 + (z * z) / n;
  return [Math.max(0, (a - b) / d), Math.min(1, (a + b) / d)];
}

function keyValue(t: Ticket, k: RefKey): string {
  if (k === 'unit') return t.unit;
  if (k === 'district') return t.district;
  if (k === 'street') return t.district + '/' + t.street;
  if (k === 'category1') return categoryLevel(t.category, 1);
  return monthOf(t.acceptedAt);
}

/** Code-point comparison written differently from the engine: via arrays of code points. */
export function cpCompare(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function recurs(t: Ticket, all: readonly Ticket[]): boolean {
  const a = addressKey(t.address);
  const c = categoryLevel(t.category, 2);
  for (const u of all) {
    if (u === t) continue;
    if (addressKey(u.address) !== a || categoryLevel(u.category, 2) !== c) continue;
    if (u.acceptedAt > t.closedAt! && u.acceptedAt <= t.closedAt! + 30 * DAY) return true;
  }
  return false;
}

function groupOf(key: Record<string, string>, ts: readonly Ticket[], all: readonly Ticket[], exempt: ReadonlySet<string>): RefGroup {
  const isEval = (t: Ticket): boolean => t.exempted !== '是' && !exempt.has(t.id);
  const ev = ts.filter(isEval);
  const frac = (num: Ticket[], den: Ticket[]): [number, number] => [num.length, den.length];
  const r: Record<RefRate, [number, number]> = {
    responseRate: frac(ev.filter((t) => t.responded === '是'), ev.filter((t) => t.responded === '是' || t.responded === '否')),
    resolutionRate: frac(ev.filter((t) => t.resolved === '已解决'), ev.filter((t) => t.resolved === '已解决' || t.resolved === '未解决')),
    satisfactionRate: frac(ev.filter((t) => t.satisfaction === '满意' || t.satisfaction === '基本满意'), ev.filter((t) => t.satisfaction !== '')),
    closureRate: frac(ts.filter((t) => t.closedAt !== null), [...ts]),
    onTimeRate: frac(ts.filter((t) => t.closedAt !== null && t.dueAt !== null && t.closedAt <= t.dueAt), ts.filter((t) => t.closedAt !== null && t.dueAt !== null)),
    rejectRate: frac(ts.filter((t) => (t.rejectCount ?? 0) >= 1), [...ts]),
    reopenRate: frac(ts.filter((t) => t.closedAt !== null && (t.reopenCount ?? 0) >= 1), ts.filter((t) => t.closedAt !== null)),
    recurrenceRate: (() => {
      const c = ts.filter((t) => t.closedAt !== null && addressKey(t.address) !== '');
      return frac(c.filter((t) => recurs(t, all)), c);
    })(),
  };
  const g: RefGroup = { key, dispatched: ts.length, evaluated: ev.length, score: null, ci: {}, rank: null, insufficient: false };
  for (const name of REF_RATES) {
    const [num, den] = r[name];
    g[name] = den === 0 ? null : num / den;
    g.ci[name] = refWilson(num, den);
  }
  const resp = g.responseRate as number | null, resol = g.resolutionRate as number | null, sat = g.satisfactionRate as number | null;
  g.score = resp === null || resol === null || sat === null ? null : 100 * (0.1 * resp + 0.45 * resol + 0.45 * sat);
  g.insufficient = g.evaluated < 30 || g.score === null;
  return g;
}

function mostFrequentType(ts: readonly Ticket[]): string {
  const n = new Map<string, number>();
  for (const t of ts) if (t.unitType !== '') n.set(t.unitType, (n.get(t.unitType) ?? 0) + 1);
  let best = '其他', bestN = 0;
  for (const [ty, c] of [...n.entries()].sort((a, b) => cpCompare(a[0], b[0]))) if (c > bestN) { best = ty; bestN = c; }
  return best;
}

/** DOMAIN.md section 5 default-v1: total and groups in the CLI's order. */
export function referenceAssess(
  all: readonly Ticket[], from: number, to: number, by: RefKey[], exemptIds: readonly string[] = [],
): { total: RefGroup; groups: RefGroup[] } {
  const exempt = new Set(exemptIds);
  const scope = all.filter((t) => t.acceptedAt >= from && t.acceptedAt < to && t.unit !== '' && t.status !== '已撤销');
  const buckets = new Map<string, { key: Record<string, string>; parts: string[]; ts: Ticket[] }>();
  for (const t of scope) {
    const parts = by.map((k) => keyValue(t, k));
    const id = JSON.stringify(parts);
    let b = buckets.get(id);
    if (!b) {
      const key: Record<string, string> = {};
      by.forEach((k, i) => { key[k] = parts[i]!; });
      buckets.set(id, (b = { key, parts, ts: [] }));
    }
    b.ts.push(t);
  }
  const byParts = (x: { parts: string[] }, y: { parts: string[] }): number => {
    for (let i = 0; i < x.parts.length; i++) { const c = cpCompare(x.parts[i]!, y.parts[i]!); if (c) return c; }
    return 0;
  };
  const entries = [...buckets.values()].sort(byParts);
  const groups = entries.map((b) => ({ g: groupOf(b.key, b.ts, all, exempt), parts: b.parts, type: mostFrequentType(b.ts) }));
  const total = groupOf({}, scope, all, exempt);
  const single = by.length === 1 ? by[0]! : null;
  if (single !== 'unit' && single !== 'district' && single !== 'street') return { total, groups: groups.map((x) => x.g) };

  const tiers = single === 'unit' ? ['区', '街乡镇', '市级部门', '国有企业', '其他'] : ['*'];
  const out: RefGroup[] = [];
  for (const tier of tiers) {
    const members = groups.filter((x) => single !== 'unit' || x.type === tier);
    const ok = members.filter((x) => !x.g.insufficient);
    ok.sort((x, y) => {
      if (x.g.score !== y.g.score) return y.g.score! - x.g.score!;
      if (x.g.evaluated !== y.g.evaluated) return y.g.evaluated - x.g.evaluated;
      return byParts(x, y);
    });
    ok.forEach((x, i) => { x.g.rank = i + 1; });
    out.push(...ok.map((x) => x.g), ...members.filter((x) => x.g.insufficient).map((x) => x.g));
  }
  return { total, groups: out };
}
