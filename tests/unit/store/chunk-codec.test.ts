import { describe, expect, it } from 'vitest';
import { dictSize, dictValue } from '@core/data/table/dict';
import { CHUNK_ROWS, chunkNumberBytes, decodeTable, encodeChunk, encodeDeferredDicts, encodeHeader, TableDecoder } from '@core/data/store/chunk-codec';
import { decodeEvents, encodeEventChunk, eventColumns, mergeEvents } from '@core/data/store/event-columns';
import { TableBuilder, ticketAt } from '@core/data/store/store-table';
import { packStrings, unpackStrings } from '@core/data/store/string-codec';
import { makeTicket } from './ticket-factory';

describe('string packing', () => {
  it('round-trips empty, CJK and surrogate-pair strings', () => {
    const v = ['', '扰民', '𠮷野家', '', 'a,b'];
    expect(unpackStrings(packStrings(v))).toEqual(v);
    expect(unpackStrings(packStrings(v, 1, 3))).toEqual(['扰民', '𠮷野家']);
  });
});

describe('ticket chunks', () => {
  it('decodes exactly what was encoded across several chunks', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS * 2 + 17;
    for (let i = 0; i < n; i++) {
      b.append(makeTicket({ id: `T${i}`, unit: `单位${i % 7}`, closedAt: i % 3 ? null : i * 1000, extra: i % 5 ? {} : { 备注: `第${i}` } }));
    }
    const table = b.finish();
    const header = encodeHeader(table);
    const ranks = { closedAt: Uint32Array.from({ length: n }, (_, i) => i % 11) };
    const chunks = Array.from({ length: header.chunks }, (_, i) => encodeChunk(table, i, ranks)).reverse();
    // A chunk's numbers are its own rows only (a view of the table's column would clone all of it).
    expect(chunks[0]!.time.acceptedAt.buffer.byteLength).toBe(chunkNumberBytes(chunks[0]!.n));
    expect(chunks[0]!.codes.unit.buffer).toBe(chunks[0]!.time.acceptedAt.buffer);
    // Stored as IndexedDB stores it: a structured clone.
    const { table: back, ranks: r2 } = decodeTable(header, chunks.map((c) => structuredClone(c)));
    expect(back.n).toBe(n);
    for (const i of [0, 5, CHUNK_ROWS, n - 1]) expect(ticketAt(back, i)).toEqual(ticketAt(table, i));
    expect(Array.from(r2.closedAt!)).toEqual(Array.from(ranks.closedAt));
  });

  it('reuses a scratch buffer for full chunks only, so each chunk must be stored before the next is encoded', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS * 2 + 5;
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, acceptedAt: 1_700_000_000_000 + i, rejectCount: i % 4 }));
    const table = b.finish();
    const header = encodeHeader(table);
    const scratch = new ArrayBuffer(chunkNumberBytes(CHUNK_ROWS));
    const stored = [0, 1, 2].map((i) => structuredClone(encodeChunk(table, i, {}, scratch)));
    expect(stored[0]!.time.acceptedAt[1]).toBe(1_700_000_000_001);
    const again = encodeChunk(table, 1, {}, scratch);
    expect(again.time.acceptedAt.buffer).toBe(scratch);
    expect(again.rejects[3]).toBe((CHUNK_ROWS + 3) % 4);
    // The short last chunk gets a buffer of its own size.
    expect(encodeChunk(table, 2, {}, scratch).time.acceptedAt.buffer).not.toBe(scratch);
    const { table: back } = decodeTable(header, stored);
    for (const i of [0, 1, CHUNK_ROWS - 1, CHUNK_ROWS, n - 1]) expect(ticketAt(back, i)).toEqual(ticketAt(table, i));
  });

  it('stores no address or phone dictionary: a decoded table works them out from its rows', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS + 9;
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, address: `西城区 ${i % 300} 号`, callerPhone: i % 7 ? `139${String(i).padStart(8, '0')}` : '' }));
    const table = b.finish();
    const header = encodeHeader(table, true);
    expect(header.dicts.addressKey).toBeUndefined();
    expect(header.dicts.phoneKey).toBeUndefined();
    expect(header.dicts.unit).toBeDefined();
    expect(header.keySizes).toEqual({ addressKey: 301, phoneKey: dictSize(table.dicts.phoneKey) });
    const d = new TableDecoder(header);
    for (const c of [encodeChunk(table, 1), encodeChunk(table, 0)].map((c) => structuredClone(c))) d.add(c);
    // Rows can be shown before every chunk is in; key values are only worked out from a whole table.
    expect(d.partial().text.id.get(3)).toBe('T3');
    const ranks = { id: Uint32Array.from({ length: n }, (_, i) => i), short: new Uint32Array(3) };
    d.addRanks(ranks);
    const { table: back, ranks: r } = d.finish();
    expect(back.dicts.addressKey.values).toEqual(table.dicts.addressKey.values);
    expect(back.dicts.addressKey.values[1]).toBe('西城区0号');
    expect(dictValue(back.dicts.phoneKey, back.codes.phoneKey[n - 1]!)).toBe(`139${String(n - 1).padStart(8, '0')}`);
    expect(dictValue(back.dicts.phoneKey, back.codes.phoneKey[0]!)).toBe('');
    for (const i of [0, CHUNK_ROWS, n - 1]) expect(ticketAt(back, i)).toEqual(ticketAt(table, i));
    expect(r.id).toBe(ranks.id);
    expect(r.short).toBeUndefined();
  });

  it('still reads a store of the previous format, with the address and phone dictionaries in a record', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS + 9;
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, address: `西城区${i % 300}号`, callerPhone: `139${String(i).padStart(8, '0')}` }));
    const table = b.finish();
    const { keySizes: _, ...current } = encodeHeader(table, true);
    const header = { ...current, dictsRecord: true };
    const d = new TableDecoder(header);
    for (const c of [encodeChunk(table, 0), encodeChunk(table, 1)]) d.add(c);
    expect(() => d.finish()).toThrow(/字典缺失/);
    d.addDicts(encodeDeferredDicts(table));
    const { table: back } = d.finish();
    expect(back.dicts.addressKey.values).toEqual(table.dicts.addressKey.values);
    expect(back.dicts.phoneKey.values[back.codes.phoneKey[n - 1]!]).toBe(`139${String(n - 1).padStart(8, '0')}`);
    for (const i of [0, CHUNK_ROWS, n - 1]) expect(ticketAt(back, i)).toEqual(ticketAt(table, i));
  });

  it('shows the leading rows decoded so far, whatever order the chunks come in', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS * 3 + 5;
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, unit: `单位${i % 7}` }));
    const table = b.finish();
    const d = new TableDecoder(encodeHeader(table));
    expect(d.prefixRows).toBe(0);
    d.add(encodeChunk(table, 1));
    expect(d.prefixRows).toBe(0);
    d.add(encodeChunk(table, 0));
    expect(d.prefixRows).toBe(CHUNK_ROWS * 2);
    const early = d.partial();
    expect(early.n).toBe(n);
    for (const i of [0, CHUNK_ROWS - 1, CHUNK_ROWS * 2 - 1]) expect(ticketAt(early, i)).toEqual(ticketAt(table, i));
    d.add(encodeChunk(table, 3));
    expect(d.prefixRows).toBe(CHUNK_ROWS * 2);
    d.add(encodeChunk(table, 2));
    expect(d.prefixRows).toBe(n);
    expect(ticketAt(d.finish().table, n - 1)).toEqual(ticketAt(table, n - 1));
  });

  it('stores the text segments the table holds, and an updated row is stored repacked', () => {
    const b = new TableBuilder();
    const n = CHUNK_ROWS + 3;
    for (let i = 0; i < n; i++) b.append(makeTicket({ id: `T${i}`, content: i % 4 ? `第${i}条诉求内容，反映噪音扰民问题` : '', address: `西城区${i}号` }));
    const table = b.finish();
    // The first chunk's text is the column's own packed segment, not a copy.
    expect(encodeChunk(table, 0).text.content).toBe(encodeChunk(table, 0).text.content);
    expect(encodeChunk(table, 1).text.content.ends.length).toBe(3);
    const next = new TableBuilder(table);
    next.set(5, makeTicket({ id: 'T5', content: '改过的内容', address: '西城区5号' }));
    const t2 = next.finish();
    const c0 = encodeChunk(t2, 0);
    expect(c0.text.content).not.toBe(encodeChunk(table, 0).text.content);
    const back = decodeTable(encodeHeader(t2), [c0, encodeChunk(t2, 1)]).table;
    expect(back.text.content.get(5)).toBe('改过的内容');
    expect(back.text.content.get(6)).toBe('第6条诉求内容，反映噪音扰民问题');
    // The original table is untouched.
    expect(table.text.content.get(5)).toBe('第5条诉求内容，反映噪音扰民问题');
  });

  it('refuses a table with a missing chunk', () => {
    const b = new TableBuilder();
    for (let i = 0; i < CHUNK_ROWS + 1; i++) b.append(makeTicket({ id: `T${i}` }));
    const t = b.finish();
    expect(() => decodeTable(encodeHeader(t), [encodeChunk(t, 1)])).toThrow(/数据块/);
  });
});

describe('event columns', () => {
  const e = (ticket: string, at: number, note = '') => ({ ticket, at, action: '派单' as const, unit: '市民热线', target: '甲', note, seq: at });
  it('adds only events not already stored, so a second import adds nothing', () => {
    const first = mergeEvents(eventColumns([]), [e('A', 1), e('A', 2)]);
    expect(first.inserted).toBe(2);
    const cols = eventColumns(first.events);
    const again = mergeEvents(cols, [e('A', 1), e('A', 2)]);
    expect(again).toMatchObject({ inserted: 0, unchanged: 2 });
    const more = mergeEvents(cols, [e('A', 2), e('B', 3, '新')]);
    expect(more.inserted).toBe(1);
    expect(more.events[2]!.seq).toBeGreaterThan(Math.max(...cols.seq));
  });
  it('round-trips through chunks', () => {
    const cols = eventColumns([e('A', 1), e('B', 2, '说明')]);
    const back = decodeEvents([encodeEventChunk(cols, 0)]);
    expect(back).toEqual(cols);
  });
});
