import { markRowsContaining, type PackedColumn } from '../search/packed-scan';
import { planSearch, type SearchPlan } from '../search/plan';
import { searchColumns } from '../search/score';
import type { TicketTable } from '../table/ticket-table';
import type { RankCache, Ranks } from './ranks';
import type { SortKey, TicketFilter, TicketQuery } from './ticket-query';

/** The texts the quick search looks in, by weight: content, address, reply. */
export const SEARCH_COLUMNS = ['content', 'address', 'reply'] as const;

/**
 * Rows of `t` that pass every filter, ascending. Unknown values of an `in` filter match nothing;
 * a `range` is `from ≤ x < to` on epoch ms, with `empty: true` also (or, without bounds, only)
 * admitting rows where the time is empty and `empty: false` excluding them.
 */
export function filterRows(t: TicketTable, filters: readonly TicketFilter[]): Int32Array {
  const n = t.n;
  const keep = new Uint8Array(n).fill(1);
  for (const f of filters) applyFilter(t, f, keep);
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i]!;
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (keep[i]) rows[k++] = i;
  return rows;
}

function applyFilter(t: TicketTable, f: TicketFilter, keep: Uint8Array): void {
  const n = t.n;
  switch (f.kind) {
    case 'in': {
      const dict = t.dicts[f.column];
      const ok = new Uint8Array(dict.values.length);
      for (const v of f.values) {
        const c = dict.index.get(v);
        if (c !== undefined) ok[c] = 1;
      }
      const codes = t.codes[f.column];
      for (let i = 0; i < n; i++) if (keep[i] && !ok[codes[i]!]) keep[i] = 0;
      return;
    }
    case 'range': {
      const col = t.time[f.column];
      const from = f.from ?? -Infinity, to = f.to ?? Infinity;
      const bounded = f.from !== undefined || f.to !== undefined;
      for (let i = 0; i < n; i++) {
        if (!keep[i]) continue;
        const v = col[i]!;
        const ok = Number.isNaN(v) ? f.empty === true : (bounded ? v >= from && v < to : f.empty !== true);
        if (!ok) keep[i] = 0;
      }
      return;
    }
    case 'num': {
      const col = t[f.column];
      const min = f.min ?? -Infinity, max = f.max ?? Infinity;
      for (let i = 0; i < n; i++) if (keep[i] && (col[i]! < min || col[i]! > max)) keep[i] = 0;
      return;
    }
    case 'text': {
      const needle = f.contains.normalize('NFKC').trim();
      if (needle === '') return;
      // One native search per packed chunk rather than a string per row.
      const hit = new Uint8Array(n);
      markRowsContaining(t.text[f.column].packedView(), needle, hit);
      for (let i = 0; i < n; i++) if (keep[i] && !hit[i]) keep[i] = 0;
      return;
    }
    case 'ids': {
      const set = new Set(f.ids);
      const ids = t.text.id;
      for (let i = 0; i < n; i++) if (keep[i] && !set.has(ids.get(i))) keep[i] = 0;
      return;
    }
  }
}

/**
 * Stable LSD radix sort of `rows` by `rank[row]` (ascending, or descending with `desc`), 16 bits
 * a pass; one pass when every rank fits in 16 bits. Returns a new array.
 */
export function radixSortRows(rows: Int32Array, rank: Ranks, desc: boolean): Int32Array {
  const n = rows.length;
  let max = 0;
  for (let i = 0; i < n; i++) { const r = rank[rows[i]!]!; if (r > max) max = r; }
  const key = (row: number): number => (desc ? max - rank[row]! : rank[row]!);
  let src = rows.slice();
  let dst = new Int32Array(n);
  const passes = max < 0x10000 ? 1 : 2;
  const count = new Uint32Array(0x10001);
  for (let p = 0; p < passes; p++) {
    const shift = p * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[((key(src[i]!) >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 0x10000; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < n; i++) {
      const r = src[i]!;
      dst[count[(key(r) >>> shift) & 0xffff]!++] = r;
    }
    const tmp = src; src = dst; dst = tmp;
  }
  return src;
}

/** Sorts `rows` by the keys (first key most significant), stable; unknown columns are ignored. */
export function sortRows(rows: Int32Array, keys: readonly SortKey[], ranks: RankCache): Int32Array {
  let out = rows;
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!;
    const r = ranks.get(key.column);
    if (r) out = radixSortRows(out, r, key.desc);
  }
  return out;
}

/** The searched columns in packed form, when the caller keeps them (see PackedColumn). */
export type PackedSearchColumns = Record<(typeof SEARCH_COLUMNS)[number], PackedColumn>;

/**
 * Narrows `rows` to those that can match the plan's first term: rows containing the term or one
 * of its bigrams in a searched column (a near match holds at least one of them), found by a
 * native scan of the packed chunks. Terms with Latin letters are matched case-insensitively by
 * the scorer, so they are not narrowed here.
 */
function candidates(n: number, rows: Int32Array, plan: SearchPlan, packed: PackedSearchColumns): Int32Array {
  const first = plan.terms[0]!;
  if (/[a-z]/.test(first)) return rows;
  const mark = new Uint8Array(n);
  for (const needle of [first, ...plan.bigrams[0]!]) {
    for (const c of SEARCH_COLUMNS) markRowsContaining(packed[c], needle, mark);
  }
  let k = 0;
  for (let i = 0; i < rows.length; i++) if (mark[rows[i]!]) k++;
  const out = new Int32Array(k);
  for (let i = 0, j = 0; i < rows.length; i++) if (mark[rows[i]!]) out[j++] = rows[i]!;
  return out;
}

/**
 * Evaluates a grid query: filters, then the quick search (ranked by relevance), then the sort.
 * With a search and no sort, rows come in relevance order; with a sort, the sort decides and
 * relevance breaks ties. The search first narrows the rows with a native scan of the searched
 * columns' packed chunks; `scanPacked: false` skips that and examines every row (the reference
 * the scan is tested against). Returns row indices of `t`.
 */
export function evaluateQuery(t: TicketTable, q: TicketQuery, ranks: RankCache, scanPacked = true): Int32Array {
  let rows = filterRows(t, q.filters);
  const search = q.search?.trim();
  if (search) {
    const plan = planSearch(search);
    if (scanPacked && plan.terms.length > 0) {
      const packed = Object.fromEntries(SEARCH_COLUMNS.map((c) => [c, t.text[c].packedView()])) as PackedSearchColumns;
      rows = candidates(t.n, rows, plan, packed);
    }
    const res = searchColumns(SEARCH_COLUMNS.map((c) => t.text[c]), plan, rows);
    rows = res.rows;
  }
  if (q.sort && q.sort.length > 0) rows = sortRows(rows, q.sort, ranks);
  return rows;
}
