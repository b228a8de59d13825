import type { CodedColumn, TextColumn, TimeColumn } from '../table/ticket-table';

/** One filter over a ticket table; all filters of a query must hold. */
export type TicketFilter =
  | { kind: 'in'; column: CodedColumn; values: string[] }
  | { kind: 'range'; column: TimeColumn; from?: number; to?: number; empty?: boolean }
  | { kind: 'num'; column: 'rejects' | 'reopens'; min?: number; max?: number }
  | { kind: 'text'; column: TextColumn; contains: string }
  | { kind: 'ids'; ids: string[] };

export type SortKey = { column: string; desc: boolean };

/** What the ticket grid shows: filters, a quick search, a sort. `label` names a drill-down. */
export type TicketQuery = { filters: TicketFilter[]; search?: string; sort?: SortKey[]; label?: string };

export const EMPTY_QUERY: TicketQuery = { filters: [] };
