import type { TicketTable } from '../data/table/ticket-table';
import { groupEvents } from '../data/table/ticket-table';
import { normText } from '../base/text/normalize';
import type { FlowEvent } from '../data/tickets/ticket';
import { DAY_MS } from '../base/time/shanghai';

/**
 * Buck-passing (推诿扯皮) and perfunctory-closure (敷衍办结) signals per unit. These are signals for
 * a person to review, never findings: each count comes with the ticket ids behind it.
 */
export type UnitSignals = {
  unit: string;
  /** Tickets whose current unit this is (dispatched: unit set, status ≠ 已撤销). */
  dispatched: number;
  /** Dispatches (派单/改派) to this unit; from events, else = dispatched. */
  received: number;
  /** 退单 by this unit (events), else tickets of the unit with rejects ≥ 1. */
  rejects: number;
  /** rejects / received; null when nothing was received. */
  rejectRate: number | null;
  /** Tickets that came back to this unit after another unit held them (A → B → A). */
  pingPongTickets: string[];
  /** Hours from a dispatch to this unit to its 签收 (events only): median and count, null without events. */
  acceptHoursMedian: number | null;
  acceptSamples: number;
  /** Rejects not upheld: the unit rejected and the ticket was later dispatched to it again. */
  overturnedRejects: string[];
  /** Closed tickets rated 未解决. */
  closedUnresolved: string[];
  /** Closed tickets followed within 30 days by a new ticket at the same address and category level 2. */
  recurredAfterClose: string[];
  /** The same reply text on several unrelated tickets (different address/category). */
  boilerplateReplies: { text: string; tickets: string[] }[];
};

export type SignalOptions = {
  /** Days after closing in which a new ticket at the same place counts as a recurrence. */
  recurrenceDays: number;
  /** A reply is boilerplate when used on at least this many tickets … */
  boilerplateMinTickets: number;
  /** … spanning at least this many distinct address + category keys, and at least this long. */
  boilerplateMinKeys: number;
  boilerplateMinLength: number;
};

export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = { recurrenceDays: 30, boilerplateMinTickets: 5, boilerplateMinKeys: 3, boilerplateMinLength: 8 };

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Per-unit signals over `table` (and its flow `events` when available: reject rate by the unit that
 * rejected, acceptance delay, overturned rejects). Units sorted by name; units without tickets or
 * events are left out.
 */
