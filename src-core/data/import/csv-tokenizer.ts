/** Incremental RFC 4180-style CSV tokenizer over decoded text pieces. */
import type { Delimiter } from './types';

/** Why a record could not be read as written; the record is then rejected as a whole. */
export type RecordProblem = { field: number; value: string; reason: 'oversize' | 'unclosed-quote' | 'too-many-fields' };

/** Receives each record (a fresh array) and, for a broken one, what is wrong with it. */
export type RecordSink = (fields: string[], problem: RecordProblem | null) => void;

/**
 * Receives a record written without quotes or CRs inside, as the line text[from, end) (line
 * break excluded): its fields are `text.slice(from, end).split(delimiter)`, fewer than
 * MAX_FIELDS. `text` is a whole piece of text: read what is needed before returning, and keep
 * no reference to it. `piece` numbers the pieces, so that a position found in one (such as
 * where the next delimiter is) may be remembered as a number for the following lines.
 */
export type LineSink = (text: string, from: number, end: number, piece: number) => void;

const START = 0, UNQ = 1, Q = 2, QQ = 3, SKIP = 4;
const QUOTE = 34, LF = 10, CR = 13;
/** More fields than this in one record means the file is not a ticket table (or the delimiter is wrong). */
export const MAX_FIELDS = 10_000;
const SHOWN = 50;

/**
 * Splits text into records. Quoted fields may hold delimiters, newlines and doubled quotes; a
 * quote in the middle of an unquoted field is kept literally; text after a closing quote is
 * appended (lenient, as Excel does). Line breaks are LF, CRLF or CR, and may be cut between
 * pieces anywhere.
 *
 * Memory and time are bounded: a field longer than `limit` characters rejects its record. When
 * the field is an unclosed quote that ran on, its text after the first line break is read again
 * with quotes taken literally (each character is scanned at most twice), so the rows it
 * swallowed are recovered; an unquoted overlong line is skipped to its end.
 */
export class CsvTokenizer {
  private st = START;
  private buf = '';
  private fields: string[] = [];
  private recChars = 0;
  private pendingCR = false;
  private problem: RecordProblem | null = null;
  private readonly d: number;
  private readonly ds: string;
  /**
   * When set, quote-free lines go here whole instead of to the record sink as field strings, so
   * that the reader finds the fields itself and slices only those it keeps as text (each string
   * made is an allocation, and most cells of a ticket row become numbers or enum constants).
   */
  lineSink: LineSink | null = null;
  /** Number of the text piece being tokenized (see LineSink). */
  private piece = 0;

  constructor(delimiter: Delimiter, private readonly sink: RecordSink, private readonly limit = 1 << 20) {
    this.d = delimiter.charCodeAt(0);
    this.ds = delimiter;
  }

  /** Tokenizes the next piece of text. */
  feed(s: string): void {
    this.run(s, false);
    this.checkOverflow();
  }

  /** Ends the input: the last record is emitted unless it is the empty line after a final newline. */
  end(): void {
    this.pendingCR = false;
    const st = this.st;
    if (st === SKIP) { this.reset(); return; }
    if (st === Q) {
      this.st = START;
      this.unclosed(this.buf, 'unclosed-quote');
      if (this.st === Q) this.st = START; // literal replay never opens a quote; defensive only
      this.end();
      return;
    }
    if (st === START && this.fields.length === 0 && this.buf === '') return;
    this.pushField(this.buf);
    this.emit();
  }

  private reset(): void {
    this.st = START;
    this.buf = '';
    this.fields = [];
    this.recChars = 0;
    this.problem = null;
  }

  private pushField(f: string): void {
    const fields = this.fields;
    this.recChars += f.length;
    if (f.length > this.limit) {
      this.problem ??= { field: fields.length, value: f.slice(0, SHOWN), reason: 'oversize' };
      f = f.slice(0, SHOWN);
    }
    fields.push(f);
  }

  private emit(): void {
    const fields = this.fields, problem = this.problem;
    this.fields = [];
    this.recChars = 0;
    this.problem = null;
    this.buf = '';
    this.st = START;
    this.sink(fields, problem);
  }

