import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, type CodedColumn, type TextColumn, type TimeColumn } from '../table/ticket-table';
import type { Dict } from '../table/dict';
import type { StoreTable } from './store-table';
import { packStrings, unpackStrings, type PackedStrings } from './string-codec';

/** Rows per stored chunk (GUIDE.md: chunks of 10k rows wrote 1M tickets in 2.8 s). */
export const CHUNK_ROWS = 10_000;

/** Separator of the dispatch-sequence units of one row inside a packed string (never in a unit name). */
const SEQ_SEP = '\u0001';

/**
 * The dispatch sequence of rows without one, shared (never mutated: builders replace a row's
 * array, they do not push into it) so that a million rows do not cost a million empty arrays.
 */
const NO_UNITS: string[] = [];

/**
 * A dictionary whose value → code map is built on first use: a cold start reads a million-entry
 * address dictionary but usually never looks a value up in it.
 */
function lazyDict(values: string[]): Dict {
  let index: Map<string, number> | null = null;
  return {
    values,
    get index(): Map<string, number> {
      if (!index) {
        index = new Map();
        for (let i = 0; i < values.length; i++) index.set(values[i]!, i);
      }
      return index;
    },
  };
}

/** Rows [start, start + n) of a {@link StoreTable} as one storable record of columns. */
export type TicketChunk = {
  index: number;
  start: number;
  n: number;
  text: Record<TextColumn, PackedStrings>;
  time: Record<TimeColumn, Float64Array>;
  /** Codes into the table-wide dictionaries of the {@link TableHeader}. */
  codes: Record<CodedColumn, Int32Array>;
  month: Int32Array;
  rejects: Int32Array;
  reopens: Int32Array;
  pingPong: Uint8Array;
  rejectCount: Float64Array;
  reopenCount: Float64Array;
  dispatchSeq: PackedStrings;
  extra: Record<string, PackedStrings>;
  /** Sort ranks of the rows (see @core/query/ranks), by column. */
  ranks: Record<string, Uint32Array>;
};

/** What the chunks of a table share: the row count, dictionaries and extra column names. */
export type TableHeader = {
  n: number;
  hasEvents: boolean;
  chunks: number;
  dicts: Record<CodedColumn, PackedStrings>;
  extraKeys: string[];
};

/** The header of `t` (dictionaries as they are now; encode it after the last row is written). */
export function encodeHeader(t: StoreTable): TableHeader {
  return {
    n: t.n,
    hasEvents: t.hasEvents,
    chunks: Math.ceil(t.n / CHUNK_ROWS),
    dicts: Object.fromEntries(CODED_COLUMNS.map((c) => [c, packStrings(t.dicts[c].values)])) as Record<CodedColumn, PackedStrings>,
    extraKeys: Object.keys(t.extra),
  };
}

/**
 * Chunk `index` of `t`. Typed arrays are copied (`slice`), never views: structured cloning a view
 * would store its whole underlying buffer.
 */
export function encodeChunk(t: StoreTable, index: number, ranks: Record<string, Uint32Array> = {}): TicketChunk {
  const start = index * CHUNK_ROWS;
  const end = Math.min(t.n, start + CHUNK_ROWS);
  const seq: string[] = new Array(end - start);
  for (let i = start; i < end; i++) seq[i - start] = (t.dispatchSeq[i] ?? []).join(SEQ_SEP);
  return {
    index,
    start,
    n: end - start,
    text: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, packStrings(t.text[c], start, end)])) as Record<TextColumn, PackedStrings>,
    time: Object.fromEntries(TIME_COLUMNS.map((c) => [c, t.time[c].slice(start, end)])) as Record<TimeColumn, Float64Array>,
    codes: Object.fromEntries(CODED_COLUMNS.map((c) => [c, t.codes[c].slice(start, end)])) as Record<CodedColumn, Int32Array>,
    month: t.month.slice(start, end),
    rejects: t.rejects.slice(start, end),
    reopens: t.reopens.slice(start, end),
    pingPong: t.pingPong.slice(start, end),
    rejectCount: t.rejectCount.slice(start, end),
    reopenCount: t.reopenCount.slice(start, end),
    dispatchSeq: packStrings(seq),
    extra: Object.fromEntries(Object.keys(t.extra).map((k) => [k, packStrings(t.extra[k]!, start, end)])),
    ranks: Object.fromEntries(Object.keys(ranks).map((k) => [k, ranks[k]!.slice(start, end)])),
  };
}

/**
 * Rebuilds the table (and the stored ranks) from its header and chunks. Throws when the chunks do
 * not cover exactly rows 0..n-1, so a damaged store is reported instead of read half.
 */
export function decodeTable(h: TableHeader, chunks: readonly TicketChunk[]): { table: StoreTable; ranks: Record<string, Uint32Array> } {
  const n = h.n;
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  let covered = 0;
  for (const c of sorted) {
    if (c.start !== covered) throw new Error(`数据块不连续（第 ${c.index} 块），请重新导入数据`);
    covered += c.n;
  }
  if (covered !== n) throw new Error(`数据块缺失（应有 ${n} 行，只有 ${covered} 行），请重新导入数据`);
  const text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Array<string>(n)])) as Record<TextColumn, string[]>;
  const time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, new Float64Array(n)])) as Record<TimeColumn, Float64Array>;
  const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, new Int32Array(n)])) as Record<CodedColumn, Int32Array>;
  const month = new Int32Array(n), rejects = new Int32Array(n), reopens = new Int32Array(n);
  const pingPong = new Uint8Array(n);
  const rejectCount = new Float64Array(n), reopenCount = new Float64Array(n);
  const dispatchSeq: string[][] = new Array(n);
  const extra: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const k of h.extraKeys) extra[k] = new Array<string>(n);
  const rankKeys = sorted[0] ? Object.keys(sorted[0].ranks) : [];
  const ranks: Record<string, Uint32Array> = {};
  for (const k of rankKeys) ranks[k] = new Uint32Array(n);
  const seqTmp: string[] = [];
  for (const c of sorted) {
    const s = c.start;
    for (const k of TEXT_COLUMNS) unpackStrings(c.text[k], text[k], s);
    for (const k of TIME_COLUMNS) time[k].set(c.time[k], s);
    for (const k of CODED_COLUMNS) codes[k].set(c.codes[k], s);
    month.set(c.month, s);
    rejects.set(c.rejects, s);
    reopens.set(c.reopens, s);
    pingPong.set(c.pingPong, s);
    rejectCount.set(c.rejectCount, s);
    reopenCount.set(c.reopenCount, s);
    seqTmp.length = 0;
    unpackStrings(c.dispatchSeq, seqTmp, 0);
    for (let i = 0; i < c.n; i++) dispatchSeq[s + i] = seqTmp[i] ? seqTmp[i]!.split(SEQ_SEP) : NO_UNITS;
    for (const k of h.extraKeys) {
      if (c.extra[k]) unpackStrings(c.extra[k], extra[k], s);
      else extra[k]!.fill('', s, s + c.n);
    }
    for (const k of rankKeys) if (c.ranks[k]) ranks[k]!.set(c.ranks[k], s);
  }
  const dicts = Object.fromEntries(CODED_COLUMNS.map((c) => [c, lazyDict(unpackStrings(h.dicts[c]))])) as StoreTable['dicts'];
  return {
    table: { n, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, hasEvents: h.hasEvents, extra, rejectCount, reopenCount },
    ranks,
  };
}
