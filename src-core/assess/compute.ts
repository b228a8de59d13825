import type { TicketTable } from '../data/table/ticket-table';
import { compareKeyParts } from './compare-keys';
import { dimensionOf, type Dimension, type GroupKey } from './dimensions';
import { rankGroups, type RankingList } from './ranking';
import { RATE_NAMES, type RateName } from './rates';
import { DISPATCHED_BIT, evaluatedOnlyMask, rowBits } from './row-bits';
import type { AssessRules } from './rules';
import { wilson } from './wilson';

/** What to assess: the period [from, to) in epoch ms (local midnights), grouping, rules, exemptions. */
export type AssessParams = {
  from: number;
  to: number;
  by: GroupKey[];
  rules: AssessRules;
  /** Ticket ids exempted by approved 核减 requests, on top of the file's 是否核减 = 是. */
  exemptIds?: Iterable<string>;
  /**
   * Only rows with `rows[i] = 1` are assessed (e.g. the tickets of a campaign problem, for a
   * unit's 三率 on them); every row when absent.
   */
  rows?: Uint8Array;
};

export type RateValue = {
  num: number;
  den: number;
  /** num / den; null when den is 0 (never 0). */
  value: number | null;
  /** Wilson 95% interval; null when den is 0. */
  ci: [number, number] | null;
};

export type GroupResult = {
  /** One field per grouping key; {} for the total. */
  key: Record<string, string>;
  /** Key values in the order of `by`. */
  parts: string[];
  dispatched: number;
  evaluated: number;
  rates: Record<RateName, RateValue>;
  score: number | null;
  /** Interval of the score from its terms' Wilson intervals (conservative: all ends together). */
  scoreCi: [number, number] | null;
  rank: number | null;
  insufficient: boolean;
  /** Ranking the group belongs to (the unit tier for units, 全部 otherwise); null when unranked. */
  ranking: string | null;
  /** For unit groupings: the unit's type (most frequent non-empty unitType; 其他 when none). */
  unitType?: string;
  /** Rank band: adjacent ranks whose score intervals overlap the band's first share a band. */
  band: number | null;
};

export type AssessResult = {
  from: number;
  to: number;
  by: GroupKey[];
  total: GroupResult;
  /** Ranked groups by ranking then rank, then the insufficient ones by key; unranked by key. */
  groups: GroupResult[];
  /** Red (best N) and black (worst N, worst first) lists per ranking; [] when not ranked. */
  lists: RankingList[];
};

/** Counters per group: dispatched, evaluated, then numerator and denominator of each rate. */
export const STRIDE = 2 + 2 * RATE_NAMES.length;
/** Above this many (a × b) group slots a pair grouping is densified through a map. */
const MAX_DIRECT_GROUPS = 1 << 18;

const zerosCache = new WeakMap<TicketTable, Int32Array>();
function zeros(table: TicketTable): Int32Array {
  let z = zerosCache.get(table);
  if (!z) zerosCache.set(table, (z = new Int32Array(table.n)));
  return z;
}

const idIndexCache = new WeakMap<TicketTable, Map<string, number>>();
/** Row of each ticket id (cached per table). */
export function rowOfId(table: TicketTable): Map<string, number> {
  let m = idIndexCache.get(table);
  if (!m) {
    m = new Map();
    const ids = table.text.id;
    for (let i = 0; i < table.n; i++) m.set(ids.get(i), i);
    idIndexCache.set(table, m);
  }
  return m;
}

/** 1 per row exempted by an override id; null when there are none. */
export function exemptMask(table: TicketTable, ids: Iterable<string> | undefined): Uint8Array | null {
  if (!ids) return null;
  let mask: Uint8Array | null = null;
  // The id → row map is built only when there is an id to look up (usually there is none).
  let index: Map<string, number> | null = null;
  for (const id of ids) {
    index ??= rowOfId(table);
    const r = index.get(id);
    if (r === undefined) continue;
    mask ??= new Uint8Array(table.n);
    mask[r] = 1;
  }
  return mask;
}

/** Codes a row test needs, resolved once per table. */
export type RowCodes = {
  cancelled: number; exemptYes: number; respYes: number; resolvedYes: number;
  satisfied: Uint8Array; evalBase: Uint8Array;
};

