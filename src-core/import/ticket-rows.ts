/** Validation of ticket rows into {@link Ticket} records (DOMAIN.md section 2). */
import { TICKET_COLUMNS, type ColumnSpec } from '../tickets/columns';
import type { Ticket } from '../tickets/ticket';
import { cellCount, cellDateTime, cellText, EnumReader, restorePhone } from './cell-values';
import { positionalName, type ColumnPlan } from './headers';
import { detach, type ReportBuilder } from './report';
import type { Cell } from './types';

const TEXT = 0, DATETIME = 1, COUNT = 2, PHONE = 3, ENUM = 4, EXTRA = 5, IGNORE = 6, ACCEPTED = 7;

type Setter = (t: Ticket, v: never) => void;
type Handler = {
  kind: number;
  /** Header as written, or the canonical header when the file's header cell is empty. */
  label: string;
  /** Stores the parsed value: a named property store per key, faster than t[key] = v. */
  set: Setter;
  /** For enums: the reader and the accepted values as shown in messages. */
  reader?: EnumReader;
  values?: string;
  /** For extras: the field name in Ticket.extra. */
  name?: string;
};

/* eslint-disable @typescript-eslint/no-explicit-any */
const SETTERS: Record<string, (t: any, v: any) => void> = {
  id: (t, v) => { t.id = v; }, acceptedAt: (t, v) => { t.acceptedAt = v; }, channel: (t, v) => { t.channel = v; },
  kind: (t, v) => { t.kind = v; }, category: (t, v) => { t.category = v; }, content: (t, v) => { t.content = v; },
  district: (t, v) => { t.district = v; }, street: (t, v) => { t.street = v; }, address: (t, v) => { t.address = v; },
  callerName: (t, v) => { t.callerName = v; }, callerPhone: (t, v) => { t.callerPhone = v; }, urgency: (t, v) => { t.urgency = v; },
  unit: (t, v) => { t.unit = v; }, unitType: (t, v) => { t.unitType = v; }, dispatchedAt: (t, v) => { t.dispatchedAt = v; },
  dueAt: (t, v) => { t.dueAt = v; }, status: (t, v) => { t.status = v; }, closedAt: (t, v) => { t.closedAt = v; },
  reply: (t, v) => { t.reply = v; }, surveyedAt: (t, v) => { t.surveyedAt = v; }, responded: (t, v) => { t.responded = v; },
  resolved: (t, v) => { t.resolved = v; }, satisfaction: (t, v) => { t.satisfaction = v; }, exempted: (t, v) => { t.exempted = v; },
  rejectCount: (t, v) => { t.rejectCount = v; }, reopenCount: (t, v) => { t.reopenCount = v; },
};
/* eslint-enable @typescript-eslint/no-explicit-any */
const NOOP: Setter = () => {};

const SPECS = new Map<string, ColumnSpec>(TICKET_COLUMNS.map((c) => [c.key, c]));

export const BAD_DATETIME = '无法识别的日期时间，请使用 YYYY-MM-DD HH:mm:ss、YYYY/M/D H:mm、YYYY年M月D日 等格式';

/** Whether a text cell is empty or white space only (cheap for the common non-empty case). */
function isBlank(v: string): boolean {
  if (v === '') return true;
  // An all-white-space string starts with white space: test only such strings with trim().
  const c = v.charCodeAt(0);
  return (c <= 32 || c === 0xa0 || c >= 0x1680) && v.trim() === '';
}

/** A blank ticket; every field present so that all tickets share one object shape. */
function blankTicket(): Ticket {
  return {
    id: '', acceptedAt: NaN, channel: '', kind: '', category: '', content: '', district: '', street: '', address: '',
    callerName: '', callerPhone: '', urgency: '', unit: '', unitType: '', dispatchedAt: null, dueAt: null, status: '',
    closedAt: null, reply: '', surveyedAt: null, responded: '', resolved: '', satisfaction: '', exempted: '',
    rejectCount: null, reopenCount: null, extra: Object.create(null) as Record<string, string>,
  };
}

/**
 * Turns the cells of one row into a ticket, or records why not. Keeps the ids seen so that a
 * later row with an id already accepted is a duplicate (the first accepted row wins; a rejected
 * row does not claim its id).
 */
export class TicketRowReader {
  private readonly handlers: Handler[];
  private readonly seen = new Set<string>();
  private idLabel = '工单编号';

