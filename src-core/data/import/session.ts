/** The streaming import session: bytes in, validated tickets or flow events out. */
import type { FlowEvent, Ticket } from '../tickets/ticket';
import { xlsxMessage } from '../xlsx/messages';
import { compoundFileNames, isEncryptedPackage } from '../xlsx/ole-encryption';
import { readXlsx, XlsxError } from '../xlsx/read-xlsx';
import { CsvTokenizer, MAX_FIELDS, type RecordProblem } from './csv-tokenizer';
import { detach } from '../../base/text/detach';
import { StreamDecoder } from './decode-stream';
import { missingMessage, planColumns, positionalName, type ColumnPlan } from './headers';
import type { CoreMessage } from '../../base/text/message';
import { DATE1904_DAYS } from './cell-values';
import { importMessage } from './messages';
import { ReportBuilder } from './report';
import { bomEncoding, decodeSample, detectDelimiter, detectEncoding, looksLikeOle, looksLikeZip, SNIFF_BYTES } from './sniff';
import { EventRowReader } from './event-rows';
import { concatBytes } from '../../base/bytes/concat-bytes';
import { TicketRowReader } from './ticket-rows';
import type { Cell, Delimiter, ImportBatch, ImportOptions, ImportSession, ValidationReport } from './types';

const DEFAULT_LIMIT = 1 << 20;
/** How many leading XLSX rows may be titles above the header row. */
const MAX_TITLE_ROWS = 5;

function problemReason(p: RecordProblem, limit: number): CoreMessage {
  if (p.reason === 'unclosed-quote') return importMessage('import.unclosedQuote');
  if (p.reason === 'too-many-fields') return importMessage('import.tooManyFields', { max: MAX_FIELDS });
  return limit >= 1 << 20 ? importMessage('import.fieldTooLongMiB', { size: limit / (1 << 20) }) : importMessage('import.fieldTooLongChars', { size: limit });
}

/** `ole`: a compound file, held whole to tell an encrypted workbook from a legacy .xls at the end. */
type Phase = 'head' | 'csv' | 'xlsx' | 'ole' | 'stopped';

class Session implements ImportSession {
  private phase: Phase = 'head';
  private head: Uint8Array[] = [];
  private headLen = 0;
  private readonly report_ = new ReportBuilder('csv', 'utf-8', ',');
  private decoder: StreamDecoder | null = null;
  private tokenizer: CsvTokenizer | null = null;
  private record = 0;
  private plan: ColumnPlan | null = null;
  private tickets: TicketRowReader | null = null;
  private events: EventRowReader | null = null;
  private batch: ImportBatch = { tickets: [], events: [], rows: 0 };
  private readonly keep: boolean;
  private readonly limit: number;
  private ended = false;
  /** The XLSX workbook counts dates from 1904. */
  private date1904 = false;

  constructor(private readonly opts: ImportOptions) {
    this.keep = opts.keepRows !== false;
    this.limit = opts.maxFieldChars ?? DEFAULT_LIMIT;
  }

  push(chunk: Uint8Array): ImportBatch {
    if (this.ended) throw new Error('导入会话已结束');
    if (chunk.length === 0) return this.take();
    switch (this.phase) {
      case 'head':
        // Copies: the caller may reuse the chunk's buffer for its next read.
        this.head.push(chunk.slice());
        this.headLen += chunk.length;
        if (this.headLen >= SNIFF_BYTES) this.start();
        break;
      case 'csv':
        this.feedCsv(chunk);
        break;
      case 'xlsx': case 'ole':
        this.head.push(chunk.slice());
        this.headLen += chunk.length;
        break;
      case 'stopped':
        break;
    }
    return this.take();
  }

