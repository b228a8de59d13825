/**
 * Tickets as rows of the `tickets` table: the DOMAIN.md section 2 fields, the section 4 keys
 * derived by the same src-core functions the desktop engine uses, and a row hash that tells a
 * changed row from an unchanged one exactly as the desktop store's sameTicket does.
 */
import { createHash } from 'node:crypto';
import { normTextFast } from '@core/base/text/norm-fast';
import { addressKey, categorySegments, phoneKey } from '@core/base/text/normalize';
import { monthIndexOf } from '@core/base/time/shanghai';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { eventKey } from '@core/data/store/merge';
import { copyField, copyLine, copyTime } from './copy-text';

/** Columns of the staging table and of `tickets` (besides load_id), in COPY order. */
export const TICKET_STAGE_COLUMNS = [
  'id', 'accepted_at', 'channel', 'kind', 'category', 'content', 'district', 'street', 'address',
  'caller_name', 'caller_phone', 'urgency', 'unit', 'unit_type', 'dispatched_at', 'due_at', 'status',
  'closed_at', 'reply', 'surveyed_at', 'responded', 'resolved', 'satisfaction', 'exempted',
  'reject_count', 'reopen_count', 'extra', 'category_path', 'category1', 'category2', 'category3', 'content_norm',
  'address_key', 'phone_key', 'month',
] as const;

/** The extra fields that count: non-empty ones, keys sorted (the store keeps no empty extra). */
function extraEntries(t: Ticket): [string, string][] {
  return Object.keys(t.extra).filter((k) => (t.extra[k] ?? '') !== '').sort().map((k) => [k, t.extra[k]!]);
}

/**
 * The staging COPY line of a ticket: its columns, then its row hash, the SHA-1 of the columns
 * before it. The columns hold every field of the ticket (extras without the empty ones, as the
 * store keeps them) and what is derived from the fields, so equal hashes ⇔ the store would call
 * the rows the same (sameTicket). Not a security hash: only a change detector.
 */
export function ticketCopyLine(t: Ticket): string {
  const extra = extraEntries(t);
  // One split of the category path gives the canonical path and its levels (categoryLevel's own steps).
  const segs = categorySegments(t.category);
  const body = [
    copyField(t.id), copyTime(t.acceptedAt), copyField(t.channel), copyField(t.kind), copyField(t.category),
    copyField(t.content), copyField(t.district), copyField(t.street), copyField(t.address),
    copyField(t.callerName), copyField(t.callerPhone), copyField(t.urgency), copyField(t.unit), copyField(t.unitType),
    copyTime(t.dispatchedAt), copyTime(t.dueAt), copyField(t.status), copyTime(t.closedAt), copyField(t.reply),
    copyTime(t.surveyedAt), copyField(t.responded), copyField(t.resolved), copyField(t.satisfaction), copyField(t.exempted),
    copyField(t.rejectCount), copyField(t.reopenCount),
    copyField(extra.length === 0 ? '{}' : JSON.stringify(Object.fromEntries(extra))),
    copyField(segs.join('/')), copyField(segs.slice(0, 1).join('/')), copyField(segs.slice(0, 2).join('/')),
    copyField(segs.slice(0, 3).join('/')), copyField(normTextFast(t.content)),
    copyField(addressKey(t.address)), copyField(phoneKey(t.callerPhone)), copyField(monthIndexOf(t.acceptedAt)),
  ].join('\t');
  return `${body}\t${createHash('sha1').update(body).digest('base64')}\n`;
}

/** Columns of the event staging table, in COPY order. */
export const EVENT_STAGE_COLUMNS = ['event_key', 'ticket', 'at', 'action', 'unit', 'target', 'note', 'seq'] as const;

/** The staging COPY line of a flow event; its key is the SHA-256 of the desktop store's event identity. */
export function eventCopyLine(e: FlowEvent): string {
  const key = createHash('sha256').update(eventKey(e)).digest('base64');
  return copyLine([
    copyField(key), copyField(e.ticket), copyTime(e.at), copyField(e.action), copyField(e.unit),
    copyField(e.target), copyField(e.note), copyField(e.seq),
  ]);
}
