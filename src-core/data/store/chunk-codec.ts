import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, type CodedColumn, type TextColumn, type TimeColumn } from '../table/ticket-table';
import { lazyDict } from '../table/dict';
import { CHUNK_ROWS } from '../table/chunk-rows';
import { StringColumn } from '../table/string-column';
import { isKeyDict, keyDicts, keyDictSizes, KEY_DICTS, type KeyDict, type StoreTable } from './store-table';
import { packStrings, unpackStrings, type PackedStrings } from './string-codec';

export { CHUNK_ROWS };

/** Separator of the dispatch-sequence units of one row inside a packed string (never in a unit name). */
const SEQ_SEP = '\u0001';

/**
 * The dispatch sequence of rows without one, shared (never mutated: builders replace a row's
 * array, they do not push into it) so that a million rows do not cost a million empty arrays.
 */
const NO_UNITS: string[] = [];

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

/**
 * Dictionaries a store of the previous format kept in a record of their own (`dictsRecord`), read
 * after the first rows were shown. Stores written now keep none of them (`keySizes`): they are
 * the {@link KEY_DICTS}, worked out from the rows.
 */
export const DEFERRED_DICTS = KEY_DICTS;
type DeferredDict = KeyDict;

/** What the chunks of a table share: the row count, dictionaries and extra column names. */
export type TableHeader = {
  n: number;
  hasEvents: boolean;
  chunks: number;
  /** Every coded column's dictionary, but the {@link DEFERRED_DICTS} when `dictsRecord` is set. */
  dicts: Partial<Record<CodedColumn, PackedStrings>>;
  extraKeys: string[];
  /** The {@link DEFERRED_DICTS} are in a record of their own (see {@link encodeDeferredDicts}; previous format). */
  dictsRecord?: boolean;
  /** The number of codes of each of the {@link KEY_DICTS}, which are not stored (current format). */
  keySizes?: Record<KeyDict, number>;
  /** The stored sort ranks are in a record of their own (newer stores), not in the chunks. */
  ranksRecord?: boolean;
};

/**
 * The header of `t` (dictionaries as they are now; encode it after the last row is written).
 * `split`: the format stores write now, with the ranks in a record of their own and the key
 * dictionaries left out; without it, every dictionary is in the header (older format).
 */
export function encodeHeader(t: StoreTable, split = false): TableHeader {
  const cols = split ? CODED_COLUMNS.filter((c) => !isKeyDict(c)) : CODED_COLUMNS;
  return {
    ...(split ? { ranksRecord: true, keySizes: keyDictSizes(t) } : {}),
    n: t.n,
    hasEvents: t.hasEvents,
    chunks: Math.ceil(t.n / CHUNK_ROWS),
    dicts: Object.fromEntries(cols.map((c) => [c, packStrings(t.dicts[c].values)])),
    extraKeys: Object.keys(t.extra),
  };
}

/** The {@link DEFERRED_DICTS} of `t`, for the record a header with `dictsRecord` points at (previous format). */
export function encodeDeferredDicts(t: StoreTable): Record<DeferredDict, PackedStrings> {
  return Object.fromEntries(DEFERRED_DICTS.map((c) => [c, packStrings(t.dicts[c].values)])) as Record<DeferredDict, PackedStrings>;
}

/** Bytes of the numeric columns of a chunk of `n` rows (see {@link encodeChunk}). */
export function chunkNumberBytes(n: number): number {
  return n * ((TIME_COLUMNS.length + 2) * 8 + (CODED_COLUMNS.length + 3) * 4 + 1);
}

/**
 * Chunk `index` of `t`. Its numeric columns are copies of the table's rows, laid out one after
 * the other in one buffer (8-byte columns first, so every view is aligned): structured cloning a
 * view of the table's own column would store the whole column, and one buffer per chunk rather
 * than thirty keeps a cold start's reads to one allocation per chunk.
 *
 * `scratch`, when given and exactly {@link chunkNumberBytes} of this chunk long, is that buffer:
 * the chunk is then valid only until the next call with the same scratch, so a writer that
 * serializes each chunk at once (IndexedDB's put does) leaves no copy behind for the collector.
 */