export function rowCodes(table: TicketTable, rules: AssessRules): RowCodes {
  const code = (col: 'status' | 'exempted' | 'responded' | 'resolved', v: string): number => table.dicts[col].index.get(v) ?? -1;
  const satDict = table.dicts.satisfaction;
  const satisfied = new Uint8Array(satDict.values.length);
  for (const v of rules.satisfiedValues) {
    const c = satDict.index.get(v);
    if (c !== undefined) satisfied[c] = 1;
  }
  const evalBase = new Uint8Array(RATE_NAMES.length);
  RATE_NAMES.forEach((r, k) => { evalBase[k] = rules.bases[r] === 'evaluated' ? 1 : 0; });
  return {
    cancelled: code('status', '已撤销'), exemptYes: code('exempted', '是'), respYes: code('responded', '是'),
    resolvedYes: code('resolved', '已解决'), satisfied, evalBase,
  };
}

type GroupCodes = { a: Int32Array; offA: number; b: Int32Array; offB: number; nB: number; size: number; label(g: number): string[] };

/** Row → group code layout for `by`; densifies through a map when a pair has too many slots. */
function groupCodes(table: TicketTable, dims: Dimension[], from: number, to: number): GroupCodes {
  const [d1, d2] = dims as [Dimension, Dimension | undefined];
  if (!d2) return { a: d1.codes, offA: d1.offset, b: zeros(table), offB: 0, nB: 1, size: d1.size, label: (g) => [d1.label(g)] };
  if (d1.size * d2.size <= MAX_DIRECT_GROUPS) {
    return {
      a: d1.codes, offA: d1.offset, b: d2.codes, offB: d2.offset, nB: d2.size, size: d1.size * d2.size,
      label: (g) => [d1.label(Math.floor(g / d2.size)), d2.label(g % d2.size)],
    };
  }
  // Many slots but few used: number the pairs that occur in the period.
  const acc = table.time.acceptedAt;
  const dense = new Int32Array(table.n);
  const seen = new Map<number, number>();
  const pairs: number[] = [];
  for (let i = 0; i < table.n; i++) {
    const t = acc[i]!;
    if (!(t >= from && t < to)) continue;
    const k = (d1.codes[i]! - d1.offset) * d2.size + (d2.codes[i]! - d2.offset);
    let c = seen.get(k);
    if (c === undefined) { c = pairs.length; seen.set(k, c); pairs.push(k); }
    dense[i] = c;
  }
  return {
    a: dense, offA: 0, b: zeros(table), offB: 0, nB: 1, size: Math.max(1, pairs.length),
    label: (g) => [d1.label(Math.floor(pairs[g]! / d2.size)), d2.label(pairs[g]! % d2.size)],
  };
}

/**
 * Counts dispatched, evaluated and the numerator and denominator of the eight rates for every
 * group in one pass over the columns: integer group codes, a counter array, branch-free adds of
 * the per-row bits of {@link rowBits}, no per-row allocation. Returns STRIDE counters per group.
 */
export function countGroups(
  table: TicketTable, rules: AssessRules, from: number, to: number, gc: GroupCodes,
  mask: Uint8Array | null, unitTypeCounts: Int32Array | null, only: Uint8Array | null = null,
): Int32Array {
  const c = new Int32Array(gc.size * STRIDE);
  const bits = rowBits(table, rules);
  const evalOnly = evaluatedOnlyMask(rules);
  const keepIfNotEvaluated = ~evalOnly & 0xffff;
  const { a, offA, b, offB, nB } = gc;
  const n = table.n;
  const acc = table.time.acceptedAt;
  const unit = table.codes.unit, unitType = table.codes.unitType;
  const nUT = table.dicts.unitType.values.length;

  for (let i = 0; i < n; i++) {
    const t = acc[i]!;
    if (!(t >= from && t < to)) continue;
    if (only !== null && only[i] === 0) continue;
    const f = bits[i]!;
    if ((f & DISPATCHED_BIT) === 0) continue;
    const exempt = (f >>> 17) | (mask === null ? 0 : mask[i]!);
    const ev = exempt ^ 1;
    const m = ev === 1 ? f : f & keepIfNotEvaluated;
    const o = ((a[i]! - offA) * nB + (b[i]! - offB)) * STRIDE;
    c[o]!++;
    c[o + 1]! += ev;
    c[o + 2]! += m & 1;
    c[o + 3]! += (m >>> 1) & 1;
    c[o + 4]! += (m >>> 2) & 1;
    c[o + 5]! += (m >>> 3) & 1;
    c[o + 6]! += (m >>> 4) & 1;
    c[o + 7]! += (m >>> 5) & 1;
    c[o + 8]! += (m >>> 6) & 1;
    c[o + 9]! += (m >>> 7) & 1;
    c[o + 10]! += (m >>> 8) & 1;
    c[o + 11]! += (m >>> 9) & 1;
    c[o + 12]! += (m >>> 10) & 1;
    c[o + 13]! += (m >>> 11) & 1;
    c[o + 14]! += (m >>> 12) & 1;
    c[o + 15]! += (m >>> 13) & 1;
    c[o + 16]! += (m >>> 14) & 1;
    c[o + 17]! += (m >>> 15) & 1;
    if (unitTypeCounts !== null) unitTypeCounts[unit[i]! * nUT + unitType[i]!]!++;
  }
  return c;
}