export function unitSignals(table: TicketTable, events: readonly FlowEvent[] | null, opts: SignalOptions = DEFAULT_SIGNAL_OPTIONS): UnitSignals[] {
  const by = new Map<string, UnitSignals>();
  const get = (unit: string): UnitSignals => {
    let s = by.get(unit);
    if (!s) {
      s = {
        unit, dispatched: 0, received: 0, rejects: 0, rejectRate: null, pingPongTickets: [], acceptHoursMedian: null, acceptSamples: 0,
        overturnedRejects: [], closedUnresolved: [], recurredAfterClose: [], boilerplateReplies: [],
      };
      by.set(unit, s);
    }
    return s;
  };
  const t = table;
  const ids = t.text.id;
  const revoked = t.dicts.status.index.get('已撤销') ?? -1;
  const unresolved = t.dicts.resolved.index.get('未解决') ?? -1;
  const rowOf = new Map<string, number>();
  for (let r = 0; r < t.n; r++) rowOf.set(ids.get(r), r);

  // Recurrence: per (address, category2) the acceptance times, to look ahead of each closing.
  const placeTimes = new Map<number, number[]>();
  const C2 = t.dicts.category2.values.length;
  for (let r = 0; r < t.n; r++) {
    const a = t.codes.addressKey[r]!, c = t.codes.category2[r]!;
    if (a === 0 || c === 0) continue;
    const k = a * C2 + c;
    const l = placeTimes.get(k);
    if (l) l.push(t.time.acceptedAt[r]!); else placeTimes.set(k, [t.time.acceptedAt[r]!]);
  }
  for (const l of placeTimes.values()) l.sort((x, y) => x - y);

  const replies = new Map<string, Map<string, { keys: Set<string>; tickets: string[] }>>();
  for (let r = 0; r < t.n; r++) {
    const unit = t.dicts.unit.values[t.codes.unit[r]!]!;
    if (unit === '' || t.codes.status[r] === revoked) continue;
    const s = get(unit);
    s.dispatched++;
    if (!events) {
      // Without the events, the ticket's current unit stands for the receiving and rejecting unit.
      s.received++;
      if (t.rejects[r]! > 0) s.rejects++;
    }
    const closed = t.time.closedAt[r]!;
    if (!Number.isNaN(closed)) {
      if (t.codes.resolved[r] === unresolved) s.closedUnresolved.push(ids.get(r));
      const a = t.codes.addressKey[r]!, c = t.codes.category2[r]!;
      const l = a !== 0 && c !== 0 ? placeTimes.get(a * C2 + c) : undefined;
      if (l && l.some((x) => x > closed && x <= closed + opts.recurrenceDays * DAY_MS)) s.recurredAfterClose.push(ids.get(r));
    }
    const reply = normText(t.text.reply.get(r)).replace(/\p{Nd}/gu, '#');
    if (reply.length >= opts.boilerplateMinLength) {
      let m = replies.get(unit);
      if (!m) replies.set(unit, (m = new Map()));
      let e = m.get(reply);
      if (!e) m.set(reply, (e = { keys: new Set(), tickets: [] }));
      e.keys.add(`${t.codes.addressKey[r]}|${t.codes.category2[r]}`);
      e.tickets.push(ids.get(r));
    }
  }
  for (const [unit, m] of replies) {
    for (const [text, e] of m) {
      if (e.tickets.length >= opts.boilerplateMinTickets && e.keys.size >= opts.boilerplateMinKeys) get(unit).boilerplateReplies.push({ text, tickets: e.tickets });
    }
  }

  // Dispatch sequences: the unit a ticket returns to after another unit held it.
  for (let r = 0; r < t.n; r++) {
    const seq = t.dispatchSeq[r] ?? [];
    const seen = new Set<string>();
    const back = new Set<string>();
    let prev: string | undefined;
    for (const u of seq) {
      if (prev !== undefined && u !== prev && seen.has(u) && u !== '') back.add(u);
      seen.add(u);
      prev = u;
    }
    for (const u of back) get(u).pingPongTickets.push(ids.get(r));
  }

  if (events) {
    const hours = new Map<string, number[]>();
    for (const [ticket, evs] of groupEvents(events)) {
      if (!rowOf.has(ticket)) continue;
      const pending = new Map<string, number>();
      const rejected = new Set<string>();
      const overturned = new Set<string>();
      for (const e of evs) {
        if ((e.action === '派单' || e.action === '改派') && e.target) {
          get(e.target).received++;
          pending.set(e.target, e.at);
          if (rejected.has(e.target)) overturned.add(e.target);
        } else if (e.action === '签收' && e.unit) {
          const since = pending.get(e.unit);
          if (since !== undefined) {
            const l = hours.get(e.unit) ?? [];
            l.push((e.at - since) / 3_600_000);
            hours.set(e.unit, l);
            pending.delete(e.unit);
          }
        } else if (e.action === '退单' && e.unit) {
          get(e.unit).rejects++;
          rejected.add(e.unit);
        }
      }
      for (const u of overturned) get(u).overturnedRejects.push(ticket);
    }
    for (const [u, l] of hours) {
      const s = get(u);
      s.acceptHoursMedian = median(l);
      s.acceptSamples = l.length;
    }
  }
  const out = [...by.values()];
  for (const s of out) s.rejectRate = s.received > 0 ? s.rejects / s.received : null;
  return out.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
