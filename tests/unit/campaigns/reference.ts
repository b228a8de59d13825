/**
 * An independent, deliberately plain reading of DOMAIN.md sections 8 and 9 over ticket objects:
 * no code of src-core beyond types and the local-time helpers, one ticket at a time, strings for
 * months. The engine is property-tested against it.
 */
import type { Ticket } from '@core/data/tickets/ticket';

export type RefSelector = { categories: string[]; districts: string[]; streets: string[]; kinds: string[]; keywords: string[] };

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
const path = (s: string): string => s.split(/[/>＞]/).map((x) => x.trim()).filter((x) => x !== '').join('/');
/** `YYYY-MM` of an instant in UTC+8. */
export const monthOf = (t: number): string => new Date(t + 8 * 3600_000).toISOString().slice(0, 7);
const addMonths = (m: string, k: number): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const i = y * 12 + (mo - 1) + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

export function refDispatched(t: Ticket): boolean {
  return t.unit !== '' && t.status !== '已撤销';
}

export function refMatches(s: RefSelector, t: Ticket): boolean {
  if (!refDispatched(t)) return false;
  const p = path(t.category);
  if (s.categories.length && !s.categories.some((c) => p !== '' && (p === path(c) || p.startsWith(`${path(c)}/`)))) return false;
  if (s.districts.length && !s.districts.includes(t.district)) return false;
  if (s.streets.length && !s.streets.includes(`${t.district}/${t.street}`)) return false;
  if (s.kinds.length && !s.kinds.includes(t.kind)) return false;
  if (s.keywords.length && !s.keywords.some((k) => norm(t.content).includes(norm(k)))) return false;
  return true;
}

export type RefOutcome = {
  months: { month: string; count: number }[];
  before: number | null; after: number | null; beforeLastYear: number | null; afterLastYear: number | null;
  change: number | null; effect: number | null; effectCi: [number, number] | null; nullFigures: string[];
};

/** Section 8's outcome, from the text: `from`, `to` are `YYYY-MM-DD`, `to` exclusive. */
export function refOutcome(tickets: readonly Ticket[], s: RefSelector, from: string, to: string, k = 3): RefOutcome {
  const covered = new Set(tickets.map((t) => monthOf(t.acceptedAt)));
  const count = new Map<string, number>();
  for (const t of tickets) if (refMatches(s, t)) count.set(monthOf(t.acceptedAt), (count.get(monthOf(t.acceptedAt)) ?? 0) + 1);
  const fromMonth = from.slice(0, 7);
  const afterMonth = to.endsWith('-01') ? to.slice(0, 7) : addMonths(to.slice(0, 7), 1);
  const win = (first: string): string[] => Array.from({ length: k }, (_, i) => addMonths(first, i));
  const sum = (ms: string[]): number | null => (ms.every((m) => covered.has(m)) ? ms.reduce((a, m) => a + (count.get(m) ?? 0), 0) : null);
  const before = sum(win(addMonths(fromMonth, -k)));
  const after = sum(win(afterMonth));
  const beforeLastYear = sum(win(addMonths(fromMonth, -k - 12)));
  const afterLastYear = sum(win(addMonths(afterMonth, -12)));
  const nullFigures: string[] = [];
  for (const [n, v] of [['before', before], ['after', after], ['beforeLastYear', beforeLastYear], ['afterLastYear', afterLastYear]] as const) if (v === null) nullFigures.push(n);
  const change = before !== null && after !== null && before > 0 ? after / before - 1 : null;
  if (change === null) nullFigures.push('change');
  let effect: number | null = null, effectCi: [number, number] | null = null;
  if (before && after !== null && beforeLastYear && afterLastYear) {
    const r = (after / before) / (afterLastYear / beforeLastYear);
    effect = r - 1;
    if (after > 0) {
      const se = Math.sqrt(1 / after + 1 / before + 1 / afterLastYear + 1 / beforeLastYear);
      effectCi = [Math.exp(Math.log(r) - 1.96 * se) - 1, Math.exp(Math.log(r) + 1.96 * se) - 1];
    }
  }
  if (effect === null) nullFigures.push('effect');
  if (effectCi === null) nullFigures.push('effectCi');
  const months: { month: string; count: number }[] = [];
  for (let m = addMonths(fromMonth, -12 - k); m <= addMonths(afterMonth, k - 1); m = addMonths(m, 1)) if (covered.has(m)) months.push({ month: m, count: count.get(m) ?? 0 });
  return { months, before, after, beforeLastYear, afterLastYear, change, effect, effectCi, nullFigures };
}

