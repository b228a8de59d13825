import { packStrings, unpackStrings, type PackedStrings } from '../store/string-codec';
import { CHUNK_ROWS } from './chunk-rows';

/** Read access to a column of strings by row (a {@link StringColumn} or a wrapped array). */
export type StringLookup = { readonly length: number; get(row: number): string };

/** A plain array as a {@link StringLookup} (missing entries read as ''). */
export function lookupOf(values: readonly string[]): StringLookup {
  return { length: values.length, get: (i) => values[i] ?? '' };
}

/**
 * A text column held as packed segments of {@link CHUNK_ROWS} rows (one string per segment plus
 * end offsets, the form the store writes) instead of one JS string per row: a million tickets'
 * six text columns would otherwise be six million string objects, about 150 MB of headers and
 * slots on top of the text. Rows past the last full segment sit in a plain array (`tail`) until
 * {@link packFull}; rows changed inside a packed segment are kept as edits of that segment until
 * {@link segment} repacks it. Segments are never modified in place, so {@link clone} can share
 * them: a builder works on a clone and the original stays intact.
 */
export class StringColumn implements StringLookup {
  private segs: (PackedStrings | undefined)[];
  private tail: string[];
  private edits: (Map<number, string> | undefined)[];
  private n: number;

  constructor(n = 0, segs: (PackedStrings | undefined)[] = [], tail: string[] = [], edits: (Map<number, string> | undefined)[] = []) {
    this.n = n;
    this.segs = segs;
    this.tail = tail;
    this.edits = edits;
  }

  /** A column holding `values` (copied; full segments packed). */
  static from(values: readonly string[]): StringColumn {
    const c = new StringColumn();
    for (let i = 0; i < values.length; i++) c.push(values[i] ?? '');
    c.packFull();
    return c;
  }

  /** An empty column of `n` rows to be filled with {@link putSegment} (rows of missing segments read as ''). */
  static sized(n: number): StringColumn {
    return new StringColumn(n, new Array<PackedStrings | undefined>(Math.ceil(n / CHUNK_ROWS)), [], []);
  }

  get length(): number { return this.n; }

  /** Row `row`'s text ('' outside the column). */
  get(row: number): string {
    const k = Math.floor(row / CHUNK_ROWS);
    const segs = this.segs;
    if (k >= segs.length) return this.tail[row - segs.length * CHUNK_ROWS] ?? '';
    const e = this.edits[k];
    if (e !== undefined) { const v = e.get(row); if (v !== undefined) return v; }
    const p = segs[k];
    if (p === undefined) return '';
    const j = row - k * CHUNK_ROWS;
    const ends = p.ends;
    if (j < 0 || j >= ends.length) return '';
    const a = j === 0 ? 0 : ends[j - 1]!, b = ends[j]!;
    return a === b ? '' : p.blob.slice(a, b);
  }

  /** Sets row `row` (an existing row). */
  set(row: number, s: string): void {
    const k = Math.floor(row / CHUNK_ROWS);
    if (row < 0 || row >= this.n) throw new RangeError(`行 ${row} 超出文本列范围（共 ${this.n} 行）`);
    if (k >= this.segs.length) { this.tail[row - this.segs.length * CHUNK_ROWS] = s; return; }
    (this.edits[k] ??= new Map()).set(row, s);
  }

  /** Appends a row. */
  push(s: string): void {
    const last = this.segs.length - 1;
    // A partial last segment (a stored table's last chunk) goes back to the tail before growing.
    if (last >= 0 && this.tail.length === 0 && this.n < this.segs.length * CHUNK_ROWS) {
      const p = this.segs.pop();
      const rows = p ? unpackStrings(p) : new Array<string>(this.n - last * CHUNK_ROWS).fill('');
      const e = this.edits.length > last ? this.edits.splice(last)[0] : undefined;
      if (e) for (const [r, v] of e) rows[r - last * CHUNK_ROWS] = v;
      this.tail = rows;
    }
    this.tail.push(s);
    this.n++;
  }

  /** Packs every full segment of the tail (the text then lives in one string per segment). Returns the number of packed segments. */
  packFull(): number {
    // The tail starts at a segment boundary (push keeps it so), so its full segments are whole.
    const full = Math.floor(this.tail.length / CHUNK_ROWS);
    for (let s = 0; s < full; s++) this.segs.push(packStrings(this.tail, s * CHUNK_ROWS, (s + 1) * CHUNK_ROWS));
    if (full > 0) this.tail = this.tail.slice(full * CHUNK_ROWS);
    return this.segs.length;
  }

  /** Number of rows in packed segments (rows from here on are in the unpacked tail). */
  get packedRows(): number {
    return Math.min(this.n, this.segs.length * CHUNK_ROWS);
  }

  /**
   * Rows of segment `k` packed (the stored chunk's text). A segment with edits is repacked and
   * the repacked form replaces it; a full segment of the tail is packed and moves out of the tail.
   */
  segment(k: number): PackedStrings {
    const start = k * CHUNK_ROWS;
    const end = Math.min(this.n, start + CHUNK_ROWS);
    if (k < this.segs.length) {
      const e = this.edits[k];
      const p = this.segs[k];
      if (e === undefined && p !== undefined) return p;
      const rows: string[] = new Array(end - start);
      for (let i = start; i < end; i++) rows[i - start] = this.get(i);
      const q = packStrings(rows);
      this.segs[k] = q;
      this.edits[k] = undefined;
      return q;
    }
    if (k === this.segs.length && end - start === CHUNK_ROWS && this.tail.length >= CHUNK_ROWS) {
      this.packFull();
      return this.segs[k]!;
    }
    const t0 = this.segs.length * CHUNK_ROWS;
    return packStrings(this.tail, start - t0, end - t0);
  }

  /** Sets segment `k` (a stored chunk's text, read back in any order). */
  putSegment(k: number, p: PackedStrings): void {
    this.segs[k] = p;
    this.edits[k] = undefined;
  }

  /** Every row's segment as { start, packed }: the packed form the quick search scans. */
  packedView(): { start: number; packed: PackedStrings }[] {
    const out: { start: number; packed: PackedStrings }[] = [];
    const k = Math.ceil(this.n / CHUNK_ROWS);
    for (let i = 0; i < k; i++) out.push({ start: i * CHUNK_ROWS, packed: this.segment(i) });
    return out;
  }

  /**
   * True when rows [0, n) of this column and `other` hold the same strings. Segments the two
   * share (a table and the one an import built from it) are not compared row by row.
   */
  samePrefix(other: StringColumn, n: number): boolean {
    if (n > this.n || n > other.n) return false;
    for (let k = 0; k * CHUNK_ROWS < n; k++) {
      const start = k * CHUNK_ROWS, end = Math.min(n, start + CHUNK_ROWS);
      const p = this.segs[k];
      if (end - start === CHUNK_ROWS && p !== undefined && p === other.segs[k] && !this.edits[k] && !other.edits[k]) continue;
      for (let i = start; i < end; i++) if (this.get(i) !== other.get(i)) return false;
    }
    return true;
  }

  /** A copy that shares the packed segments (they are never changed in place). */
  clone(): StringColumn {
    return new StringColumn(this.n, this.segs.slice(), this.tail.slice(), this.edits.map((e) => (e ? new Map(e) : undefined)));
  }

  /** The rows as a plain array (for one-off passes such as sorting; costs a string per row). */
  toArray(start = 0, end = this.n): string[] {
    const out = new Array<string>(Math.max(0, end - start));
    for (let i = start; i < end; i++) out[i - start] = this.get(i);
    return out;
  }
}
