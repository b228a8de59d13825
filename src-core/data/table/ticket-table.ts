import { addressKey, categoryLevel, phoneKey } from '../../base/text/normalize';
import { monthIndexOf } from '../../base/time/shanghai';
import type { FlowEvent, Ticket } from '../tickets/ticket';
import { encode, newDict, type Dict } from './dict';
import { StringColumn } from './string-column';

/** Dictionary-coded columns of a {@link TicketTable}; code 0 is always ''. */
export const CODED_COLUMNS = [
  'channel', 'kind', 'category', 'category1', 'category2', 'district', 'street', 'unit', 'unitType',
  'status', 'urgency', 'responded', 'resolved', 'satisfaction', 'exempted', 'addressKey', 'phoneKey',
] as const;
export type CodedColumn = (typeof CODED_COLUMNS)[number];

export const TIME_COLUMNS = ['acceptedAt', 'dispatchedAt', 'dueAt', 'closedAt', 'surveyedAt'] as const;
export type TimeColumn = (typeof TIME_COLUMNS)[number];

export const TEXT_COLUMNS = ['id', 'content', 'address', 'reply', 'callerName', 'callerPhone'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/**
 * Tickets held as columns: the shape the assessment and chronic engines compute over, in the
 * CLI and in the renderer's worker alike. Row i of every column is ticket i.
 * Times are epoch ms with NaN for empty.
 */
export type TicketTable = {
  n: number;
  /** Text columns, packed by chunk of rows (read a row with `get`). */
  text: Record<TextColumn, StringColumn>;
  time: Record<TimeColumn, Float64Array>;
  codes: Record<CodedColumn, Int32Array>;
  dicts: Record<CodedColumn, Dict>;
  /** Local month index of acceptedAt (see monthIndexOf). */
  month: Int32Array;
  /** DOMAIN.md section 3: 退单 events when an event file is given, else rejectCount (empty = 0). */
  rejects: Int32Array;
  /** DOMAIN.md section 3: 重办 events when an event file is given, else reopenCount (empty = 0). */
  reopens: Int32Array;
  /** 1 when the dispatch sequence returns to a unit after another unit held it (A → B → A). */
  pingPong: Uint8Array;
  /** Dispatch sequence per row (targets of 派单 and 改派 in order); empty without events. */
  dispatchSeq: string[][];
  /** Whether an event file was given. */
  hasEvents: boolean;
  extra: Record<string, string[]>;
};

/** Events of each ticket ordered by time, then file order (DOMAIN.md section 3). */
export function groupEvents(events: readonly FlowEvent[]): Map<string, FlowEvent[]> {
  const by = new Map<string, FlowEvent[]>();
  for (const e of events) {
    let l = by.get(e.ticket);
    if (!l) by.set(e.ticket, (l = []));
    l.push(e);
  }
  for (const l of by.values()) l.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return by;
}

/** True when a unit recurs in `seq` after a different unit held the ticket in between. */
export function returnsToUnit(seq: readonly string[]): boolean {
  const seen = new Set<string>();
  let prev: string | undefined;
  for (const u of seq) {
    if (prev !== undefined && u !== prev && seen.has(u)) return true;
    seen.add(u);
    prev = u;
  }
  return false;
}

/**
 * DOMAIN.md section 3 over one ticket's ordered events: the number of 退单 and 重办 events and
 * the dispatch sequence (targets of 派单 and 改派 in order).
 */
export function flowCounts(evs: readonly FlowEvent[]): { rejects: number; reopens: number; seq: string[] } {
  let rejects = 0, reopens = 0;
  const seq: string[] = [];
  for (const e of evs) {
    if (e.action === '退单') rejects++;
    else if (e.action === '重办') reopens++;
    else if (e.action === '派单' || e.action === '改派') seq.push(e.target);
  }
  return { rejects, reopens, seq };
}

/** Builds the columnar table of `tickets`, deriving rejects/reopens from `events` when given. */
export function buildTicketTable(tickets: readonly Ticket[], events?: readonly FlowEvent[] | null): TicketTable {
  const n = tickets.length;
  const dicts = Object.fromEntries(CODED_COLUMNS.map((c) => [c, newDict()])) as Record<CodedColumn, Dict>;
  const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, new Int32Array(n)])) as Record<CodedColumn, Int32Array>;
  const time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, new Float64Array(n)])) as Record<TimeColumn, Float64Array>;
  const text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new StringColumn()])) as Record<TextColumn, StringColumn>;
  const month = new Int32Array(n);
  const rejects = new Int32Array(n);
  const reopens = new Int32Array(n);
  const pingPong = new Uint8Array(n);
  const dispatchSeq: string[][] = new Array(n);
  const extra: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const byTicket = events ? groupEvents(events) : null;

  for (let i = 0; i < n; i++) {
    const t = tickets[i]!;
    for (const c of TEXT_COLUMNS) text[c].push(t[c]);
    time.acceptedAt[i] = t.acceptedAt;
    time.dispatchedAt[i] = t.dispatchedAt ?? NaN;
    time.dueAt[i] = t.dueAt ?? NaN;
    time.closedAt[i] = t.closedAt ?? NaN;
    time.surveyedAt[i] = t.surveyedAt ?? NaN;
    const cat1 = categoryLevel(t.category, 1);
    const cat2 = categoryLevel(t.category, 2);
    const vals: Record<CodedColumn, string> = {
      channel: t.channel, kind: t.kind, category: t.category, category1: cat1, category2: cat2,
      district: t.district, street: t.street, unit: t.unit, unitType: t.unitType, status: t.status,
      urgency: t.urgency, responded: t.responded, resolved: t.resolved, satisfaction: t.satisfaction,
      exempted: t.exempted, addressKey: addressKey(t.address), phoneKey: phoneKey(t.callerPhone),
    };
    for (const c of CODED_COLUMNS) codes[c][i] = encode(dicts[c], vals[c]);
    month[i] = monthIndexOf(t.acceptedAt);
    for (const k of Object.keys(t.extra)) {
      (extra[k] ??= new Array<string>(n).fill(''))[i] = t.extra[k]!;
    }
    if (byTicket) {
      const { rejects: rj, reopens: ro, seq } = flowCounts(byTicket.get(t.id) ?? []);
      rejects[i] = rj;
      reopens[i] = ro;
      dispatchSeq[i] = seq;
      pingPong[i] = returnsToUnit(seq) ? 1 : 0;
    } else {
      rejects[i] = t.rejectCount ?? 0;
      reopens[i] = t.reopenCount ?? 0;
      dispatchSeq[i] = [];
    }
  }
  for (const c of TEXT_COLUMNS) text[c].packFull();
  return { n, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, hasEvents: !!byTicket, extra };
}