  end(): ImportBatch {
    if (this.ended) return this.take();
    this.ended = true;
    if (this.phase === 'head') this.start();
    if (this.phase === 'csv') {
      try {
        const rest = this.decoder!.end();
        if (rest !== '') this.tokenizer!.feed(rest);
        this.tokenizer!.end();
        this.afterDecode();
      } catch (e) {
        this.fail(e);
      }
    } else if (this.phase === 'xlsx') {
      this.readXlsxNow();
    } else if (this.phase === 'ole') {
      const whole = concatBytes(this.head, this.headLen);
      this.refuse(isEncryptedPackage(whole) ? xlsxMessage('xlsx.encrypted') : importMessage('import.legacyOffice'));
    }
    if (this.phase !== 'stopped' && this.plan === null && this.report_.refused === undefined) {
      this.refuse(importMessage('import.emptyFile'));
    }
    this.phase = 'stopped';
    this.tickets?.release();
    return this.take();
  }

  report(): ValidationReport {
    return this.report_.build();
  }

  refused(): boolean {
    return this.report_.refused !== undefined;
  }

  private take(): ImportBatch {
    const b = this.batch;
    b.rows = this.report_.rows;
    this.batch = { tickets: [], events: [], rows: b.rows };
    return b;
  }

  private refuse(why: CoreMessage): void {
    this.report_.refuse(why);
    this.batch = { tickets: [], events: [], rows: 0 };
    this.phase = 'stopped';
    this.head = [];
  }

  /** Last line of defence: an importer bug must not lose the user's whole session. */
  private fail(e: unknown): void {
    this.refuse(importMessage('import.readError', { error: e instanceof Error ? e.message : String(e) }));
  }

  private start(): void {
    const head = concatBytes(this.head, this.headLen);
    this.head = [];
    const format = this.opts.format ?? (looksLikeZip(head) ? 'xlsx' : 'csv');
    if (format === 'xlsx' || (this.opts.format === undefined && head.length === 0 && /\.xlsx$/i.test(this.opts.fileName ?? ''))) {
      this.phase = 'xlsx';
      this.report_.format = 'xlsx';
      this.report_.delimiter = '';
      this.head = head.length > 0 ? [head] : [];
      return;
    }
    if (looksLikeOle(head)) {
      // An encrypted .xlsx is a compound file too; its directory may lie anywhere in the file,
      // so the file is held whole unless the head already holds the whole directory.
      if (compoundFileNames(head) !== null) {
        this.refuse(isEncryptedPackage(head) ? xlsxMessage('xlsx.encrypted') : importMessage('import.legacyOffice'));
        return;
      }
      this.phase = 'ole';
      this.head = [head];
      return;
    }
    const encoding = this.opts.encoding ?? detectEncoding(head);
    const bom = bomEncoding(head);
    const body = bom && bom.encoding === encoding ? head.subarray(bom.length) : head;
    const delimiter: Delimiter = this.opts.delimiter ?? detectDelimiter(decodeSample(body, encoding));
    this.report_.encoding = encoding;
    this.report_.delimiter = delimiter;
    this.decoder = new StreamDecoder(encoding, this.opts.encoding === undefined);
    this.tokenizer = new CsvTokenizer(delimiter, (f, p) => this.onRecord(f, p), this.limit);
    this.tokenizer.lineSink = (text, from, end, piece) => this.onLine(text, from, end, piece, delimiter);
    this.phase = 'csv';
    this.feedCsv(body);
  }

  private feedCsv(chunk: Uint8Array): void {
    try {
      // A copy in the engine's heap: the cells cut from a decoded piece keep it alive until their
      // rows are packed, and a browser's decoded text is memory its collector does not count.
      const text = detach(this.decoder!.push(chunk));
      this.afterDecode();
      if (text !== '') this.tokenizer!.feed(text);
    } catch (e) {
      this.fail(e);
    }
  }

  private switchNoted = false;
  private afterDecode(): void {
    const d = this.decoder!;
    if (d.switched && !this.switchNoted) {
      this.switchNoted = true;
      this.report_.encoding = d.encoding;
      this.report_.warn(this.record + 1, '', '', importMessage('import.encodingSwitched'));
    }
  }

  private onRecord(fields: Cell[], problem: RecordProblem | null): void {
    if (this.phase === 'stopped') return;
    this.record++;
    if (this.plan === null) {
      if (problem) {
        this.refuse(importMessage('import.badHeader'));
        return;
      }
      this.header(fields.map((c) => String(c)));
      return;
    }
    this.row(fields, this.record, problem);
  }

