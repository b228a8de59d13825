import { normTextFast } from '../base/text/norm-fast';
import { normText } from '../base/text/normalize';
import { markRowsContaining } from '../data/search/packed-scan';
import type { TicketTable } from '../data/table/ticket-table';

/**
 * Keyword matching of DOMAIN.md section 8 (normalized content contains a normalized keyword)
 * over a million contents without normalizing each. Most contents consist only of characters
 * that NFKC keeps or maps to one ASCII character on their own — printable ASCII, CJK ideographs,
 * common CJK punctuation and quotes, full-width ASCII forms (see base/text/norm-fast.ts) — and no
 * white space: in such a content the normalized text is the content with full-width forms mapped
 * to ASCII, so a normalized character X can only come from X itself or, for ASCII X, its
 * full-width form. Every other content is **slow** (found once per table by one native regex pass
 * over the packed text, and few) and is normalized in full.
 *
 * So the rows worth testing are the slow rows plus the rows holding every character of a keyword
 * (raw or full-width), found by a native `indexOf` pass per character over the packed content and
 * remembered per character; each is then tested exactly.
 */

/** A character outside the fast domain, or white space: the content must be normalized in full. */
const SLOW = /[^\x21-\x7e\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3011\u2014\u2018-\u201f\u00b7\uff01-\uff5e]/g;

type Packed = ReturnType<TicketTable['text']['content']['packedView']>;

/** Per table: slow rows, and rows holding each character asked for so far. */
type TableCache = { slow: Uint8Array | null; chars: Map<string, Int32Array>; charRows: number };
const caches = new WeakMap<TicketTable, TableCache>();
/** Row entries kept for remembered characters per table (16 MB at most). */
const CHAR_ROW_BUDGET = 4_000_000;

function cacheOf(table: TicketTable): TableCache {
  let c = caches.get(table);
  if (!c) caches.set(table, (c = { slow: null, chars: new Map(), charRows: 0 }));
  return c;
}

/** 1 per slow row (see above; cached per table). */
export function slowRows(table: TicketTable, col: Packed = table.text.content.packedView()): Uint8Array {
  const c = cacheOf(table);
  if (c.slow) return c.slow;
  const out = new Uint8Array(table.n);
  for (const { start, packed } of col) {
    const { blob, ends } = packed;
    SLOW.lastIndex = 0;
    let row = 0;
    for (let m = SLOW.exec(blob); m !== null; m = SLOW.exec(blob)) {
      while (row < ends.length && ends[row]! <= m.index) row++;
      if (row >= ends.length) break;
      out[start + row] = 1;
      SLOW.lastIndex = ends[row]!;
    }
  }
  c.slow = out;
  return out;
}

/** Rows whose raw content holds `ch`, ascending; remembered within a budget (least recently used out first). */
function rowsWith(table: TicketTable, col: Packed, ch: string): Int32Array {
  const c = cacheOf(table);
  const hit = c.chars.get(ch);
  if (hit) {
    c.chars.delete(ch);
    c.chars.set(ch, hit);
    return hit;
  }
  const mask = new Uint8Array(table.n);
  markRowsContaining(col, ch, mask);
  let k = 0;
  for (let i = 0; i < mask.length; i++) k += mask[i]!;
  const rows = new Int32Array(k);
  for (let i = 0, j = 0; i < mask.length; i++) if (mask[i] === 1) rows[j++] = i;
  c.chars.set(ch, rows);
  c.charRows += rows.length;
  for (const [key, v] of c.chars) {
    if (c.charRows <= CHAR_ROW_BUDGET || key === ch) break;
    c.chars.delete(key);
    c.charRows -= v.length;
  }
  return rows;
}

/** Sorted union of two ascending row lists. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity, y = j < b.length ? b[j]! : Infinity;
    if (x === y) { out[k++] = x; i++; j++; } else if (x < y) { out[k++] = x; i++; } else { out[k++] = y; j++; }
  }
  return out.subarray(0, k);
}

/** Sorted intersection of two ascending row lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let k = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { out[k++] = x; i++; j++; } else if (x < y) i++; else j++;
  }
  return out.subarray(0, k);
}

/** Keyword tests over one table for the keywords of a selector. */
export type KeywordMatcher = {
  /** 1 per row that may match (every other row cannot). Built on first call. */
  candidates(): Uint8Array;
  /** Cheap test of one row's raw content: false means the row cannot match. */
  mayMatch(row: number): boolean;
  /** Whether the row's normalized content contains a listed keyword. */
  test(row: number): boolean;
};

const isAscii = (ch: string): boolean => ch.length === 1 && ch.charCodeAt(0) >= 0x21 && ch.charCodeAt(0) <= 0x7e;
const fullWidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

/** The matcher of `keywords` (as written; normalized here) over `table`. */
export function keywordMatcher(table: TicketTable, keywords: readonly string[]): KeywordMatcher {
  const kws = keywords.map(normText).filter((k) => k !== '');
  const chars = kws.map((k) => [...new Set(k)]);
  // Keywords with an ASCII character must see full-width forms mapped; the others match the raw text.
  const needsMapping = kws.some((k) => [...k].some(isAscii));
  const content = table.text.content;
  let slow: Uint8Array | null = null;
  let cand: Uint8Array | null = null;
  const slowMask = (): Uint8Array => (slow ??= slowRows(table));
  return {
    candidates(): Uint8Array {
      if (cand) return cand;
      const col = content.packedView();
      const out = new Uint8Array(table.n);
      for (const cs of chars) {
        const lists = cs.map((ch) => (isAscii(ch) ? union(rowsWith(table, col, ch), rowsWith(table, col, fullWidth(ch))) : rowsWith(table, col, ch)))
          .sort((a, b) => a.length - b.length);
        let acc = lists[0]!;
        for (let l = 1; l < lists.length && acc.length > 0; l++) acc = intersect(acc, lists[l]!);
        for (let i = 0; i < acc.length; i++) out[acc[i]!] = 1;
      }
      const s = slowMask();
      for (let i = 0; i < out.length; i++) out[i]! |= s[i]!;
      return (cand = out);
    },
    mayMatch(row: number): boolean {
      if (slowMask()[row] === 1) return true;
      const s = content.get(row);
      return chars.some((cs) => cs.every((ch) => s.includes(ch) || (isAscii(ch) && s.includes(fullWidth(ch)))));
    },
    test(row: number): boolean {
      const s = content.get(row);
      const text = slowMask()[row] === 1 ? normText(s) : needsMapping ? normTextFast(s) : s;
      for (const k of kws) if (text.includes(k)) return true;
      return false;
    },
  };
}
