import { FLOW_ACTIONS, type FlowAction, type FlowEvent } from '../tickets/ticket';
import { CHUNK_ROWS } from './chunk-codec';
import { eventKey } from './merge';
import { packStrings, unpackStrings, type PackedStrings } from './string-codec';

/** Flow events held as columns; `action` is an index into FLOW_ACTIONS. */
export type EventColumns = {
  n: number;
  ticket: string[];
  at: Float64Array;
  action: Uint8Array;
  unit: string[];
  target: string[];
  note: string[];
  seq: Int32Array;
};

export type EventChunk = {
  index: number;
  start: number;
  n: number;
  ticket: PackedStrings;
  at: Float64Array;
  action: Uint8Array;
  unit: PackedStrings;
  target: PackedStrings;
  note: PackedStrings;
  seq: Int32Array;
};

const ACTION_INDEX = new Map<string, number>(FLOW_ACTIONS.map((a, i) => [a, i]));

/** Event `i` of `c` as a {@link FlowEvent}. */
export function eventAt(c: EventColumns, i: number): FlowEvent {
  return {
    ticket: c.ticket[i]!, at: c.at[i]!, action: FLOW_ACTIONS[c.action[i]!] as FlowAction,
    unit: c.unit[i]!, target: c.target[i]!, note: c.note[i]!, seq: c.seq[i]!,
  };
}

/** Columns of `events` (in the given order). */
export function eventColumns(events: readonly FlowEvent[]): EventColumns {
  const n = events.length;
  const c: EventColumns = {
    n, ticket: new Array(n), at: new Float64Array(n), action: new Uint8Array(n),
    unit: new Array(n), target: new Array(n), note: new Array(n), seq: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    c.ticket[i] = e.ticket; c.at[i] = e.at; c.action[i] = ACTION_INDEX.get(e.action) ?? 0;
    c.unit[i] = e.unit; c.target[i] = e.target; c.note[i] = e.note; c.seq[i] = e.seq;
  }
  return c;
}

/**
 * Adds `incoming` to `existing` without repeats: an event identical to a stored one (same ticket,
 * time, action, units and note) is unchanged, so importing the same event file twice adds nothing.
 * New events get `seq` numbers after the stored ones, keeping file order within their ticket.
 */
export function mergeEvents(existing: EventColumns, incoming: readonly FlowEvent[]): { events: FlowEvent[]; inserted: number; unchanged: number } {
  const seen = new Set<string>();
  let maxSeq = -1;
  for (let i = 0; i < existing.n; i++) {
    seen.add(eventKey(eventAt(existing, i)));
    if (existing.seq[i]! > maxSeq) maxSeq = existing.seq[i]!;
  }
  const all: FlowEvent[] = [];
  for (let i = 0; i < existing.n; i++) all.push(eventAt(existing, i));
  let inserted = 0, unchanged = 0;
  for (const e of incoming) {
    const k = eventKey(e);
    if (seen.has(k)) { unchanged++; continue; }
    seen.add(k);
    all.push({ ...e, seq: ++maxSeq });
    inserted++;
  }
  return { events: all, inserted, unchanged };
}

/** Chunk `index` of the event columns. */
export function encodeEventChunk(c: EventColumns, index: number): EventChunk {
  const start = index * CHUNK_ROWS;
  const end = Math.min(c.n, start + CHUNK_ROWS);
  return {
    index, start, n: end - start,
    ticket: packStrings(c.ticket, start, end),
    at: c.at.slice(start, end),
    action: c.action.slice(start, end),
    unit: packStrings(c.unit, start, end),
    target: packStrings(c.target, start, end),
    note: packStrings(c.note, start, end),
    seq: c.seq.slice(start, end),
  };
}

/** Event columns from their chunks (any order). */
export function decodeEvents(chunks: readonly EventChunk[]): EventColumns {
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  const n = sorted.reduce((s, c) => s + c.n, 0);
  const c: EventColumns = {
    n, ticket: new Array(n), at: new Float64Array(n), action: new Uint8Array(n),
    unit: new Array(n), target: new Array(n), note: new Array(n), seq: new Int32Array(n),
  };
  for (const k of sorted) {
    unpackStrings(k.ticket, c.ticket, k.start);
    c.at.set(k.at, k.start);
    c.action.set(k.action, k.start);
    unpackStrings(k.unit, c.unit, k.start);
    unpackStrings(k.target, c.target, k.start);
    unpackStrings(k.note, c.note, k.start);
    c.seq.set(k.seq, k.start);
  }
  return c;
}

/** Events of each ticket ordered by time, then file order (DOMAIN.md section 3). */
export function groupEventColumns(c: EventColumns): Map<string, FlowEvent[]> {
  const by = new Map<string, FlowEvent[]>();
  for (let i = 0; i < c.n; i++) {
    const id = c.ticket[i]!;
    let l = by.get(id);
    if (!l) by.set(id, (l = []));
    l.push(eventAt(c, i));
  }
  for (const l of by.values()) l.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return by;
}

export const EMPTY_EVENTS: EventColumns = eventColumns([]);
