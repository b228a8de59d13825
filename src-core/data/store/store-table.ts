import { derivedDict, dictSize, encode, lazyDict, newDict, type Dict } from '../table/dict';
import { KeyCodes } from '../table/key-codes';
import { StringColumn } from '../table/string-column';
import {
  CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS, flowCounts, returnsToUnit,
  type CodedColumn, type TextColumn, type TicketTable, type TimeColumn,
} from '../table/ticket-table';
import { addressKey, categoryLevel, phoneKey } from '../../base/text/normalize';
import { monthIndexOf } from '../../base/time/shanghai';
import type { FlowEvent, Ticket } from '../tickets/ticket';

/**
 * The ticket table as the store keeps it: a {@link TicketTable} plus the raw 退单次数 / 重办次数
 * cells (NaN = empty), which the table's derived `rejects` / `reopens` cannot tell from 0 but a
 * re-import must compare exactly.
 */
export type StoreTable = TicketTable & { rejectCount: Float64Array; reopenCount: Float64Array };

/** Coded columns that hold a ticket field as written (the others are derived from them). */
export const RAW_CODED = [
  'channel', 'kind', 'category', 'district', 'street', 'unit', 'unitType', 'status', 'urgency',
  'responded', 'resolved', 'satisfaction', 'exempted',
] as const satisfies readonly CodedColumn[];

/** The shared dispatch sequence of rows without one (never mutated; rows get new arrays). */
const NO_UNITS: string[] = [];

/** An empty store table. */
export function emptyStoreTable(): StoreTable {
  return new TableBuilder().finish();
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/**
 * {@link addressKey} with a fast path: text made only of ASCII letters and digits and CJK
 * unified ideographs (U+4E00–U+9FFF) is unchanged by NFKC and holds no white space, punctuation
 * or symbols, so its key is just the text lower-cased. Anything else takes the general path.
 */
export function fastAddressKey(s: string): string {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) continue;
    if (c >= 65 && c <= 90) { upper = true; continue; }
    return addressKey(s);
  }
  // `s` itself, not a copy: keys are compared, not kept (see KeyCodes, which copies what it keeps).
  return upper ? s.toLowerCase() : s;
}

/** {@link phoneKey} with a fast path: up to 11 ASCII digits are their own key. */
export function fastPhoneKey(s: string): string {
  if (s.length > 11) return phoneKey(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return phoneKey(s);
  }
  return s;
}

/**
 * Coded columns whose dictionaries a finished table does not keep: their values are worked out
 * from the address and phone columns when asked (see derivedDict), and a store records only how
 * many codes each has.
 */
export const KEY_DICTS = ['addressKey', 'phoneKey'] as const satisfies readonly CodedColumn[];
export type KeyDict = (typeof KEY_DICTS)[number];
/** Whether `c` is one of the {@link KEY_DICTS}. */
export const isKeyDict = (c: CodedColumn): c is KeyDict => (KEY_DICTS as readonly string[]).includes(c);

/**
 * The address-key and phone-key dictionaries of a table with these code counts, worked out from
 * its address and phone text. `t`'s codes and text must be final before a value is asked for.
 */
export function keyDicts(t: Pick<TicketTable, 'n' | 'codes' | 'text'>, sizes: Record<KeyDict, number>): Record<KeyDict, Dict> {
  const address = t.text.address, phone = t.text.callerPhone;
  return {
    addressKey: derivedDict(sizes.addressKey, t.codes.addressKey, t.n, (r) => fastAddressKey(address.get(r))),
    phoneKey: derivedDict(sizes.phoneKey, t.codes.phoneKey, t.n, (r) => fastPhoneKey(phone.get(r))),
  };
}

/** Code counts of `t`'s {@link KEY_DICTS}. */
export function keyDictSizes(t: Pick<TicketTable, 'dicts'>): Record<KeyDict, number> {
  return { addressKey: dictSize(t.dicts.addressKey), phoneKey: dictSize(t.dicts.phoneKey) };
}

/** A copy of `d` whose map is built from its values (a lazy dictionary's map is not built on the original). */
function cloneDict(d: Dict): Dict {
  const values = d.values.slice();
  const index = new Map<string, number>();
  for (let i = 0; i < values.length; i++) index.set(values[i]!, i);
  return { values, index };
}

/** Dictionaries larger than this leave a finished table without their map (it is rebuilt on need). */
const LAZY_DICT_ABOVE = 4096;