  /** A quote-free record as a line of text: ticket rows are read in place, anything else as strings. */
  private onLine(text: string, from: number, end: number, piece: number, delimiter: Delimiter): void {
    if (this.phase === 'stopped') return;
    if (this.tickets === null) {
      this.onRecord(text.slice(from, end).split(delimiter), null);
      return;
    }
    this.record++;
    const t = this.tickets.readLine(text, from, end, piece, delimiter, this.record);
    if (t && this.keep) this.batch.tickets.push(t);
  }

  private header(headers: string[]): void {
    const target = this.opts.target;
    const plan = planColumns(headers, target, this.opts.mapping);
    this.report_.columns = plan.columns;
    if (plan.missing.length > 0) {
      this.refuse(missingMessage(plan.missing, target));
      return;
    }
    this.plan = plan;
    for (const note of plan.notes) this.report_.warn(1, '', '', note);
    const serialDays = this.date1904 ? DATE1904_DAYS : 0;
    if (target === 'tickets') this.tickets = new TicketRowReader(plan, this.report_, serialDays);
    else {
      this.events = new EventRowReader(plan, this.report_, serialDays);
      const dropped = plan.columns.filter((c) => c.key === 'extra').map((c) => c.header || positionalName(c.index));
      if (dropped.length > 0) this.report_.warn(1, '', '', importMessage('import.eventColumnsDropped', { columns: dropped.join('、') }));
    }
  }

  private row(cells: Cell[], row: number, problem: RecordProblem | null): void {
    if (problem) {
      const col = this.plan!.columns[problem.field];
      const column = col ? (col.header || positionalName(col.index)) : positionalName(problem.field);
      this.report_.rows++;
      this.report_.reject(row, column, problem.value, problemReason(problem, this.limit));
      return;
    }
    if (this.tickets) {
      const t: Ticket | null = this.tickets.read(cells, row);
      if (t && this.keep) this.batch.tickets.push(t);
    } else {
      const e: FlowEvent | null = this.events!.read(cells, row);
      if (e && this.keep) this.batch.events.push(e);
    }
  }

  private readXlsxNow(): void {
    const bytes = concatBytes(this.head, this.headLen);
    this.head = [];
    const skipped: { r: number; headers: string[] }[] = [];
    try {
      readXlsx(bytes, (cells, r) => {
        if (this.phase === 'stopped') return false;
        if (this.plan === null) {
          this.record = r;
          const headers = cells.map((c) => (typeof c === 'number' ? String(c) : c));
          // Spreadsheets exported by offices often start with a title row (a merged
          // "2024年11月工单明细"): the header is the first of the first rows that names the
          // required columns. The file is refused, naming what the first row lacks, when none does.
          const fits = planColumns(headers, this.opts.target, this.opts.mapping).missing.length === 0;
          if (!fits && skipped.length < MAX_TITLE_ROWS) {
            skipped.push({ r, headers });
            return true;
          }
          if (!fits) {
            this.header(skipped[0]!.headers);
            return false;
          }
          if (skipped.length > 0) {
            this.report_.warn(r, '', '', importMessage('import.titleRowsSkipped', { rows: skipped.map((x) => x.r).join('、'), header: r }));
          }
          this.header(headers);
          return (this.phase as Phase) !== 'stopped';
        }
        this.row(cells, r, null);
        return true;
      }, (info) => {
        this.date1904 = info.date1904;
        for (const note of info.notes) this.report_.warn(1, '', '', note);
      });
      // Only title-like rows and no header: refuse, naming what the first row lacks.
      if (this.plan === null && skipped.length > 0 && this.report_.refused === undefined) this.header(skipped[0]!.headers);
    } catch (e) {
      if (e instanceof XlsxError) this.refuse(e.msg);
      else this.fail(e);
    }
  }
}

/**
 * Starts reading one ticket or flow-event file. Feed its bytes with push() in chunks of any
 * size, then call end(). CSV rows come out of the push() that completes them; XLSX rows all come
 * out of end() (a ZIP's directory is at its end). A refused file yields no rows and
 * report().refused says why in Chinese. Never throws on bad input.
 */
export function createImportSession(opts: ImportOptions): ImportSession {
  return new Session(opts);
}