export function encodeChunk(
  t: StoreTable, index: number, ranks: Record<string, Uint32Array> = {}, scratch?: ArrayBuffer,
): TicketChunk {
  const start = index * CHUNK_ROWS;
  const end = Math.min(t.n, start + CHUNK_ROWS);
  const n = end - start;
  const bytes = chunkNumberBytes(n);
  const buf = scratch && scratch.byteLength === bytes ? scratch : new ArrayBuffer(bytes);
  let at = 0;
  const f64 = (src: Float64Array): Float64Array => { const a = new Float64Array(buf, at, n); at += n * 8; a.set(src.subarray(start, end)); return a; };
  const i32 = (src: Int32Array): Int32Array => { const a = new Int32Array(buf, at, n); at += n * 4; a.set(src.subarray(start, end)); return a; };
  const time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, f64(t.time[c])])) as Record<TimeColumn, Float64Array>;
  const rejectCount = f64(t.rejectCount), reopenCount = f64(t.reopenCount);
  const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, i32(t.codes[c])])) as Record<CodedColumn, Int32Array>;
  const month = i32(t.month), rejects = i32(t.rejects), reopens = i32(t.reopens);
  const pingPong = new Uint8Array(buf, at, n);
  pingPong.set(t.pingPong.subarray(start, end));
  const seq: string[] = new Array(n);
  for (let i = start; i < end; i++) seq[i - start] = (t.dispatchSeq[i] ?? []).join(SEQ_SEP);
  return {
    index,
    start,
    n,
    text: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, t.text[c].segment(index)])) as Record<TextColumn, PackedStrings>,
    time,
    codes,
    month,
    rejects,
    reopens,
    pingPong,
    rejectCount,
    reopenCount,
    dispatchSeq: packStrings(seq),
    extra: Object.fromEntries(Object.keys(t.extra).map((k) => [k, packStrings(t.extra[k]!, start, end)])),
    ranks: Object.fromEntries(Object.keys(ranks).map((k) => [k, ranks[k]!.slice(start, end)])),
  };
}

/**
 * Rebuilds a table chunk by chunk, so a reader can stream chunks out of storage and let each
 * record go before the next arrives (the whole store never sits in memory twice).
 */
export class TableDecoder {
  private readonly n: number;
  private covered = 0;
  private readonly seen = new Set<number>();
  private readonly text: Record<TextColumn, StringColumn>;
  private readonly time: Record<TimeColumn, Float64Array>;
  private readonly codes: Record<CodedColumn, Int32Array>;
  private readonly month: Int32Array;
  private readonly rejects: Int32Array;
  private readonly reopens: Int32Array;
  private readonly pingPong: Uint8Array;
  private readonly rejectCount: Float64Array;
  private readonly reopenCount: Float64Array;
  private readonly dispatchSeq: string[][];
  private readonly extra: Record<string, string[]>;
  private readonly ranks: Record<string, Uint32Array> = {};
  private readonly seqTmp: string[] = [];
  private readonly dicts: StoreTable['dicts'];
  private dictsPending: boolean;
  /** Chunks 0..prefixChunks-1 have all been added. */
  private prefixChunks = 0;