export type RefGroup = { key: Record<string, string>; count: number; mean: number | null; sd: number | null; z: number | null; mom: number | null; yoy: number | null; hotspot: boolean };

const keyOf = (t: Ticket, k: string): string => {
  switch (k) {
    case 'unit': return t.unit;
    case 'district': return t.district;
    case 'street': return `${t.district}/${t.street}`;
    case 'category1': return path(t.category).split('/').slice(0, 1).join('/');
    case 'category2': return path(t.category).split('/').slice(0, 2).join('/');
    case 'category3': return path(t.category).split('/').slice(0, 3).join('/');
    default: throw new Error(k);
  }
};

const cmpCp = (a: string, b: string): number => {
  const x = [...a].map((c) => c.codePointAt(0)!), y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

/** Section 9 for month `m`, from the text (the rule's thresholds read as exact: rounding below them does not count). */
export function refHotspots(tickets: readonly Ticket[], m: string, by: string[]): RefGroup[] {
  const covered = new Set(tickets.map((t) => monthOf(t.acceptedAt)));
  const counts = new Map<string, Map<string, number>>();
  for (const t of tickets) {
    if (!refDispatched(t)) continue;
    const k = JSON.stringify(by.map((b) => keyOf(t, b)));
    const mm = monthOf(t.acceptedAt);
    if (!counts.has(k)) counts.set(k, new Map());
    counts.get(k)!.set(mm, (counts.get(k)!.get(mm) ?? 0) + 1);
  }
  const out: (RefGroup & { parts: string[] })[] = [];
  for (const [k, byMonth] of counts) {
    const x = byMonth.get(m) ?? 0;
    if (x < 1) continue;
    const base = Array.from({ length: 12 }, (_, i) => addMonths(m, -12 + i)).filter((mm) => covered.has(mm)).map((mm) => byMonth.get(mm) ?? 0);
    let mean: number | null = null, sd: number | null = null, z: number | null = null;
    if (base.length >= 6) {
      mean = base.reduce((a, b) => a + b, 0) / base.length;
      const v = base.reduce((a, b) => a + (b - mean!) ** 2, 0) / (base.length - 1);
      sd = Math.sqrt(v);
      z = (x - mean) / Math.sqrt(Math.max(v, mean, 1));
    }
    const ratio = (mm: string): number | null => (covered.has(mm) && (byMonth.get(mm) ?? 0) > 0 ? x / byMonth.get(mm)! - 1 : null);
    const mom = ratio(addMonths(m, -1)), yoy = ratio(addMonths(m, -12));
    const parts = JSON.parse(k) as string[];
    const key = Object.fromEntries(by.map((b, i) => [b, parts[i]!]));
    out.push({ key, parts, count: x, mean, sd, z, mom, yoy, hotspot: x >= 20 && z !== null && z >= 3 - 1e-9 && (yoy === null || yoy >= 0.2 - 1e-12) });
  }
  out.sort((a, b) => {
    if (a.hotspot !== b.hotspot) return a.hotspot ? -1 : 1;
    const za = a.z ?? -Infinity, zb = b.z ?? -Infinity;
    if (za !== zb) return zb - za;
    for (let i = 0; i < a.parts.length; i++) { const c = cmpCp(a.parts[i]!, b.parts[i]!); if (c) return c; }
    return 0;
  });
  return out.map(({ parts: _p, ...g }) => g);
}