  /** A quoted field ran past the limit or the end: reject its record, then re-read what it swallowed. */
  private unclosed(text: string, reason: RecordProblem['reason']): void {
    this.problem ??= { field: this.fields.length, value: text.slice(0, SHOWN), reason };
    this.fields.push(text.slice(0, SHOWN));
    this.emit();
    let nl = -1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || c === CR) { nl = k; break; }
    }
    if (nl < 0) { this.st = reason === 'unclosed-quote' ? START : SKIP; return; }
    let from = nl + 1;
    if (text.charCodeAt(nl) === CR && text.charCodeAt(from) === LF) from++;
    this.run(text.slice(from), true);
  }

  private checkOverflow(): void {
    if (this.buf.length <= this.limit && this.recChars <= this.limit * 4) return;
    if (this.st === Q) {
      const text = this.buf;
      this.buf = '';
      this.st = START;
      this.unclosed(text, 'oversize');
      this.checkOverflow();
    } else if (this.st === UNQ || this.recChars > this.limit * 4) {
      this.problem ??= { field: this.fields.length, value: this.buf.slice(0, SHOWN), reason: 'oversize' };
      this.fields.push(this.buf.slice(0, SHOWN));
      this.emit();
      this.st = SKIP;
    }
  }

  private run(s: string, literal: boolean): void {
    const d = this.d, n = s.length, piece = ++this.piece;
    let st = this.st, buf = this.buf, i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (n > 0 && s.charCodeAt(0) === LF) i = 1;
    }
    let start = i;
    // Positions of the next quote and CR at or after i (n when none), refreshed lazily so that
    // the fast path below scans each character a bounded number of times.
    let nextQuote = -1, nextCR = -1;
    const ds = String.fromCharCode(d);
    while (i < n) {
      if (st === START && this.fields.length === 0) {
        // Fast path: a whole line without quotes or stray CRs is split natively.
        const eol = s.indexOf('\n', i);
        if (eol >= 0 && eol - i <= this.limit) {
          if (nextQuote < i) { nextQuote = s.indexOf('"', i); if (nextQuote < 0) nextQuote = n; }
          if (nextCR < i) { nextCR = s.indexOf('\r', i); if (nextCR < 0) nextCR = n; }
          const end = nextCR === eol - 1 ? eol - 1 : eol;
          if (nextQuote > eol && (nextCR >= eol || nextCR === eol - 1)) {
            if (this.lineSink !== null) {
              if (end - i < MAX_FIELDS - 1 || this.fewerFields(s, i, end)) {
                const from = i;
                i = eol + 1;
                start = i;
                this.lineSink(s, from, end, piece);
                continue;
              }
            } else {
              const fields = s.slice(i, end).split(ds);
              if (fields.length < MAX_FIELDS) {
                i = eol + 1;
                start = i;
                this.sink(fields, null);
                continue;
              }
            }
          }
        }
      }
      if (st === Q) {
        const j = s.indexOf('"', i);
        if (j < 0) { i = n; break; }
        buf += s.slice(start, j);
        st = QQ;
        i = j + 1;
        continue;
      }
      if (st === UNQ) {
        let c = 0;
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i === n) break;
        this.pushField(buf + s.slice(start, i));
        buf = '';
        st = START;
        if (c === d) { i++; start = i; this.checkFieldCount(); if (this.st === SKIP) { st = SKIP; } continue; }
        // line break: handled below by falling through with st = START and the same i
        this.buf = '';
        this.emit();
        i = this.lineBreak(s, i);
        start = i;
        continue;
      }
      const c = s.charCodeAt(i);
      if (st === START) {
        if (c === QUOTE && !literal) { st = Q; i++; start = i; continue; }
        if (c === d) { this.pushField(''); i++; this.checkFieldCount(); if (this.st === SKIP) st = SKIP; continue; }
        if (c === LF || c === CR) {
          this.pushField('');
          this.emit();
          i = this.lineBreak(s, i);
          continue;
        }
        st = UNQ;
        start = i;
        i++;
        continue;
      }
      if (st === QQ) {
        if (c === QUOTE) { buf += '"'; st = Q; i++; start = i; continue; }
        if (c === d) { this.pushField(buf); buf = ''; st = START; i++; this.checkFieldCount(); if (this.st === SKIP) st = SKIP; continue; }
        if (c === LF || c === CR) {
          this.pushField(buf);
          buf = '';
          this.emit();
          st = START;
          i = this.lineBreak(s, i);
          continue;
        }
        st = UNQ; // text after a closing quote: kept, as Excel does
        start = i;
        continue;
      }
      // SKIP: the rest of an overlong line
      if (c === LF || c === CR) { st = START; i = this.lineBreak(s, i); this.reset(); continue; }
      i++;
    }
    if (st === UNQ || st === Q) buf += s.slice(start, n);
    this.st = st;
    this.buf = buf;
  }

  /** Whether s[from, end) has fewer than MAX_FIELDS fields (more go to the general path, which rejects them). */
  private fewerFields(s: string, from: number, end: number): boolean {
    const ds = this.ds;
    let p = from;
    for (let k = 1; k < MAX_FIELDS; k++) {
      const c = s.indexOf(ds, p);
      if (c < 0 || c >= end) return true;
      p = c + 1;
    }
    return false;
  }

  /** Index after the line break at i; a CR at the very end may be the first half of CRLF. */
  private lineBreak(s: string, i: number): number {
    if (s.charCodeAt(i) === CR) {
      if (i + 1 === s.length) { this.pendingCR = true; return i + 1; }
      if (s.charCodeAt(i + 1) === LF) return i + 2;
    }
    return i + 1;
  }

  private checkFieldCount(): void {
    if (this.fields.length < MAX_FIELDS && this.recChars <= this.limit * 4) return;
    this.problem ??= { field: this.fields.length - 1, value: '', reason: this.recChars > this.limit * 4 ? 'oversize' : 'too-many-fields' };
    this.emit();
    this.st = SKIP;
  }
}
