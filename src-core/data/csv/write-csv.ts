/**
 * CSV writing for ticket and flow-event files in the formats of DOMAIN.md sections 2 and 3:
 * canonical headers, RFC 4180 quoting, datetimes as `YYYY-MM-DD HH:mm:ss` (Asia/Shanghai).
 * Rows are returned without a line terminator; join them with {@link CSV_EOL}. Encoding (UTF-8
 * BOM, GB18030) is the caller's business: the core only produces strings.
 */
import { EVENT_COLUMNS, TICKET_COLUMNS } from '../tickets/columns';
import type { FlowEvent, Ticket } from '../tickets/ticket';
import { DAY_MS, SHANGHAI_OFFSET_MS, formatLocal } from '../../base/time/shanghai';

/** RFC 4180 line terminator. */
export const CSV_EOL = '\r\n';
/** Byte order mark that lets spreadsheet programs recognise UTF-8. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: quoted (with inner quotes doubled) when it holds a comma, a quote, CR or LF,
 * or starts/ends with a space (which some readers would trim); otherwise as is.
 */
export function csvEscape(field: string): string {
  if (field === '') return '';
  if (NEEDS_QUOTES.test(field) || field.charCodeAt(0) === 32 || field.charCodeAt(field.length - 1) === 32) {
    return `"${field.replace(/"/g, '""')}"`;
  }
  return field;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));
let cachedDay = NaN;
let cachedDate = '';

/**
 * formatLocal with the date part cached: rows come in time order, so consecutive values
 * mostly share a day, and a million rows would otherwise build millions of Date objects.
 */
function fastLocal(t: number): string {
  const local = t + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = formatLocal(t).slice(0, 11);
  }
  const secs = Math.floor((local - day * DAY_MS) / 1000);
  return cachedDate + pad2(Math.floor(secs / 3600)) + ':' + pad2(Math.floor(secs / 60) % 60) + ':' + pad2(secs % 60);
}

const time = (t: number | null): string => (t === null || !Number.isFinite(t) ? '' : fastLocal(t));
const count = (n: number | null): string => (n === null ? '' : String(n));

/** Header line of a ticket file: the canonical headers of DOMAIN.md section 2 in order. */
export function ticketCsvHeader(): string {
  return TICKET_COLUMNS.map((c) => csvEscape(c.header)).join(',');
}

const TICKET_KEYS = TICKET_COLUMNS.map((c) => c.key);
const TICKET_TYPES = TICKET_COLUMNS.map((c) => c.type);

/**
 * One ticket as a CSV line matching {@link ticketCsvHeader} (column order follows
 * TICKET_COLUMNS). Empty times and counts are empty fields. `extra` columns are not written
 * (the header has no place for them).
 */
export function ticketToCsvRow(t: Ticket): string {
  let out = '';
  for (let i = 0; i < TICKET_KEYS.length; i++) {
    const v = t[TICKET_KEYS[i]!];
    const type = TICKET_TYPES[i];
    const f = type === 'datetime' ? time(v as number | null) : type === 'count' ? count(v as number | null) : csvEscape(v as string);
    out += i === 0 ? f : ',' + f;
  }
  return out;
}

/** Header line of a flow event file (DOMAIN.md section 3). */
export function eventCsvHeader(): string {
  return EVENT_COLUMNS.map((c) => csvEscape(c.header)).join(',');
}

/** One flow event as a CSV line matching {@link eventCsvHeader}; `seq` is implied by line order. */
export function eventToCsvRow(e: FlowEvent): string {
  return [csvEscape(e.ticket), time(e.at), e.action, csvEscape(e.unit), csvEscape(e.target), csvEscape(e.note)].join(',');
}
