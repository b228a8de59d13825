/**
 * The ticket store in IndexedDB: tickets and flow events as column chunks, written under a new
 * generation number and switched to by one final transaction that rewrites the meta 'store' row.
 * A crash or a cancel before that transaction leaves the previous generation current and the new
 * chunks orphaned; {@link deleteOrphans} removes them at the next start.
 */
import type { TicketChunk, TableHeader } from '@core/data/store/chunk-codec';
import type { EventChunk } from '@core/data/store/event-columns';
import type { HistoryEntry } from '@core/data/store/merge';
import type { StoreStats } from '@renderer/engine/api';
import { db } from './index';
import { CHUNK_KEY_SPAN } from './migrations/v2-generations';

/** Index of the header record (dictionaries, row count) among a generation's ticket chunks. */
const HEADER_INDEX = CHUNK_KEY_SPAN - 1;

/** Index of the record holding the whole table's stored sort ranks (when the header says so). */
const RANKS_INDEX = CHUNK_KEY_SPAN - 2;

/** Index of the record holding the dictionaries kept out of the header (when the header says so). */
const DICTS_INDEX = CHUNK_KEY_SPAN - 3;

/** Ticket chunks read per IndexedDB request on a cold start (about 5 MB each at 10k rows). */
const READ_BATCH = 4;

/** The meta 'store' row: what the home page's live query reads, plus the current generations. */
export type StoreRow = StoreStats & { key: 'store'; gen: number; eventGen: number };

export const EMPTY_STATS: StoreStats = { tickets: 0, events: 0, from: null, to: null, lastImportAt: null, lastImportName: null };

/** The current store row, or null before the first import. */
export async function readStoreRow(): Promise<StoreRow | null> {
  const row = await db.meta.get('store');
  return row ? (row as unknown as StoreRow) : null;
}

/** The stats part of a store row. */
export function statsOf(row: StoreRow | null): StoreStats {
  if (!row) return { ...EMPTY_STATS };
  const { tickets, events, from, to, lastImportAt, lastImportName } = row;
  return { tickets, events, from, to, lastImportAt, lastImportName };
}

/** A generation number higher than any in use or left behind. */
export async function nextGeneration(): Promise<number> {
  const row = await readStoreRow();
  const lastT = await db.ticketChunks.orderBy('gen').last();
  const lastE = await db.eventChunks.orderBy('gen').last();
  return Math.max(row?.gen ?? 0, row?.eventGen ?? 0, Number(lastT?.gen ?? 0), Number(lastE?.gen ?? 0)) + 1;
}

/**
 * Writes ticket chunks `from` .. `to`-1 of generation `gen` (not yet visible) in one transaction,
 * each made by `encode` just before it is put. IndexedDB's own put, not Dexie's: it serializes
 * the record before it returns, so `encode` may hand out the same scratch buffer every time (see
 * encodeChunk) and a million-row import leaves no chunk copies behind for the collector.
 */
export async function putTicketChunks(gen: number, from: number, to: number, encode: (index: number) => TicketChunk): Promise<void> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction('ticketChunks', 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('写入工单数据块失败'));
    tx.onabort = () => reject(tx.error ?? new Error('写入工单数据块被中止'));
  });
  try {
    const store = tx.objectStore('ticketChunks');
    for (let i = from; i < to; i++) {
      const c = encode(i);
      store.put({ ...c, chunk: gen * CHUNK_KEY_SPAN + c.index, gen });
    }
  } catch (e) {
    tx.abort();
    await done.catch(() => undefined);
    throw e;
  }
  await done;
}

/**
 * Writes the sort ranks of generation `gen`'s whole table as one record (not yet visible; a header
 * with `ranksRecord` points at it). Chunks written while a file is still being read cannot carry
 * ranks: those need every row.
 */
export async function putTicketRanks(gen: number, ranks: Record<string, Uint32Array>): Promise<void> {
  await db.ticketChunks.put({ chunk: gen * CHUNK_KEY_SPAN + RANKS_INDEX, gen, index: RANKS_INDEX, ranks });
}

/** Writes event chunks of generation `gen` (not yet visible). */
export async function putEventChunks(gen: number, chunks: readonly EventChunk[]): Promise<void> {
  await db.eventChunks.bulkPut(chunks.map((c) => ({ ...c, chunk: gen * CHUNK_KEY_SPAN + c.index, gen })));
}

/** What an import commits in its final transaction. */
export type Commit = {
  gen: number;
  eventGen: number;
  header: TableHeader;
  stats: StoreStats;
  history: readonly HistoryEntry[];
  importRecord: Record<string, unknown>;
};