  constructor(plan: ColumnPlan, private readonly report: ReportBuilder) {
    this.handlers = plan.columns.map((c, i): Handler => {
      if (c.key === 'ignore') return { kind: IGNORE, label: c.header, set: NOOP };
      if (c.key === 'extra') return { kind: EXTRA, label: c.header, set: NOOP, name: plan.extraNames[i]! };
      const spec = SPECS.get(c.key)!;
      const label = c.header === '' ? spec.header : c.header;
      const set = SETTERS[c.key]!;
      if (c.key === 'id') this.idLabel = label;
      if (spec.type === 'enum') {
        return {
          kind: ENUM, label, set, reader: new EnumReader(spec.values ?? [], spec.valueAliases),
          values: (spec.values ?? []).join('、') + (spec.valueAliases ? `（也接受 ${Object.keys(spec.valueAliases).join('、')}）` : ''),
        };
      }
      if (c.key === 'acceptedAt') return { kind: ACCEPTED, label, set };
      if (c.key === 'callerPhone') return { kind: PHONE, label, set };
      return { kind: spec.type === 'datetime' ? DATETIME : spec.type === 'count' ? COUNT : TEXT, label, set };
    });
  }

  /** Reads row `row` (1-based file row number); returns the ticket when accepted. */
  read(cells: readonly Cell[], row: number): Ticket | null {
    const t = blankTicket();
    const report = this.report;
    let err: { column: string; value: string; reason: string } | null = null;
    let acceptedCell: Cell = '';
    let acceptedLabel = '受理时间';
    const hs = this.handlers;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      const h = hs[i];
      if (h === undefined) {
        // More cells than headers: kept as extra fields named by position.
        const s = cellText(v);
        if (s !== '') t.extra[positionalName(i)] = s;
        continue;
      }
      switch (h.kind) {
        case TEXT:
          h.set(t, cellText(v) as never);
          // A long number (an id typed into Excel) beyond 2^53 has lost its last digits.
          if (typeof v === 'number' && Math.abs(v) > Number.MAX_SAFE_INTEGER) {
            report.warn(row, h.label, cellText(v), '该单元格是超过 15 位的数字，表格已丢失末尾几位；请在原表中把该列设为文本后重新导出');
          }
          break;
        case ACCEPTED:
          acceptedCell = v;
          acceptedLabel = h.label;
          break;
        case DATETIME: {
          if (typeof v === 'string' && isBlank(v)) break;
          const ms = cellDateTime(v);
          if (ms !== ms) err ??= { column: h.label, value: cellText(v), reason: BAD_DATETIME };
          else h.set(t, ms as never);
          break;
        }
        case ENUM: {
          if (typeof v === 'string' && isBlank(v)) break;
          const s = cellText(v);
          const c = h.reader!.read(s);
          if (c === null) err ??= { column: h.label, value: s, reason: `无法识别的值，可选：${h.values!}` };
          else h.set(t, c as never);
          break;
        }
        case COUNT: {
          if (typeof v === 'string' && isBlank(v)) break;
          const n = cellCount(v);
          if (n !== n) err ??= { column: h.label, value: cellText(v), reason: '应为非负整数（0、1、2…）' };
          else h.set(t, n as never);
          break;
        }
        case PHONE: {
          const p = restorePhone(typeof v === 'string' ? v.trim() : v);
          if (p === null) { h.set(t, cellText(v) as never); break; }
          h.set(t, p.text as never);
          if (p.exact) report.warn(row, h.label, cellText(v), `电话号码被表格存成了数字，已还原为 ${p.text}，请核对`);
          else report.warn(row, h.label, cellText(v), '电话号码被表格存成了科学计数法，位数已丢失，无法还原，已按原样保留；请在原表中把该列设为文本后重新导出');
          break;
        }
        case EXTRA: {
          const s = cellText(v);
          if (s !== '') t.extra[h.name!] = s;
          break;
        }
      }
    }
    report.rows++;
    if (t.id === '') {
      report.reject(row, this.idLabel, '', '工单编号为空');
      return null;
    }
    const acceptedText = cellText(acceptedCell);
    if (acceptedText === '') {
      report.reject(row, acceptedLabel, '', '受理时间为空');
      return null;
    }
    const at = cellDateTime(acceptedCell);
    if (Number.isNaN(at)) {
      report.reject(row, acceptedLabel, acceptedText, BAD_DATETIME);
      return null;
    }
    t.acceptedAt = at;
    if (err) {
      report.reject(row, err.column, err.value, err.reason);
      return null;
    }
    if (this.seen.has(t.id)) {
      report.duplicates.push({ row, id: detach(t.id) });
      return null;
    }
    t.id = detach(t.id);
    this.seen.add(t.id);
    report.accepted++;
    return t;
  }
}