function rate(num: number, den: number): RateValue {
  return { num, den, value: den === 0 ? null : num / den, ci: wilson(num, den) };
}

/** Composite score and its interval from the rule's terms; null when any term's rate is null. */
export function scoreOf(rates: Record<RateName, RateValue>, rules: AssessRules): { score: number | null; ci: [number, number] | null } {
  let s = 0, lo = 0, hi = 0;
  for (const t of rules.score.terms) {
    const r = rates[t.rate];
    if (r.value === null || r.ci === null) return { score: null, ci: null };
    if (t.invert) { s += t.weight * (1 - r.value); lo += t.weight * (1 - r.ci[1]); hi += t.weight * (1 - r.ci[0]); }
    else { s += t.weight * r.value; lo += t.weight * r.ci[0]; hi += t.weight * r.ci[1]; }
  }
  const k = rules.score.scale;
  return { score: k * s, ci: [k * lo, k * hi] };
}

function groupFrom(c: Int32Array, o: number, key: Record<string, string>, parts: string[], rules: AssessRules): GroupResult {
  const rates = {} as Record<RateName, RateValue>;
  RATE_NAMES.forEach((r, k) => { rates[r] = rate(c[o + 2 + 2 * k]!, c[o + 3 + 2 * k]!); });
  const evaluated = c[o + 1]!;
  const { score, ci } = scoreOf(rates, rules);
  return {
    key, parts, dispatched: c[o]!, evaluated, rates, score, scoreCi: ci, rank: null,
    insufficient: evaluated < rules.minEvaluated || score === null, ranking: null, band: null,
  };
}

/** Unit type of each unit code: most frequent non-empty type, ties to the first in code-point order, none → 其他. */
function unitTypes(table: TicketTable, counts: Int32Array): (u: number) => string {
  const names = table.dicts.unitType.values;
  const nUT = names.length;
  // Code order of the type names by code point (UNIT_TYPES names are BMP, so < is code-point order).
  const order = [...names.keys()].filter((k) => k !== 0).sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
  return (u) => {
    let best = -1, bestN = 0;
    for (const k of order) {
      const m = counts[u * nUT + k]!;
      if (m > bestN) { best = k; bestN = m; }
    }
    return best < 0 ? '其他' : names[best]!;
  };
}

/**
 * Assesses `table` per DOMAIN.md section 5 under `params.rules`: scope from ≤ acceptedAt < to,
 * groups from dispatched tickets, eight rates with Wilson 95% intervals (null when the
 * denominator is 0), composite score, ranking (unit alone: within unit tiers; district or street
 * alone: one ranking; other groupings unranked), rank bands and red/black lists.
 */
export function assess(table: TicketTable, params: AssessParams): AssessResult {
  const { from, to, by, rules } = params;
  if (by.length < 1 || by.length > 2) throw new Error('分组须为一个或两个键');
  const dims = by.map((k) => dimensionOf(table, k, from, to));
  const gc = groupCodes(table, dims, from, to);
  const mask = exemptMask(table, params.exemptIds);
  const byUnit = by.length === 1 && by[0] === 'unit';
  const utCounts = byUnit ? new Int32Array(table.dicts.unit.values.length * table.dicts.unitType.values.length) : null;
  const c = countGroups(table, rules, from, to, gc, mask, utCounts, params.rows ?? null);

  const totals = new Int32Array(STRIDE);
  const groups: GroupResult[] = [];
  const typeOf = utCounts ? unitTypes(table, utCounts) : null;
  for (let g = 0; g < gc.size; g++) {
    const o = g * STRIDE;
    if (c[o] === 0) continue;
    for (let k = 0; k < STRIDE; k++) totals[k]! += c[o + k]!;
    const parts = gc.label(g);
    const key: Record<string, string> = {};
    by.forEach((k, j) => { key[k] = parts[j]!; });
    const gr = groupFrom(c, o, key, parts, rules);
    if (typeOf) gr.unitType = typeOf(g);
    groups.push(gr);
  }
  const total = groupFrom(totals, 0, {}, [], rules);
  groups.sort((x, y) => compareKeyParts(x.parts, y.parts));
  const ranked = by.length === 1 && (rules.rankedGroupings as string[]).includes(by[0]!);
  let lists: RankingList[] = [];
  let ordered = groups;
  if (ranked) ({ groups: ordered, lists } = rankGroups(groups, rules, byUnit));
  return { from, to, by: [...by], total, groups: ordered, lists };
}