/**
 * Makes generation `c.gen` current: in one transaction writes its header, the history entries,
 * the import record and the store row. Older generations are deleted afterwards (best effort:
 * if that is interrupted, {@link deleteOrphans} finishes it).
 */
export async function commitGeneration(c: Commit): Promise<void> {
  await db.transaction('rw', [db.meta, db.ticketChunks, db.ticketHistory, db.imports], async () => {
    await db.ticketChunks.put({ ...c.header, chunk: c.gen * CHUNK_KEY_SPAN + HEADER_INDEX, gen: c.gen, index: HEADER_INDEX });
    if (c.history.length > 0) await db.ticketHistory.bulkAdd(c.history.map((h) => ({ ...h })));
    await db.imports.add(c.importRecord);
    const row: StoreRow = { key: 'store', gen: c.gen, eventGen: c.eventGen, ...c.stats };
    await db.meta.put(row);
  });
  await deleteOrphans();
}

/** Deletes chunks of every generation other than the current ones (left by a crash or cancel). */
export async function deleteOrphans(): Promise<void> {
  const row = await readStoreRow();
  const gen = row?.gen ?? -1, eventGen = row?.eventGen ?? -1;
  await db.ticketChunks.where('gen').notEqual(gen).delete();
  await db.eventChunks.where('gen').notEqual(eventGen).delete();
}

/**
 * Streams the current generation: resolves with its header (null when the store is empty) after
 * calling `onChunk` for every ticket chunk, one record in memory at a time.
 */
export async function streamTicketChunks(
  onHeader: (h: TableHeader) => void, onChunk: (c: TicketChunk) => void, onRanks: (r: Record<string, Uint32Array>) => void,
  onDicts: (d: TableHeader['dicts']) => void,
): Promise<TableHeader | null> {
  const row = await readStoreRow();
  if (!row || row.tickets === 0) return null;
  const lo = row.gen * CHUNK_KEY_SPAN;
  const header = (await db.ticketChunks.get(lo + HEADER_INDEX)) as unknown as TableHeader | undefined;
  if (!header) throw new Error('数据库中的工单索引缺失，请在“设置”中清空数据后重新导入');
  onHeader(header);
  // Chunks are fetched a few at a time, the next batch requested before the current one is
  // handed over: the browser reads from disk while this thread decodes. The first batch is a
  // single chunk so that the first rows can be shown as soon as possible. A chunk missing from
  // the store is skipped here and reported by the decoder.
  const keys = Array.from({ length: header.chunks }, (_, i) => lo + i);
  const batches: number[][] = [];
  for (let i = 0, size = 1; i < keys.length; i += size, size = READ_BATCH) batches.push(keys.slice(i, i + size));
  let next = batches.length > 0 ? db.ticketChunks.bulkGet(batches[0]!) : null;
  for (let b = 0; next; b++) {
    const got = await next;
    next = b + 1 < batches.length ? db.ticketChunks.bulkGet(batches[b + 1]!) : null;
    for (const r of got) if (r) onChunk(r as unknown as TicketChunk);
    // The dictionaries the header leaves out come once the first rows can be shown.
    if (b === 0 && header.dictsRecord) {
      const d = (await db.ticketChunks.get(lo + DICTS_INDEX)) as unknown as { dicts?: TableHeader['dicts'] } | undefined;
      if (d?.dicts) onDicts(d.dicts);
    }
  }
  if (header.ranksRecord) {
    const r = (await db.ticketChunks.get(lo + RANKS_INDEX)) as unknown as { ranks?: Record<string, Uint32Array> } | undefined;
    // Without it the ranks are recomputed on first need: slower, never wrong.
    if (r?.ranks) onRanks(r.ranks);
  }
  return header;
}

/** The current generation's event chunks. */
export async function loadEventChunks(): Promise<EventChunk[]> {
  const row = await readStoreRow();
  if (!row || row.events === 0) return [];
  const lo = row.eventGen * CHUNK_KEY_SPAN;
  return (await db.eventChunks.where('chunk').between(lo, lo + CHUNK_KEY_SPAN).toArray()) as unknown as EventChunk[];
}

/** History entries of one ticket, oldest first. */
export async function ticketHistoryOf(id: string): Promise<HistoryEntry[]> {
  const rows = await db.ticketHistory.where('ticket').equals(id).toArray();
  return (rows as unknown as HistoryEntry[]).sort((a, b) => a.at - b.at);
}

/** Empties the ticket store (tickets, events, history); imports stay listed as records. */
export async function clearStore(): Promise<void> {
  await db.transaction('rw', [db.meta, db.ticketChunks, db.eventChunks, db.ticketHistory], async () => {
    await db.meta.delete('store');
    await db.ticketChunks.clear();
    await db.eventChunks.clear();
    await db.ticketHistory.clear();
  });
}
