/** Validation of ticket rows into {@link Ticket} records (DOMAIN.md section 2). */
import { TICKET_COLUMNS, type ColumnSpec } from '../tickets/columns';
import type { Ticket } from '../tickets/ticket';
import { cellCount, cellDateTime, cellText, EnumReader, fastDateTime, INVALID, restorePhone } from './cell-values';
import { positionalName, type ColumnPlan } from './headers';
import { detach } from '../../base/text/detach';
import type { CoreMessage } from '../../base/text/message';
import { importMessage } from './messages';
import type { ReportBuilder } from './report';
import { SeenIds } from './seen-ids';
import type { Cell, Delimiter } from './types';

const TEXT = 0, DATETIME = 1, COUNT = 2, PHONE = 3, ENUM = 4, EXTRA = 5, IGNORE = 6, ACCEPTED = 7;

/** Ticket fields in the order of the Ticket type (and of the objects made here), `extra` aside. */
const SLOT_KEYS = [
  'id', 'acceptedAt', 'channel', 'kind', 'category', 'content', 'district', 'street', 'address', 'callerName', 'callerPhone',
  'urgency', 'unit', 'unitType', 'dispatchedAt', 'dueAt', 'status', 'closedAt', 'reply', 'surveyedAt', 'responded',
  'resolved', 'satisfaction', 'exempted', 'rejectCount', 'reopenCount',
] as const satisfies readonly (keyof Ticket)[];
type Slot = string | number | null;
/** Value of each slot when its column is absent or its cell empty. */
const BLANK: readonly Slot[] = SLOT_KEYS.map((k): Slot => {
  if (k === 'acceptedAt') return NaN;
  const type = TICKET_COLUMNS.find((c) => c.key === k)!.type;
  return type === 'datetime' || type === 'count' ? null : '';
});
const SLOT_OF = new Map<string, number>(SLOT_KEYS.map((k, i) => [k, i]));

/** Every handler has every property, so that the row loop reads one object shape. */
type Handler = {
  kind: number;
  /** Header as written, or the canonical header when the file's header cell is empty. */
  label: string;
  /** Index in SLOT_KEYS of the field the column fills; -1 for extra and ignored columns. */
  slot: number;
  /** For enums: the reader and the accepted values as shown in messages. */
  reader: EnumReader | null;
  values: string;
  /** For extras: the field name in Ticket.extra. */
  name: string;
};

const SPECS = new Map<string, ColumnSpec>(TICKET_COLUMNS.map((c) => [c.key, c]));