  constructor(private readonly h: TableHeader) {
    const n = (this.n = h.n);
    this.text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, StringColumn.sized(n)])) as Record<TextColumn, StringColumn>;
    this.time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, new Float64Array(n)])) as Record<TimeColumn, Float64Array>;
    this.codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, new Int32Array(n)])) as Record<CodedColumn, Int32Array>;
    this.month = new Int32Array(n); this.rejects = new Int32Array(n); this.reopens = new Int32Array(n);
    this.pingPong = new Uint8Array(n);
    this.rejectCount = new Float64Array(n); this.reopenCount = new Float64Array(n);
    this.dispatchSeq = new Array(n);
    this.extra = Object.create(null) as Record<string, string[]>;
    for (const k of h.extraKeys) this.extra[k] = new Array<string>(n);
    // Dictionaries come with the header, so rows decoded early can already be displayed; the key
    // ones (not displayed) read as empty until finish (or addDicts, in the previous format).
    this.dicts = Object.fromEntries(CODED_COLUMNS.map((c) => {
      const packed = h.dicts[c];
      return [c, lazyDict(packed ? unpackStrings(packed) : [''])];
    })) as StoreTable['dicts'];
    this.dictsPending = !!h.dictsRecord;
  }

  /** Number of leading rows (0..prefixRows-1) already decoded: chunks may be read in any order. */
  get prefixRows(): number {
    while (this.seen.has(this.prefixChunks)) this.prefixChunks++;
    return Math.min(this.n, this.prefixChunks * CHUNK_ROWS);
  }

  /**
   * The table being decoded, sharing its columns: only rows below {@link prefixRows} are
   * complete. For showing the first rows while the rest is still being read; use finish() for
   * anything that looks at every row.
   */
  partial(): StoreTable {
    const { n, h, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, extra, rejectCount, reopenCount } = this;
    return { n, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, hasEvents: h.hasEvents, extra, rejectCount, reopenCount };
  }

  /** Adds one chunk (any order); throws on a chunk that does not fit the header. */
  add(c: TicketChunk): void {
    const s = c.start;
    if (s < 0 || s + c.n > this.n || this.seen.has(c.index) || s !== c.index * CHUNK_ROWS) {
      throw new Error(`数据块不连续（第 ${c.index} 块），请重新导入数据`);
    }
    this.seen.add(c.index);
    this.covered += c.n;
    // The stored text stays packed: the chunk's strings become the column's segments.
    for (const k of TEXT_COLUMNS) this.text[k].putSegment(c.index, c.text[k]);
    for (const k of TIME_COLUMNS) this.time[k].set(c.time[k], s);
    for (const k of CODED_COLUMNS) this.codes[k].set(c.codes[k], s);
    this.month.set(c.month, s);
    this.rejects.set(c.rejects, s);
    this.reopens.set(c.reopens, s);
    this.pingPong.set(c.pingPong, s);
    this.rejectCount.set(c.rejectCount, s);
    this.reopenCount.set(c.reopenCount, s);
    const seqTmp = this.seqTmp;
    seqTmp.length = 0;
    unpackStrings(c.dispatchSeq, seqTmp, 0);
    for (let i = 0; i < c.n; i++) this.dispatchSeq[s + i] = seqTmp[i] ? seqTmp[i]!.split(SEQ_SEP) : NO_UNITS;
    for (const k of this.h.extraKeys) {
      if (c.extra[k]) unpackStrings(c.extra[k], this.extra[k], s);
      else this.extra[k]!.fill('', s, s + c.n);
    }
    for (const k of Object.keys(c.ranks)) (this.ranks[k] ??= new Uint32Array(this.n)).set(c.ranks[k]!, s);
  }

  /** Adds the deferred dictionaries (the header's dicts record). */
  addDicts(d: Partial<Record<CodedColumn, PackedStrings>>): void {
    for (const c of DEFERRED_DICTS) {
      const p = d[c];
      if (p) this.dicts[c] = lazyDict(unpackStrings(p));
    }
    this.dictsPending = false;
  }

  /** Adds stored ranks of the whole table (the header's ranks record); arrays of the wrong length are ignored. */
  addRanks(ranks: Record<string, Uint32Array>): void {
    for (const k of Object.keys(ranks)) if (ranks[k]!.length === this.n) this.ranks[k] = ranks[k]!;
  }

  /** The table and stored ranks; throws when chunks are missing. */
  finish(): { table: StoreTable; ranks: Record<string, Uint32Array> } {
    const { n } = this;
    if (this.covered !== n) throw new Error(`数据块缺失（应有 ${n} 行，只有 ${this.covered} 行），请重新导入数据`);
    if (this.dictsPending) throw new Error('数据库中的地址与电话字典缺失，请在“设置”中清空数据后重新导入');
    const table = this.partial();
    if (this.h.keySizes) table.dicts = { ...table.dicts, ...keyDicts(table, this.h.keySizes) };
    return { table, ranks: this.ranks };
  }
}

/**
 * Rebuilds the table (and the stored ranks) from its header and chunks. Throws when the chunks do
 * not cover exactly rows 0..n-1, so a damaged store is reported instead of read half.
 */
export function decodeTable(h: TableHeader, chunks: readonly TicketChunk[]): { table: StoreTable; ranks: Record<string, Uint32Array> } {
  const d = new TableDecoder(h);
  for (const c of chunks) d.add(c);
  return d.finish();
}
