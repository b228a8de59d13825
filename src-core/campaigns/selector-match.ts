import { dimensionOf } from '../assess/dimensions';
import { dispatchedRows } from '../assess/dispatched';
import { dictSize, dictValue } from '../data/table/dict';
import type { TicketTable } from '../data/table/ticket-table';
import { keywordMatcher, type KeywordMatcher } from './keyword-scan';
import { canonicalCategory, type ProblemSelector } from './selector';

/**
 * A selector resolved against one table: each non-empty list becomes a lookup over the codes of
 * its column (category, district, district/street pair, kind), computed once from the
 * dictionaries, so testing a row is a few array reads. Keywords (the only per-row text work) are
 * tested last, on rows that passed everything else. Only dispatched tickets (DOMAIN.md section 5)
 * match.
 */
export type CompiledSelector = {
  selector: ProblemSelector;
  table: TicketTable;
  dispatched: Uint8Array;
  /** 1 per matching code; null when the list is empty (any). */
  category: Uint8Array | null;
  district: Uint8Array | null;
  /** Over the dense district/street pair codes of `streetCodes`. */
  street: Uint8Array | null;
  streetCodes: Int32Array;
  kind: Uint8Array | null;
  keywords: KeywordMatcher | null;
};

/** Whether the canonical category `path` is `p` or lies under it (`p` followed by `/`). */
export function categoryUnder(path: string, p: string): boolean {
  return path === p || (path.length > p.length && path.startsWith(p) && path.charCodeAt(p.length) === 47);
}

function codeSet(size: number, valueOf: (c: number) => string, accept: (v: string) => boolean): Uint8Array {
  const out = new Uint8Array(Math.max(1, size));
  for (let c = 0; c < size; c++) if (accept(valueOf(c))) out[c] = 1;
  return out;
}

/** Resolves `selector` against `table` (dictionary work only, plus the keyword scan when keywords are given). */
export function compileSelector(table: TicketTable, selector: ProblemSelector): CompiledSelector {
  const { dicts } = table;
  const dict = (col: 'category' | 'district' | 'kind') => ({ size: dictSize(dicts[col]), value: (c: number) => dictValue(dicts[col], c) });
  let category: Uint8Array | null = null;
  if (selector.categories.length > 0) {
    const paths = selector.categories.map(canonicalCategory);
    const d = dict('category');
    category = codeSet(d.size, d.value, (v) => {
      if (v === '') return false;
      const path = canonicalCategory(v);
      return paths.some((p) => categoryUnder(path, p));
    });
  }
  let district: Uint8Array | null = null;
  if (selector.districts.length > 0) {
    const want = new Set(selector.districts);
    const d = dict('district');
    district = codeSet(d.size, d.value, (v) => v !== '' && want.has(v));
  }
  // The pair dimension the assessment groups streets by (dense codes, labelled district/street).
  const sd = dimensionOf(table, 'street', 0, 0);
  let street: Uint8Array | null = null;
  if (selector.streets.length > 0) {
    const want = new Set(selector.streets);
    street = codeSet(sd.size, (c) => sd.label(c) ?? '', (v) => want.has(v));
  }
  let kind: Uint8Array | null = null;
  if (selector.kinds.length > 0) {
    const want = new Set<string>(selector.kinds);
    const d = dict('kind');
    kind = codeSet(d.size, d.value, (v) => want.has(v));
  }
  const keywords = selector.keywords.length > 0 ? keywordMatcher(table, selector.keywords) : null;
  return { selector, table, dispatched: dispatchedRows(table), category, district, street, streetCodes: sd.codes, kind, keywords };
}

/** Rows passing the code lists below which keywords are tested row by row instead of by a content scan. */
const ROW_BY_ROW = 1 / 16;

/**
 * Calls `each(row)` for every matching row accepted in [from, to) (epoch ms; the whole table by
 * default), in row order. One pass over the code columns; with keywords, the rows passing the
 * code lists are then tested one by one when they are few, or against the keyword candidates of
 * a content scan when they are many.
 */
export function forEachMatch(cs: CompiledSelector, each: (row: number) => void, from = -Infinity, to = Infinity): void {
  const t = cs.table;
  const n = t.n;
  const acc = t.time.acceptedAt;
  const disp = cs.dispatched;
  const catC = t.codes.category, disC = t.codes.district, kindC = t.codes.kind, stC = cs.streetCodes;
  const { category, district, street, kind, keywords } = cs;
  const whole = from === -Infinity && to === Infinity;
  let passed: Int32Array | null = keywords === null ? null : new Int32Array(1024);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (disp[i] === 0) continue;
    if (!whole) { const a = acc[i]!; if (!(a >= from && a < to)) continue; }
    if (category !== null && category[catC[i]!] === 0) continue;
    if (district !== null && district[disC[i]!] === 0) continue;
    if (street !== null && street[stC[i]!] === 0) continue;
    if (kind !== null && kind[kindC[i]!] === 0) continue;
    if (passed === null) { each(i); continue; }
    if (k === passed.length) { const p = new Int32Array(k * 2); p.set(passed); passed = p; }
    passed[k++] = i;
  }
  if (keywords === null || passed === null) return;
  if (k < n * ROW_BY_ROW) {
    for (let j = 0; j < k; j++) { const i = passed[j]!; if (keywords.mayMatch(i) && keywords.test(i)) each(i); }
    return;
  }
  const cand = keywords.candidates();
  for (let j = 0; j < k; j++) { const i = passed[j]!; if (cand[i] === 1 && keywords.test(i)) each(i); }
}

/** 1 per matching row (see {@link forEachMatch}). */
export function selectorMask(cs: CompiledSelector, from?: number, to?: number): Uint8Array {
  const out = new Uint8Array(cs.table.n);
  forEachMatch(cs, (i) => { out[i] = 1; }, from, to);
  return out;
}

/** Matching tickets per month index: `counts[m − lo]` for months lo … hi of the table (any month a ticket has). */
export function matchesByMonth(cs: CompiledSelector, lo: number, hi: number): Int32Array {
  const counts = new Int32Array(Math.max(0, hi - lo + 1));
  const month = cs.table.month;
  forEachMatch(cs, (i) => { const m = month[i]! - lo; if (m >= 0 && m < counts.length) counts[m]!++; });
  return counts;
}

/** Ids of the matching tickets accepted in [from, to), in row order. */
export function matchingIds(cs: CompiledSelector, from?: number, to?: number): string[] {
  const ids: string[] = [];
  const col = cs.table.text.id;
  forEachMatch(cs, (i) => { ids.push(col.get(i)); }, from, to);
  return ids;
}