/** A ticket from its slot values; one object literal so that all tickets share one shape. */
function makeTicket(v: readonly Slot[], extra: Record<string, string>): Ticket {
  /* eslint-disable @typescript-eslint/no-explicit-any -- the slot types follow SLOT_KEYS and BLANK */
  const a = v as any[];
  return {
    id: a[0], acceptedAt: a[1], channel: a[2], kind: a[3], category: a[4], content: a[5], district: a[6], street: a[7],
    address: a[8], callerName: a[9], callerPhone: a[10], urgency: a[11], unit: a[12], unitType: a[13], dispatchedAt: a[14],
    dueAt: a[15], status: a[16], closedAt: a[17], reply: a[18], surveyedAt: a[19], responded: a[20], resolved: a[21],
    satisfaction: a[22], exempted: a[23], rejectCount: a[24], reopenCount: a[25], extra,
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

const BAD_DATETIME = importMessage('import.badDateTime');
const NOT_COUNT = importMessage('import.notCount');

/** Whether a text cell is empty or white space only (cheap for the common non-empty case). */
function isBlank(v: string): boolean {
  if (v === '') return true;
  // An all-white-space string starts with white space: test only such strings with trim().
  const c = v.charCodeAt(0);
  return (c <= 32 || c === 0xa0 || c >= 0x1680) && v.trim() === '';
}

/**
 * Turns the cells of one row into a ticket, or records why not. Keeps the ids seen so that a
 * later row with an id already accepted is a duplicate (the first accepted row wins; a rejected
 * row does not claim its id).
 */
export class TicketRowReader {
  private readonly handlers: Handler[];
  private readonly seen = new SeenIds();
  private idLabel = '工单编号';
  // State of the row being read, reset by begin().
  /** The slot values, reset from BLANK. */
  private readonly slots: Slot[] = BLANK.slice();
  private extra: Record<string, string> = Object.create(null) as Record<string, string>;
  /** The first cell problem (the row is rejected with it once the id and 受理时间 are checked). */
  private err: { column: string; value: string; reason: CoreMessage } | null = null;
  private acceptedCell: Cell = '';
  private acceptedLabel = '受理时间';
  /** 受理时间 when readLine read it in place (then acceptedCell is unused), else NaN. */
  private acceptedMs = NaN;
  /**
   * The first delimiter at or after the last search in text piece `delimPiece` (its length when
   * none): remembered so that lines without delimiters do not each search to the end of the
   * piece (a number only: no reference to the text is kept).
   */
  private delimAt = -1;
  private delimPiece = -1;

  /** `serialDays` is added to date serials (1462, `DATE1904_DAYS`, for a 1904-system workbook). */
  constructor(plan: ColumnPlan, private readonly report: ReportBuilder, private readonly serialDays = 0) {
    this.handlers = plan.columns.map((c, i): Handler => {
      const h: Handler = { kind: IGNORE, label: c.header, slot: -1, reader: null, values: '', name: '' };
      if (c.key === 'ignore') return h;
      if (c.key === 'extra') { h.kind = EXTRA; h.name = plan.extraNames[i]!; return h; }
      const spec = SPECS.get(c.key)!;
      h.label = c.header === '' ? spec.header : c.header;
      h.slot = SLOT_OF.get(c.key)!;
      if (c.key === 'id') this.idLabel = h.label;
      if (spec.type === 'enum') {
        h.kind = ENUM;
        h.reader = new EnumReader(spec.values ?? [], spec.valueAliases);
        h.values = (spec.values ?? []).join('、') + (spec.valueAliases ? `（也接受 ${Object.keys(spec.valueAliases).join('、')}）` : '');
      } else if (c.key === 'acceptedAt') h.kind = ACCEPTED;
      else if (c.key === 'callerPhone') h.kind = PHONE;
      else h.kind = spec.type === 'datetime' ? DATETIME : spec.type === 'count' ? COUNT : TEXT;
      return h;
    });
  }

  /** Reads row `row` (1-based file row number); returns the ticket when accepted. */
  read(cells: readonly Cell[], row: number): Ticket | null {
    this.begin();
    for (let i = 0; i < cells.length; i++) this.cell(i, cells[i]!, row);
    return this.finish(row);
  }

  /**
   * Same as read() for a record written as the line text[from, end) without quotes or CRs, with
   * fewer than MAX_FIELDS fields: its cells are `text.slice(from, end).split(delimiter)`. Fields
   * are found while reading: datetimes in the common layout, counts of plain digits and enum
   * values written exactly are read in place (their checks also prove they hold no delimiter);
   * text is sliced where the next delimiter is; every other cell is sliced and goes through
   * read()'s code, so both give the same ticket and report. `piece` numbers `text` (see LineSink).
   */
  readLine(text: string, from: number, end: number, piece: number, delimiter: Delimiter, row: number): Ticket | null {
    this.begin();
    const hs = this.handlers, slots = this.slots, d = delimiter.charCodeAt(0);
    let p = from;
    for (let i = 0; ; i++) {
      // Field i starts at p; q becomes its end once known.
      let q = -1;
      const h = hs[i];
      if (h !== undefined) {
        const kind = h.kind;
        if (kind === TEXT) {
          q = this.fieldEnd(text, p, end, piece, delimiter);
          // As cell() does for a text cell (a string is never a long number).
          slots[h.slot] = cellText(text.slice(p, q));
        } else if (kind === DATETIME || kind === ACCEPTED) {
          if (kind === DATETIME && (p === end || text.charCodeAt(p) === d)) q = p; // empty: left blank
          else if (end - p >= 19 && (end - p === 19 || text.charCodeAt(p + 19) === d)) {
            const ms = fastDateTime(text, p);
            if (ms === ms && ms !== INVALID) {
              q = p + 19;
              if (kind === DATETIME) slots[h.slot] = ms;
              else { this.acceptedMs = ms; this.acceptedLabel = h.label; }
            }
          }
        } else if (kind === ENUM) {
          if (p === end || text.charCodeAt(p) === d) q = p; // empty: left blank
          else {
            const v = h.reader!.readExactAt(text, p, end, d);
            if (v !== null) { slots[h.slot] = v; q = p + v.length; }
          }
        } else if (kind === COUNT) {
          if (p === end || text.charCodeAt(p) === d) q = p; // empty: left blank
          else {
            let n = 0, k = p;
            for (; k < end && k - p < 10; k++) {
              const c = text.charCodeAt(k) - 48;
              if (c < 0 || c > 9) break;
              n = n * 10 + c;
            }
            // 1 to 9 digits up to the field's end: what cellCount's fast path reads.
            if (k - p < 10 && (k === end || text.charCodeAt(k) === d)) { slots[h.slot] = n; q = k; }
          }
        } else if (kind === IGNORE) {
          q = this.fieldEnd(text, p, end, piece, delimiter);
        }
      }
      if (q < 0) {
        q = this.fieldEnd(text, p, end, piece, delimiter);
        this.cell(i, text.slice(p, q), row);
      }
      if (q >= end) break;
      p = q + 1;
    }
    return this.finish(row);
  }

  /** End of the field that starts at p in the line ending at `end`: the next delimiter, or `end`. */
  private fieldEnd(text: string, p: number, end: number, piece: number, delimiter: Delimiter): number {
    let q = this.delimAt;
    if (piece !== this.delimPiece || q < p) {
      q = text.indexOf(delimiter, p);
      if (q < 0) q = text.length;
      this.delimAt = q;
      this.delimPiece = piece;
    }
    return q > end ? end : q;
  }

  /**
   * Drops what the reader holds of the last row (its cells are views on a decoded piece of
   * text, which they would keep alive while the session lives). Call when the file has ended.
   */
  release(): void {
    this.begin();
  }

  private begin(): void {
    const slots = this.slots;
    for (let k = 0; k < BLANK.length; k++) slots[k] = BLANK[k]!;
    this.extra = Object.create(null) as Record<string, string>;
    this.err = null;
    this.acceptedCell = '';
    this.acceptedLabel = '受理时间';
    this.acceptedMs = NaN;
  }

  /** Reads cell `i` of the row into the slots, extras or the row's first problem. */
  private cell(i: number, v: Cell, row: number): void {
    const h = this.handlers[i];
    const slots = this.slots;
    if (h === undefined) {
      // More cells than headers: kept as extra fields named by position.
      const s = cellText(v);
      if (s !== '') this.extra[positionalName(i)] = s;
      return;
    }
    switch (h.kind) {
      case TEXT:
        slots[h.slot] = cellText(v);
        // A long number (an id typed into Excel) beyond 2^53 has lost its last digits.
        if (typeof v === 'number' && Math.abs(v) > Number.MAX_SAFE_INTEGER) {
          this.report.warn(row, h.label, cellText(v), importMessage('import.longNumber'));
        }
        break;
      case ACCEPTED:
        this.acceptedCell = v;
        this.acceptedLabel = h.label;
        break;
      case DATETIME: {
        if (typeof v === 'string' && isBlank(v)) break;
        const ms = cellDateTime(v, this.serialDays);
        if (ms !== ms) this.err ??= { column: h.label, value: cellText(v), reason: BAD_DATETIME };
        else slots[h.slot] = ms;
        break;
      }
      case ENUM: {
        if (typeof v === 'string' && isBlank(v)) break;
        const s = cellText(v);
        const c = h.reader!.read(s);
        if (c === null) this.err ??= { column: h.label, value: s, reason: importMessage('import.badValue', { values: h.values }) };
        else slots[h.slot] = c;
        break;
      }
      case COUNT: {
        if (typeof v === 'string' && isBlank(v)) break;
        const n = cellCount(v);
        if (n !== n) this.err ??= { column: h.label, value: cellText(v), reason: NOT_COUNT };
        else slots[h.slot] = n;
        break;
      }
      case PHONE: {
        const text = cellText(v);
        const p = restorePhone(typeof v === 'string' ? text : v);
        if (p === null) { slots[h.slot] = text; break; }
        slots[h.slot] = p.text;
        if (p.exact) this.report.warn(row, h.label, text, importMessage('import.phoneRestored', { phone: p.text }));
        else this.report.warn(row, h.label, text, importMessage('import.phoneLost'));
        break;
      }
      case EXTRA: {
        const s = cellText(v);
        if (s !== '') this.extra[h.name] = s;
        break;
      }
    }
  }

  /** Checks the row as a whole: id, 受理时间, the first cell problem, duplicates. */
  private finish(row: number): Ticket | null {
    const report = this.report, slots = this.slots;
    report.rows++;
    const id = slots[0] as string;
    if (id === '') {
      report.reject(row, this.idLabel, '', importMessage('import.idEmpty'));
      return null;
    }
    let at = this.acceptedMs;
    if (at !== at) {
      const acceptedText = cellText(this.acceptedCell);
      if (acceptedText === '') {
        report.reject(row, this.acceptedLabel, '', importMessage('import.acceptedEmpty'));
        return null;
      }
      at = cellDateTime(this.acceptedCell, this.serialDays);
      if (Number.isNaN(at)) {
        report.reject(row, this.acceptedLabel, acceptedText, BAD_DATETIME);
        return null;
      }
    }
    slots[1] = at;
    const err = this.err;
    if (err) {
      report.reject(row, err.column, err.value, err.reason);
      return null;
    }
    // The id set packs what it keeps, so the id cut from the file needs no copy of its own.
    if (!this.seen.add(id)) {
      report.duplicates.push({ row, id: detach(id) });
      return null;
    }
    report.accepted++;
    return makeTicket(slots, this.extra);
  }
}
