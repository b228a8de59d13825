import { lookupOf, type StringLookup } from '../table/string-column';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, type CodedColumn, type TicketTable } from '../table/ticket-table';

/**
 * Sort ranks: for a column, rank[row] is the position of the row's value among the column's
 * distinct values in ascending order, so sorting rows by rank sorts them by the column, and any
 * sort becomes a radix sort of integers. Empty values (NaN, '') rank last.
 */
export type Ranks = Uint32Array;

const zhCollator = new Intl.Collator('zh-CN');

/** Columns a {@link RankCache} can rank, besides extra fields (`extra:<header>`). */
export const RANKABLE = [...TIME_COLUMNS, ...TEXT_COLUMNS, ...CODED_COLUMNS, 'month', 'rejects', 'reopens'] as const;

/**
 * Ranks of a numeric column (NaN last). `scratch`, when at least as long as the column, holds the
 * sorted copy instead of a new array (ranking several columns in a row then allocates once).
 */
export function numberRanks(values: Float64Array | Int32Array, scratch?: Float64Array): Ranks {
  const n = values.length;
  let sorted: Float64Array;
  if (scratch && scratch.length >= n) {
    sorted = scratch.subarray(0, n);
    sorted.set(values);
  } else {
    sorted = Float64Array.from(values);
  }
  sorted.sort();
  let u = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    if (Number.isNaN(v)) break;
    if (u === 0 || sorted[u - 1] !== v) sorted[u++] = v;
  }
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) { ranks[i] = u; continue; }
    let lo = 0, hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1; else hi = mid;
    }
    ranks[i] = lo;
  }
  return ranks;
}

/**
 * Ranks of a string column in code-point order ('' last). A column already in order (ticket ids
 * of an export sorted by time usually are) is ranked in one pass without copying its strings.
 */
export function stringRanks(values: StringLookup): Ranks {
  const n = values.length;
  const ranks = new Uint32Array(n);
  let prev: string | null = null;
  let r = 0;
  let sorted = true;
  for (let i = 0; i < n && sorted; i++) {
    const s = values.get(i);
    if (s === '') continue;
    if (prev !== null && s < prev) sorted = false;
    else { if (prev !== null && s !== prev) r++; ranks[i] = r; prev = s; }
  }
  if (sorted) {
    const empty = prev === null ? 0 : r + 1;
    for (let i = 0; i < n; i++) if (ranks[i] === 0 && values.get(i) === '') ranks[i] = empty;
    return ranks;
  }
  const all = new Array<string>(n);
  for (let i = 0; i < n; i++) all[i] = values.get(i);
  const uniq = Array.from(new Set(all)).sort();
  const pos = new Map<string, number>();
  r = 0;
  for (const s of uniq) if (s !== '') pos.set(s, r++);
  for (let i = 0; i < n; i++) ranks[i] = pos.get(all[i]!) ?? r;
  return ranks;
}

/**
 * Ranks of a coded column: its dictionary sorted in Chinese collation ('' last), mapped through
 * the codes. Dictionaries are small next to the rows, so this takes milliseconds.
 */
export function codedRanks(t: TicketTable, c: CodedColumn): Ranks {
  const values = t.dicts[c].values;
  const order = values.map((_, i) => i).filter((i) => values[i] !== '');
  const big = values.length > 50_000;
  order.sort(big ? (a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0) : (a, b) => zhCollator.compare(values[a]!, values[b]!));
  const codeRank = new Uint32Array(values.length);
  order.forEach((code, r) => { codeRank[code] = r; });
  codeRank[0] = order.length;
  const codes = t.codes[c];
  const ranks = new Uint32Array(t.n);
  for (let i = 0; i < t.n; i++) ranks[i] = codeRank[codes[i]!]!;
  return ranks;
}

/** Ranks computed on first use and kept until the table changes. */
export class RankCache {
  private readonly cache = new Map<string, Ranks>();
  constructor(private readonly table: TicketTable, stored: Record<string, Ranks> = {}) {
    for (const k of Object.keys(stored)) if (stored[k]!.length === table.n) this.cache.set(k, stored[k]!);
  }

  /** Ranks of `column`, or null when the table has no such column. */
  get(column: string): Ranks | null {
    const hit = this.cache.get(column);
    if (hit) return hit;
    const r = computeRanks(this.table, column);
    if (r) this.cache.set(column, r);
    return r;
  }

  /**
   * Ranks of each of `columns`, computed now where not cached; the numeric ones share one sorting
   * buffer (at a million rows, 8 MB once rather than per column).
   */
  getAll(columns: readonly string[]): Record<string, Ranks> {
    const out: Record<string, Ranks> = {};
    let scratch: Float64Array | undefined;
    for (const c of columns) {
      let r = this.cache.get(c);
      if (!r) {
        const numeric = (TIME_COLUMNS as readonly string[]).includes(c);
        if (numeric) scratch ??= new Float64Array(this.table.n);
        r = numeric ? numberRanks(this.table.time[c as (typeof TIME_COLUMNS)[number]], scratch) : computeRanks(this.table, c) ?? undefined;
        if (r) this.cache.set(c, r);
      }
      if (r) out[c] = r;
    }
    return out;
  }

  /** The ranks computed so far, by column (stored with the chunks so a reopen need not redo them). */
  all(): Record<string, Ranks> {
    return Object.fromEntries(this.cache);
  }
}

/** Ranks of any column of `t` by name; null when there is no such column. */
export function computeRanks(t: TicketTable, column: string): Ranks | null {
  if ((TIME_COLUMNS as readonly string[]).includes(column)) return numberRanks(t.time[column as (typeof TIME_COLUMNS)[number]]);
  if ((TEXT_COLUMNS as readonly string[]).includes(column)) return stringRanks(t.text[column as (typeof TEXT_COLUMNS)[number]]);
  if ((CODED_COLUMNS as readonly string[]).includes(column)) return codedRanks(t, column as CodedColumn);
  if (column === 'month') return numberRanks(t.month);
  if (column === 'rejects') return numberRanks(t.rejects);
  if (column === 'reopens') return numberRanks(t.reopens);
  const ex = column.startsWith('extra:') ? t.extra[column.slice(6)] : t.extra[column];
  return ex ? stringRanks(lookupOf(ex)) : null;
}
