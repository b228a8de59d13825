/**
 * Tickets as rows of the `tickets` table: the DOMAIN.md section 2 fields, the section 4 keys
 * derived by the same src-core functions the desktop engine uses, and a row hash that tells a
 * changed row from an unchanged one exactly as the desktop store's sameTicket does.
 */
import { createHash } from 'node:crypto';
import { addressKey, categoryLevel, normText, phoneKey } from '@core/base/text/normalize';
import { canonicalCategory } from '@core/campaigns/selector';
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
 * SHA-1 of every field of the ticket (extras without the empty ones): equal hashes ⇔ the store
 * would call the rows the same (sameTicket). Not a security hash: only a change detector.
 */
export function ticketHash(t: Ticket): string {
  const v = [
    t.id, t.acceptedAt, t.channel, t.kind, t.category, t.content, t.district, t.street, t.address,
    t.callerName, t.callerPhone, t.urgency, t.unit, t.unitType, t.dispatchedAt, t.dueAt, t.status,
    t.closedAt, t.reply, t.surveyedAt, t.responded, t.resolved, t.satisfaction, t.exempted,
    t.rejectCount, t.reopenCount, extraEntries(t),
  ];
  return createHash('sha1').update(JSON.stringify(v)).digest('base64');
}

/** The staging COPY line of a ticket: its columns, then its row hash. */
export function ticketCopyLine(t: Ticket): string {
  const extra = extraEntries(t);
  return copyLine([
    copyField(t.id), copyTime(t.acceptedAt), copyField(t.channel), copyField(t.kind), copyField(t.category),
    copyField(t.content), copyField(t.district), copyField(t.street), copyField(t.address),
    copyField(t.callerName), copyField(t.callerPhone), copyField(t.urgency), copyField(t.unit), copyField(t.unitType),
    copyTime(t.dispatchedAt), copyTime(t.dueAt), copyField(t.status), copyTime(t.closedAt), copyField(t.reply),
    copyTime(t.surveyedAt), copyField(t.responded), copyField(t.resolved), copyField(t.satisfaction), copyField(t.exempted),
    copyField(t.rejectCount), copyField(t.reopenCount),
    copyField(extra.length === 0 ? '{}' : JSON.stringify(Object.fromEntries(extra))),
    copyField(canonicalCategory(t.category)), copyField(categoryLevel(t.category, 1)), copyField(categoryLevel(t.category, 2)),
    copyField(categoryLevel(t.category, 3)), copyField(normText(t.content)),
    copyField(addressKey(t.address)), copyField(phoneKey(t.callerPhone)), copyField(monthIndexOf(t.acceptedAt)),
    copyField(ticketHash(t)),
  ]);
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
