import { TICKET_COLUMNS, type TicketKey } from '../tickets/columns';
import type { Ticket } from '../tickets/ticket';
import { maskFreeText } from './mask-free-text';
import { maskIdNumber } from './mask-id-number';
import { maskName } from './mask-name';
import { maskPhone } from './mask-phone';

/** How a column's values are masked for display. */
export type MaskKind = 'name' | 'phone' | 'idNumber' | 'freeText' | 'none';

/*
 * DOMAIN.md section 2 marks content, callerName and callerPhone as personal. Section 7 also says
 * phone and ID patterns in free text are masked, so the other free-text columns (reply, address)
 * are scanned too; structured columns (ids, units, categories, enums, dates) are never touched,
 * since a 工单编号 is often a long digit run that must stay readable.
 */
const TICKET_MASKS: Partial<Record<TicketKey, MaskKind>> = {
  callerName: 'name',
  callerPhone: 'phone',
  content: 'freeText',
  reply: 'freeText',
  address: 'freeText',
};

/** The ticket columns DOMAIN.md section 2 marks as personal data. */
export const PERSONAL_TICKET_KEYS: readonly TicketKey[] = TICKET_COLUMNS.filter((c) => c.personal).map((c) => c.key);

/**
 * How the column `key` is masked. A ticket key uses the table above; any other key is an extra
 * column kept by its header as written in the file, classified by words in that header
 * (姓名 → name, 电话 → phone, 身份证 → ID number); anything unrecognised is scanned as free text.
 */
export function maskKindFor(key: string): MaskKind {
  if (TICKET_COLUMNS.some((c) => c.key === key)) return TICKET_MASKS[key as TicketKey] ?? 'none';
  if (/身份证|证件号/u.test(key)) return 'idNumber';
  if (/电话|手机|号码|phone|mobile|tel/iu.test(key)) return 'phone';
  if (/姓名|联系人|来电人|诉求人|反映人|name/iu.test(key)) return 'name';
  return 'freeText';
}

/**
 * The value of column `key` as shown masked (DOMAIN.md section 7). `key` is a ticket key
 * (`callerPhone`) or the header of an extra column. Empty values stay empty.
 */
export function maskTicketField(key: string, value: string): string {
  if (value === '') return value;
  switch (maskKindFor(key)) {
    case 'name': return maskName(value);
    case 'phone': return maskPhone(value);
    case 'idNumber': return maskIdNumber(value);
    case 'freeText': return maskFreeText(value);
    case 'none': return value;
  }
}

/** A copy of `ticket` with every personal and free-text field masked, extra columns included. */
export function maskTicket(ticket: Ticket): Ticket {
  const out: Ticket = { ...ticket, extra: {} };
  for (const [key, kind] of Object.entries(TICKET_MASKS) as [TicketKey, MaskKind][]) {
    if (kind !== 'none') (out as Record<TicketKey, unknown>)[key] = maskTicketField(key, ticket[key] as string);
  }
  for (const [header, value] of Object.entries(ticket.extra)) out.extra[header] = maskTicketField(header, value);
  return out;
}