/**
 * Builds a {@link StoreTable} row by row, optionally starting from a copy of an existing one
 * (the existing table is never modified, so a cancelled import leaves it intact).
 */
export class TableBuilder {
  n = 0;
  private cap: number;
  readonly text: Record<TextColumn, StringColumn>;
  time: Record<TimeColumn, Float64Array>;
  codes: Record<CodedColumn, Int32Array>;
  readonly dicts: Record<CodedColumn, Dict>;
  month: Int32Array;
  rejects: Int32Array;
  reopens: Int32Array;
  pingPong: Uint8Array;
  rejectCount: Float64Array;
  reopenCount: Float64Array;
  readonly dispatchSeq: string[][];
  readonly extra: Record<string, string[]>;
  hasEvents: boolean;
  /** Names of the extra columns (kept beside `extra` so rows need not list its keys). */
  private readonly extraKeys: string[] = [];
  private readonly addressCodes: KeyCodes;
  private readonly phoneCodes: KeyCodes;
  /** category code → [category1 code, category2 code]. */
  private readonly categoryLevels: [number, number][] = [];

  constructor(base?: StoreTable, capacity = 1024) {
    const n = base?.n ?? 0;
    const cap = Math.max(capacity, n);
    this.cap = cap;
    this.n = n;
    const f64 = (src?: Float64Array): Float64Array => { const a = new Float64Array(cap); if (src) a.set(src.subarray(0, n)); return a; };
    const i32 = (src?: Int32Array): Int32Array => { const a = new Int32Array(cap); if (src) a.set(src.subarray(0, n)); return a; };
    // Text columns share the base's packed segments (never changed in place) and copy the rest.
    this.text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, base ? base.text[c].clone() : new StringColumn()])) as Record<TextColumn, StringColumn>;
    this.time = Object.fromEntries(TIME_COLUMNS.map((c) => [c, f64(base?.time[c])])) as Record<TimeColumn, Float64Array>;
    this.codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, i32(base?.codes[c])])) as Record<CodedColumn, Int32Array>;
    this.dicts = Object.fromEntries(CODED_COLUMNS.map((c) => [c, base && !isKeyDict(c) ? cloneDict(base.dicts[c]) : newDict()])) as Record<CodedColumn, Dict>;
    // The address and phone keys are coded without keeping them (see KeyCodes).
    const address = this.text.address, phone = this.text.callerPhone;
    const addressOf = (r: number): string => fastAddressKey(address.get(r));
    const phoneOf = (r: number): string => fastPhoneKey(phone.get(r));
    this.addressCodes = base ? KeyCodes.seeded(addressOf, base.codes.addressKey, n, dictSize(base.dicts.addressKey)) : new KeyCodes(addressOf);
    this.phoneCodes = base ? KeyCodes.seeded(phoneOf, base.codes.phoneKey, n, dictSize(base.dicts.phoneKey)) : new KeyCodes(phoneOf);
    this.dicts.addressKey = this.addressCodes;
    this.dicts.phoneKey = this.phoneCodes;
    this.month = i32(base?.month);
    this.rejects = i32(base?.rejects);
    this.reopens = i32(base?.reopens);
    this.pingPong = new Uint8Array(cap);
    if (base) this.pingPong.set(base.pingPong.subarray(0, n));
    this.rejectCount = f64(base?.rejectCount);
    this.reopenCount = f64(base?.reopenCount);
    this.dispatchSeq = base ? base.dispatchSeq.slice(0, n) : [];
    this.extra = Object.create(null) as Record<string, string[]>;
    if (base) {
      for (const k of Object.keys(base.extra)) { this.extra[k] = base.extra[k]!.slice(0, n); this.extraKeys.push(k); }
    }
    this.hasEvents = base?.hasEvents ?? false;
  }

  private ensure(rows: number): void {
    if (rows <= this.cap) return;
    let cap = this.cap * 2;
    while (cap < rows) cap *= 2;
    for (const c of TIME_COLUMNS) this.time[c] = grow(this.time[c], cap);
    for (const c of CODED_COLUMNS) this.codes[c] = grow(this.codes[c], cap);
    this.month = grow(this.month, cap);
    this.rejects = grow(this.rejects, cap);
    this.reopens = grow(this.reopens, cap);
    this.pingPong = grow(this.pingPong, cap);
    this.rejectCount = grow(this.rejectCount, cap);
    this.reopenCount = grow(this.reopenCount, cap);
    this.cap = cap;
  }

  /** Appends `t` as a new row and returns its index. */
  append(t: Ticket): number {
    const row = this.n;
    this.ensure(row + 1);
    this.n = row + 1;
    const text = this.text;
    text.id.push(t.id);
    text.content.push(t.content);
    text.address.push(t.address);
    text.reply.push(t.reply);
    text.callerName.push(t.callerName);
    text.callerPhone.push(t.callerPhone);
    this.setFields(row, t);
    return row;
  }

  /** Writes every field of row `row`, an existing row. */
  set(row: number, t: Ticket): void {
    this.addressCodes.release(row, this.codes.addressKey[row]!);
    this.phoneCodes.release(row, this.codes.phoneKey[row]!);
    const text = this.text;
    text.id.set(row, t.id);
    text.content.set(row, t.content);
    text.address.set(row, t.address);
    text.reply.set(row, t.reply);
    text.callerName.set(row, t.callerName);
    text.callerPhone.set(row, t.callerPhone);
    this.setFields(row, t);
  }

  /**
   * The rows so far as a table, sharing the builder's columns (longer than `n`; rows past `n`
   * are unused). For reading complete rows while more are appended, e.g. to store full chunks.
   */
  view(): StoreTable {
    const { n, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, hasEvents, extra, rejectCount, reopenCount } = this;
    return { n, text, time, codes, dicts, month, rejects, reopens, pingPong, dispatchSeq, hasEvents, extra, rejectCount, reopenCount };
  }

  /** Packs the text of every full chunk of rows (see {@link StringColumn.packFull}). */
  packText(): void {
    for (const c of TEXT_COLUMNS) this.text[c].packFull();
  }

  /** Every field but the text columns. */
  private setFields(row: number, t: Ticket): void {
    const time = this.time, codes = this.codes, dicts = this.dicts;
    time.acceptedAt[row] = t.acceptedAt;
    time.dispatchedAt[row] = t.dispatchedAt ?? NaN;
    time.dueAt[row] = t.dueAt ?? NaN;
    time.closedAt[row] = t.closedAt ?? NaN;
    time.surveyedAt[row] = t.surveyedAt ?? NaN;
    codes.channel[row] = encode(dicts.channel, t.channel);
    codes.kind[row] = encode(dicts.kind, t.kind);
    const cat = encode(dicts.category, t.category);
    codes.category[row] = cat;
    codes.district[row] = encode(dicts.district, t.district);
    codes.street[row] = encode(dicts.street, t.street);
    codes.unit[row] = encode(dicts.unit, t.unit);
    codes.unitType[row] = encode(dicts.unitType, t.unitType);
    codes.status[row] = encode(dicts.status, t.status);
    codes.urgency[row] = encode(dicts.urgency, t.urgency);
    codes.responded[row] = encode(dicts.responded, t.responded);
    codes.resolved[row] = encode(dicts.resolved, t.resolved);
    codes.satisfaction[row] = encode(dicts.satisfaction, t.satisfaction);
    codes.exempted[row] = encode(dicts.exempted, t.exempted);
    // Category levels depend only on the category, so they are worked out once per category code.
    let levels = this.categoryLevels[cat];
    if (levels === undefined) {
      levels = this.categoryLevels[cat] = [
        encode(dicts.category1, categoryLevel(t.category, 1)),
        encode(dicts.category2, categoryLevel(t.category, 2)),
      ];
    }
    codes.category1[row] = levels[0];
    codes.category2[row] = levels[1];
    codes.addressKey[row] = this.addressCodes.code(fastAddressKey(t.address), row);
    codes.phoneKey[row] = this.phoneCodes.code(fastPhoneKey(t.callerPhone), row);
    this.month[row] = monthIndexOf(t.acceptedAt);
    this.rejectCount[row] = t.rejectCount ?? NaN;
    this.reopenCount[row] = t.reopenCount ?? NaN;
    if (!this.hasEvents) {
      this.rejects[row] = t.rejectCount ?? 0;
      this.reopens[row] = t.reopenCount ?? 0;
      this.dispatchSeq[row] = NO_UNITS;
      this.pingPong[row] = 0;
    } else if (this.dispatchSeq[row] === undefined) {
      this.dispatchSeq[row] = NO_UNITS;
    }
    const extra = this.extra;
    for (const k of this.extraKeys) {
      if (!(k in t.extra)) extra[k]![row] = '';
    }
    for (const k in t.extra) {
      let col = extra[k];
      if (!col) {
        col = extra[k] = new Array<string>(this.n).fill('');
        this.extraKeys.push(k);
      }
      col[row] = t.extra[k]!;
    }
  }

  /**
   * Recomputes rejects, reopens and the dispatch sequence of every row from `events` (DOMAIN.md
   * section 3: with an event file, counts come from the events, not the ticket file).
   */
  applyEvents(byTicket: Map<string, FlowEvent[]>): void {
    this.hasEvents = true;
    const ids = this.text.id;
    for (let i = 0; i < this.n; i++) {
      const { rejects: rj, reopens: ro, seq } = flowCounts(byTicket.get(ids.get(i)) ?? []);
      this.rejects[i] = rj;
      this.reopens[i] = ro;
      this.dispatchSeq[i] = seq.length ? seq : NO_UNITS;
      this.pingPong[i] = returnsToUnit(seq) ? 1 : 0;
    }
  }

  /** The finished table, with columns cut to exactly `n` rows. */
  finish(): StoreTable {
    const n = this.n;
    // A column already (nearly) exactly `n` long is kept as a view rather than copied: at a
    // million rows a copy of every column is 170 MB more garbage at the end of an import.
    const cut = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => (a.length - n <= n / 8 ? a.subarray(0, n) : a.slice(0, n)) as T;
    this.packText();
    for (const k of Object.keys(this.extra)) {
      const col = this.extra[k]!;
      for (let i = col.length; i < n; i++) col[i] = '';
      col.length = n;
    }
    const codes = Object.fromEntries(CODED_COLUMNS.map((c) => [c, cut(this.codes[c])])) as Record<CodedColumn, Int32Array>;
    // The address and phone keys were never kept (KeyCodes): the rows' text gives them back.
    const keys = keyDicts({ n, codes, text: this.text }, keyDictSizes(this));
    const dicts = Object.fromEntries(CODED_COLUMNS.map((c) => {
      if (isKeyDict(c)) return [c, keys[c]];
      const d = this.dicts[c];
      return [c, d.values.length > LAZY_DICT_ABOVE ? lazyDict(d.values) : d];
    })) as Record<CodedColumn, Dict>;
    return {
      n,
      text: this.text,
      time: Object.fromEntries(TIME_COLUMNS.map((c) => [c, cut(this.time[c])])) as Record<TimeColumn, Float64Array>,
      codes,
      dicts,
      month: cut(this.month),
      rejects: cut(this.rejects),
      reopens: cut(this.reopens),
      pingPong: cut(this.pingPong),
      dispatchSeq: this.dispatchSeq,
      hasEvents: this.hasEvents,
      extra: this.extra,
      rejectCount: cut(this.rejectCount),
      reopenCount: cut(this.reopenCount),
    };
  }
}

const numOrNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Row `row` of `t` as a {@link Ticket} (the inverse of {@link TableBuilder.set}). */
export function ticketAt(t: StoreTable, row: number): Ticket {
  const code = (c: CodedColumn): string => t.dicts[c].values[t.codes[c][row]!] ?? '';
  const extra: Record<string, string> = {};
  for (const k of Object.keys(t.extra)) {
    const v = t.extra[k]![row];
    if (v !== undefined && v !== '') extra[k] = v;
  }
  return {
    id: t.text.id.get(row),
    acceptedAt: t.time.acceptedAt[row]!,
    channel: code('channel'),
    kind: code('kind') as Ticket['kind'],
    category: code('category'),
    content: t.text.content.get(row),
    district: code('district'),
    street: code('street'),
    address: t.text.address.get(row),
    callerName: t.text.callerName.get(row),
    callerPhone: t.text.callerPhone.get(row),
    urgency: code('urgency') as Ticket['urgency'],
    unit: code('unit'),
    unitType: code('unitType') as Ticket['unitType'],
    dispatchedAt: numOrNull(t.time.dispatchedAt[row]!),
    dueAt: numOrNull(t.time.dueAt[row]!),
    status: code('status') as Ticket['status'],
    closedAt: numOrNull(t.time.closedAt[row]!),
    reply: t.text.reply.get(row),
    surveyedAt: numOrNull(t.time.surveyedAt[row]!),
    responded: code('responded') as Ticket['responded'],
    resolved: code('resolved') as Ticket['resolved'],
    satisfaction: code('satisfaction') as Ticket['satisfaction'],
    exempted: code('exempted') as Ticket['exempted'],
    rejectCount: numOrNull(t.rejectCount[row]!),
    reopenCount: numOrNull(t.reopenCount[row]!),
    extra,
  };
}
