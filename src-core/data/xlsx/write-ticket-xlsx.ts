/** Ticket and flow-event sheets for {@link writeXlsx}, in the column layout of DOMAIN.md. */
import { EVENT_COLUMNS, TICKET_COLUMNS } from '../tickets/columns';
import type { FlowEvent, Ticket } from '../tickets/ticket';
import { toExcelSerial } from '../../base/time/shanghai';
import type { XlsxCell, XlsxSheet } from './write-xlsx';

const KEYS = TICKET_COLUMNS.map((c) => c.key);
const TYPES = TICKET_COLUMNS.map((c) => c.type);
const DATE_COLUMNS = TYPES.flatMap((t, i) => (t === 'datetime' ? [i] : []));

/** One ticket as sheet cells: datetimes as date serials, counts as numbers, everything else (phones too) as text. */
export function ticketToXlsxRow(t: Ticket): XlsxCell[] {
  const row: XlsxCell[] = new Array(KEYS.length);
  for (let i = 0; i < KEYS.length; i++) {
    const v = t[KEYS[i]!];
    if (TYPES[i] === 'datetime') row[i] = v === null || Number.isNaN(v) ? null : toExcelSerial(v as number);
    else row[i] = v as string | number | null;
  }
  return row;
}

/** A sheet of tickets with the canonical headers of DOMAIN.md section 2. */
export function ticketSheet(tickets: readonly Ticket[], name = '工单'): XlsxSheet {
  return { name, header: TICKET_COLUMNS.map((c) => c.header), rows: tickets.map(ticketToXlsxRow), dateColumns: DATE_COLUMNS };
}

/** A sheet of flow events with the headers of DOMAIN.md section 3 (时间 as a date serial). */
export function eventSheet(events: readonly FlowEvent[], name = '流转记录'): XlsxSheet {
  return {
    name,
    header: EVENT_COLUMNS.map((c) => c.header),
    rows: events.map((e) => [e.ticket, toExcelSerial(e.at), e.action, e.unit, e.target, e.note]),
    dateColumns: [1],
  };
}
