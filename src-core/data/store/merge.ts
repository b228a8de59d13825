import type { Ticket } from '../tickets/ticket';

/** Fields whose previous values a re-import keeps in the ticket's history (DOMAIN.md section 2). */
export const HISTORY_FIELDS = ['status', 'resolved', 'satisfaction', 'exempted'] as const;
export type HistoryFields = Pick<Ticket, (typeof HISTORY_FIELDS)[number]>;

/** One entry of a ticket's history: what an import replaced, and when. */
export type HistoryEntry = { ticket: string; at: number; importName: string; previous: HistoryFields };

export type MergeCounts = { inserted: number; updated: number; unchanged: number };

const SCALAR_KEYS = [
  'id', 'acceptedAt', 'channel', 'kind', 'category', 'content', 'district', 'street', 'address',
  'callerName', 'callerPhone', 'urgency', 'unit', 'unitType', 'dispatchedAt', 'dueAt', 'status',
  'closedAt', 'reply', 'surveyedAt', 'responded', 'resolved', 'satisfaction', 'exempted',
  'rejectCount', 'reopenCount',
] as const satisfies readonly (keyof Ticket)[];

/**
 * True when `a` and `b` hold the same values in every field, extra fields included (an extra
 * field that is empty counts as absent, since the store does not keep empty extras).
 */
export function sameTicket(a: Ticket, b: Ticket): boolean {
  for (const k of SCALAR_KEYS) {
    if (!Object.is(a[k], b[k])) return false;
  }
  const ea = a.extra, eb = b.extra;
  for (const k of Object.keys(ea)) if ((ea[k] ?? '') !== (eb[k] ?? '')) return false;
  for (const k of Object.keys(eb)) if ((ea[k] ?? '') !== (eb[k] ?? '')) return false;
  return true;
}

/** The history-tracked fields of `t`. */
export function historyFields(t: Ticket): HistoryFields {
  return { status: t.status, resolved: t.resolved, satisfaction: t.satisfaction, exempted: t.exempted };
}

/** What a re-import does with one accepted row. */
export type MergeOp =
  | { op: 'insert'; ticket: Ticket }
  | { op: 'update'; row: number; ticket: Ticket; history: HistoryEntry }
  | { op: 'unchanged'; row: number };

/**
 * Classifies accepted rows against the store (DOMAIN.md section 2): a new id is inserted, a known
 * id with different values is updated (the previous status, resolved, satisfaction and exempted
 * go to the history, stamped with `importName` and `at`), identical rows are unchanged.
 *
 * `rowOf(id)` gives the store row of an id (or undefined), `ticketAt(row)` the stored ticket.
 * Ids inserted earlier in the same call count as known for later rows; callers pass rows of one
 * file, whose duplicates the import session already removed.
 */
export function mergeBatch(
  batch: readonly Ticket[],
  rowOf: (id: string) => number | undefined,
  ticketAt: (row: number) => Ticket,
  importName: string,
  at: number,
): { ops: MergeOp[]; counts: MergeCounts } {
  const ops: MergeOp[] = [];
  const counts: MergeCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const t of batch) {
    const row = rowOf(t.id);
    if (row === undefined) {
      ops.push({ op: 'insert', ticket: t });
      counts.inserted++;
      continue;
    }
    const prev = ticketAt(row);
    if (sameTicket(prev, t)) {
      ops.push({ op: 'unchanged', row });
      counts.unchanged++;
    } else {
      ops.push({ op: 'update', row, ticket: t, history: { ticket: t.id, at, importName, previous: historyFields(prev) } });
      counts.updated++;
    }
  }
  return { ops, counts };
}

/** Identity of a flow event: two events with the same key are the same record. */
export function eventKey(e: { ticket: string; at: number; action: string; unit: string; target: string; note: string }): string {
  return `${e.ticket}\u0001${e.at}\u0001${e.action}\u0001${e.unit}\u0001${e.target}\u0001${e.note}`;
}
