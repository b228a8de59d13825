/** Validation of ticket rows into {@link Ticket} records (DOMAIN.md section 2). */
import { TICKET_COLUMNS, type ColumnSpec } from '../tickets/columns';
import type { Ticket } from '../tickets/ticket';
import { cellCount, cellDateTime, cellText, EnumReader, restorePhone } from './cell-values';
import { positionalName, type ColumnPlan } from './headers';
import type { ReportBuilder } from './report';
import type { Cell } from './types';

type Handler =
  | { kind: 'text' | 'datetime' | 'count' | 'phone'; key: string; header: string; label: string }
  | { kind: 'enum'; key: string; header: string; label: string; reader: EnumReader; values: string }
  | { kind: 'extra'; name: string; header: string }
  | { kind: 'ignore' };

const SPECS = new Map<string, ColumnSpec>(TICKET_COLUMNS.map((c) => [c.key, c]));

export const BAD_DATETIME = '无法识别的日期时间，请使用 YYYY-MM-DD HH:mm:ss、YYYY/M/D H:mm、YYYY年M月D日 等格式';

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

  constructor(plan: ColumnPlan, private readonly report: ReportBuilder) {
    this.handlers = plan.columns.map((c, i): Handler => {
      if (c.key === 'ignore') return { kind: 'ignore' };
      if (c.key === 'extra') return { kind: 'extra', name: plan.extraNames[i]!, header: c.header };
      const spec = SPECS.get(c.key)!;
      const label = c.header === '' ? spec.header : c.header;
      if (spec.type === 'enum') {
        return {
          kind: 'enum', key: c.key, header: c.header, label,
          reader: new EnumReader(spec.values ?? [], spec.valueAliases),
          values: (spec.values ?? []).join('、') + (spec.valueAliases ? `（也接受 ${Object.keys(spec.valueAliases).join('、')}）` : ''),
        };
      }
      const kind = c.key === 'callerPhone' ? 'phone' : spec.type;
      return { kind, key: c.key, header: c.header, label };
    });
  }

  /** Reads row `row` (1-based file row number); returns the ticket when accepted. */
  read(cells: readonly Cell[], row: number): Ticket | null {
    const t = blankTicket();
    const rec = t as unknown as Record<string, unknown>;
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
        case 'ignore':
          break;
        case 'extra': {
          const s = cellText(v);
          if (s !== '') t.extra[h.name] = s;
          break;
        }
        case 'text':
          rec[h.key] = cellText(v);
          break;
        case 'phone': {
          const p = restorePhone(typeof v === 'string' ? v.trim() : v);
          if (p === null) { rec[h.key] = cellText(v); break; }
          rec[h.key] = p.text;
          if (p.exact) report.warn(row, h.label, cellText(v), `电话号码被表格存成了数字，已还原为 ${p.text}，请核对`);
          else report.warn(row, h.label, cellText(v), '电话号码被表格存成了科学计数法，位数已丢失，无法还原，已按原样保留；请在原表中把该列设为文本后重新导出');
          break;
        }
        case 'datetime': {
          if (h.key === 'acceptedAt') { acceptedCell = v; acceptedLabel = h.label; break; }
          if (typeof v === 'string' && v.trim() === '') break;
          const ms = cellDateTime(v);
          if (Number.isNaN(ms)) err ??= { column: h.label, value: cellText(v), reason: BAD_DATETIME };
          else rec[h.key] = ms;
          break;
        }
        case 'enum': {
          if (typeof v === 'string' && v.trim() === '') break;
          const s = cellText(v);
          const c = h.reader.read(s);
          if (c === null) err ??= { column: h.label, value: s, reason: `无法识别的值，可选：${h.values}` };
          else rec[h.key] = c;
          break;
        }
        case 'count': {
          if (typeof v === 'string' && v.trim() === '') break;
          const n = cellCount(v);
          if (Number.isNaN(n)) err ??= { column: h.label, value: cellText(v), reason: '应为非负整数（0、1、2…）' };
          else rec[h.key] = n;
          break;
        }
      }
    }
    report.rows++;
    if (t.id === '') {
      const idCol = this.handlers.find((h) => h.kind === 'text' && h.key === 'id') as { label: string } | undefined;
      report.reject(row, idCol?.label ?? '工单编号', '', '工单编号为空');
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
      report.duplicates.push({ row, id: t.id });
      return null;
    }
    this.seen.add(t.id);
    report.accepted++;
    return t;
  }
}
