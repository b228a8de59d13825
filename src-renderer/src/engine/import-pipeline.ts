/**
 * The import pipeline, run inside the engine worker: files are read as streams into the core
 * import session, accepted rows are merged into a copy of the current table (DOMAIN.md section 2:
 * insert / update / unchanged with history), and the result is written as a new generation of
 * column chunks that one final transaction makes current. Until then the old store and the
 * worker's old table stay untouched, so a cancel or a crash loses nothing.
 */
import { rowOfId } from '@core/assess/compute';
import { createImportSession } from '@core/data/import/session';
import type { ImportBatch, ImportTarget, ValidationReport } from '@core/data/import/types';
import { RankCache } from '@core/data/query/ranks';
import { CHUNK_ROWS, encodeChunk, encodeHeader } from '@core/data/store/chunk-codec';
import { ChunkWriter, chunkScratch, WRITE_BATCH } from './chunk-writer';
import { collectGarbage } from './collect-garbage';
import { encodeEventChunk, eventColumns, groupEventColumns, mergeEvents, type EventChunk, type EventColumns } from '@core/data/store/event-columns';
import { mergeBatch, type HistoryEntry, type MergeCounts } from '@core/data/store/merge';
import { TableBuilder, ticketAt } from '@core/data/store/store-table';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { db } from '@renderer/db/index';
import {
  commitGeneration, deleteOrphans, nextGeneration, putEventChunks, putTicketChunks, putTicketRanks, readStoreRow,
} from '@renderer/db/ticket-store';
import type { HeaderMapping, ImportFileOutcome, ImportOutcome, ImportPhase, ImportProgress, StoreStats } from './api';
import { acceptedRange, STORED_RANKS, type EngineState } from './engine-state';

export type PipelineContext = {
  state: EngineState;
  signal: AbortSignal;
  progress: (p: ImportProgress) => void;
};

/** The state's events; the worker loads them before any import (see ensureEvents). */
function eventsOf(s: EngineState): EventColumns {
  if (!s.events) throw new Error('流转记录尚未载入，请稍后重试');
  return s.events;
}

/** Thrown (and caught by the pipeline) when the user cancels. */
class Cancelled extends Error {
  constructor() { super('导入已取消'); this.name = 'AbortError'; }
}

function checkAbort(signal: AbortSignal): void {
  if (signal.aborted) throw new Cancelled();
}

/** Progress reporter that sends at most one event per 100 ms (plus phase changes). */
function progressThrottle(ctx: PipelineContext, fileName: string, bytesTotal: number): (phase: ImportPhase, bytesRead: number, rows: number, force?: boolean) => void {
  const t0 = performance.now();
  let last = 0;
  let lastPhase: ImportPhase | null = null;
  return (phase, bytesRead, rows, force = false) => {
    const now = performance.now();
    if (!force && phase === lastPhase && now - last < 100) return;
    last = now;
    lastPhase = phase;
    const secs = (now - t0) / 1000;
    ctx.progress({ phase, fileName, bytesRead, bytesTotal, rows, rowsPerSecond: secs > 0 ? Math.round(rows / secs) : 0 });
  };
}

/** Yields to the worker's event loop so a cancel message can arrive between chunks. */
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Bytes handed to the parser at a time. Small enough that their decoded text is an ordinary heap
 * object rather than a large-object page, which only a full collection frees: 64 KiB lowered the
 * import's peak memory at 1M rows by about 30 MB against 1 MiB, at the same speed.
 */
const PIECE_BYTES = 64 * 1024;

/**
 * Bytes asked of the file per read (then handed on in pieces of PIECE_BYTES). Chromium answers a
 * read in about the same time whatever its size up to a megabyte: reading the 510 MB demo file
 * into one reused buffer took 1.08 s in 64 KiB reads and 0.72 s in 1 MiB reads.
 */
const READ_BYTES = 1024 * 1024;

/**
 * Streams being read, held from the module: an awaited read of a stream nothing else references
 * can be collected with the stream and never settle (seen once in Chromium with a BYOB reader:
 * the import stopped and the worker's heap emptied).
 */
const reading = new Set<unknown>();

/** A read that has not settled after this long fails the import instead of hanging it. */
const READ_TIMEOUT_MS = 60_000;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('读取文件超过 60 秒没有进展，导入已停止（数据未改动）。请确认文件仍在原处且可读，然后重新导入')), READ_TIMEOUT_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads `file` in reads of up to {@link READ_BYTES}, calling `onBytes` with pieces of up to
 * {@link PIECE_BYTES} (false from it stops the reading). Where the
 * browser supports it, a BYOB reader fills one buffer over and over: a default reader hands out
 * a new buffer per read, and at a 500 MB file those buffers were hundreds of megabytes of garbage
 * waiting for the collector. `onBytes` must not keep the bytes (the import session does not).
 */
async function readBytes(
  file: File, signal: AbortSignal, onBytes: (b: Uint8Array) => boolean, afterBytes?: () => Promise<void>,
): Promise<void> {
  const stream = file.stream();
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch {
    byob = null; // not a byte stream here: fall back to the default reader
  }
  const reader = byob ?? stream.getReader();
  const held = { stream, reader };
  reading.add(held);
  try {
    let buf = new ArrayBuffer(READ_BYTES);
    for (;;) {
      checkAbort(signal);
      const { done, value } = await withTimeout<ReadableStreamReadResult<Uint8Array>>(
        byob ? byob.read(new Uint8Array(buf, 0, READ_BYTES)) : (reader as ReadableStreamDefaultReader<Uint8Array>).read(),
      );
      if (done || !value) break;
      let more = true;
      for (let at = 0; more && at < value.length; at += PIECE_BYTES) {
        if (at > 0) checkAbort(signal);
        more = onBytes(value.subarray(at, Math.min(value.length, at + PIECE_BYTES)));
        if (more && afterBytes) await afterBytes();
      }
      if (!more) break;
      if (byob) buf = value.buffer as ArrayBuffer;
    }
  } finally {
    reading.delete(held);
    reader.releaseLock();
  }
}

/** Reads `file` through an import session, calling `onBatch` for each batch of accepted rows. */
async function readFile(
  ctx: PipelineContext, file: File, target: ImportTarget, mapping: HeaderMapping | undefined,
  onBatch: (b: ImportBatch) => void, afterBatch?: () => Promise<void>,
): Promise<ValidationReport> {
  const session = createImportSession({ target, fileName: file.name, mapping });
  const report = progressThrottle(ctx, file.name, file.size);
  let bytes = 0, rows = 0;
  report('reading', 0, 0, true);
  await readBytes(file, ctx.signal, (value) => {
    bytes += value.byteLength;
    const b = session.push(value);
    rows = b.rows;
    onBatch(b);
    report('parsing', bytes, rows);
    return !session.refused();
  }, afterBatch);
  checkAbort(ctx.signal);
  const last = session.end();
  onBatch(last);
  report('parsing', bytes, last.rows, true);
  return session.report();
}

function outcomeOf(fileName: string, target: ImportTarget, r: ValidationReport, c: MergeCounts): ImportFileOutcome {
  return {
    fileName, target, encoding: r.encoding, delimiter: r.delimiter, rows: r.rows, accepted: r.accepted,
    rejected: r.rejected, duplicates: r.duplicates,
    inserted: c.inserted, updated: c.updated, unchanged: c.unchanged,
    warnings: r.warnings,
    ...(r.refused ? { refused: r.refused } : {}),
    ...(r.refusal ? { refusal: r.refusal } : {}),
  };
}

/** Merges accepted tickets into a copy of the state's table, collecting history and counts. */
class TicketMerger {
  readonly builder: TableBuilder;
  readonly history: HistoryEntry[] = [];
  readonly counts: MergeCounts = { inserted: 0, updated: 0, unchanged: 0 };
  private readonly known: Map<string, number>;
  private readonly added = new Map<string, number>();

  /**
   * `uniqueIds`: the rows come from one file, whose duplicate ids the import session already
   * removed, so no id of this import can meet a row this import added (no id → row map of them
   * is kept; on an empty store every row is simply appended).
   */
  constructor(
    private readonly state: EngineState, private readonly importName: string, private readonly at: number, expectRows = 0,
    private readonly uniqueIds = false,
    /** Stores full chunks while rows arrive (an import into an empty store without events only). */
    readonly writer: ChunkWriter | null = null,
  ) {
    this.builder = new TableBuilder(state.table, Math.max(1024, state.table.n + expectRows));
    this.known = rowOfId(state.table);
  }

  add(batch: readonly Ticket[]): void {
    if (batch.length === 0) return;
    if (this.uniqueIds && this.known.size === 0) {
      const b = this.builder;
      for (let i = 0; i < batch.length; i++) b.append(batch[i]!);
      this.counts.inserted += batch.length;
      // Each full chunk's text is packed as soon as its rows are in, so the file's decoded text
      // is let go during the parse rather than after the whole table is built.
      b.packText();
      this.writer?.offer(b.view(), b.n);
      return;
    }
    const old = this.state.table;
    // Rows of the old table are read from the old table (a file's ids are unique, so a row is
    // never updated twice in one import); rows added by this import are read from the builder.
    const unique = this.uniqueIds, known = this.known, added = this.added;
    const rowOf = (id: string): number | undefined => (unique ? known.get(id) : known.get(id) ?? added.get(id));
    const read = (row: number): Ticket => (row < old.n ? ticketAt(old, row) : ticketAt(this.builder as unknown as Parameters<typeof ticketAt>[0], row));
    const { ops, counts } = mergeBatch(batch, rowOf, read, this.importName, this.at);
    for (const op of ops) {
      if (op.op === 'insert') {
        const row = this.builder.append(op.ticket);
        if (!unique) added.set(op.ticket.id, row);
      } else if (op.op === 'update') { this.builder.set(op.row, op.ticket); this.history.push(op.history); }
    }
    this.counts.inserted += counts.inserted;
    this.counts.updated += counts.updated;
    this.counts.unchanged += counts.unchanged;
  }
}

/**
 * Imports a ticket file and/or an event file. Resolves with the outcome (cancelled: true and the
 * store unchanged when the signal fired) and the new engine state to install.
 */
export async function runImport(
  ctx: PipelineContext,
  req: { tickets?: File; events?: File; mapping?: HeaderMapping },
): Promise<{ outcome: ImportOutcome; state: EngineState }> {
  const at = Date.now();
  const importName = [req.tickets?.name, req.events?.name].filter((x): x is string => !!x).join(' + ') || '导入';
  const files: ImportFileOutcome[] = [];
  let writer: ChunkWriter | null = null;
  try {
    let merger: TicketMerger | null = null;
    if (req.tickets) {
      // Into an empty store without events, rows only append and nothing changes them later (no
      // event file to recount them): full chunks are stored while the file is still read.
      if (!req.events && ctx.state.table.n === 0 && eventsOf(ctx.state).n === 0) writer = new ChunkWriter(await nextGeneration());
      const w = writer;
      // About 500 bytes a ticket in real files; the builder doubles if there are more.
      const m = new TicketMerger(ctx.state, importName, at, Math.ceil(req.tickets.size / 500), true, w);
      const report = await readFile(ctx, req.tickets, 'tickets', req.mapping, (b) => m.add(b.tickets), w ? () => w.backpressure() : undefined);
      files.push(outcomeOf(req.tickets.name, 'tickets', report, m.counts));
      if (!report.refused) merger = m;
    }
    let incoming: FlowEvent[] = [];
    if (req.events) {
      const evs: FlowEvent[] = [];
      const report = await readFile(ctx, req.events, 'events', undefined, (b) => { for (const e of b.events) evs.push(e); });
      if (!report.refused) incoming = evs;
      const merged = incoming.length ? mergeEvents(eventsOf(ctx.state), incoming) : null;
      files.push(outcomeOf(req.events.name, 'events', report, { inserted: merged?.inserted ?? 0, updated: 0, unchanged: merged?.unchanged ?? 0 }));
    }
    if (writer && !merger) { await writer.settle(); await deleteOrphans(); }
    return await commitChanges(ctx, { merger, incomingEvents: incoming, importName, at, files, kind: 'file' });
  } catch (e) {
    // Chunks written ahead belong to a generation that never became current: remove them.
    if (writer) { await writer.settle(); await deleteOrphans().catch(() => undefined); }
    if (e instanceof Cancelled) {
      if (!writer) await deleteOrphans();
      return { outcome: { files, stats: ctx.state.stats, cancelled: true }, state: ctx.state };
    }
    throw e;
  }
}

/**
 * Imports generated tickets and events (the demo city, streamed in chunks) through the same
 * merge and commit as a file.
 */
export async function importGenerated(
  ctx: PipelineContext,
  chunks: Iterable<{ tickets: Ticket[]; events: FlowEvent[] }>,
  expected: number,
  importName: string,
): Promise<{ outcome: ImportOutcome; state: EngineState }> {
  const at = Date.now();
  try {
    const m = new TicketMerger(ctx.state, importName, at, expected);
    const report = progressThrottle(ctx, importName, 0);
    const events: FlowEvent[] = [];
    let rows = 0;
    report('reading', 0, 0, true);
    for (const c of chunks) {
      checkAbort(ctx.signal);
      m.add(c.tickets);
      for (const e of c.events) events.push(e);
      rows += c.tickets.length;
      report('parsing', 0, rows);
      await tick();
    }
    const merged = events.length ? mergeEvents(eventsOf(ctx.state), events) : null;
    const files: ImportFileOutcome[] = [
      { fileName: importName, target: 'tickets', encoding: '', delimiter: '', rows, accepted: rows, rejected: [], duplicates: [], warnings: [], ...m.counts },
    ];
    if (events.length) {
      files.push({ fileName: importName, target: 'events', encoding: '', delimiter: '', rows: events.length, accepted: events.length, rejected: [], duplicates: [], warnings: [], inserted: merged?.inserted ?? 0, updated: 0, unchanged: merged?.unchanged ?? 0 });
    }
    return await commitChanges(ctx, { merger: m, incomingEvents: events, importName, at, files, kind: 'demo' });
  } catch (e) {
    if (e instanceof Cancelled) {
      await deleteOrphans();
      return { outcome: { files: [], stats: ctx.state.stats, cancelled: true }, state: ctx.state };
    }
    throw e;
  }
}

async function commitChanges(
  ctx: PipelineContext,
  c: { merger: TicketMerger | null; incomingEvents: FlowEvent[]; importName: string; at: number; files: ImportFileOutcome[]; kind: string },
): Promise<{ outcome: ImportOutcome; state: EngineState }> {
  const { state } = ctx;
  const report = progressThrottle(ctx, c.importName, 0);
  const mergedEvents = c.incomingEvents.length ? mergeEvents(eventsOf(state), c.incomingEvents) : null;
  const eventsChanged = !!mergedEvents && mergedEvents.inserted > 0;
  const ticketsChanged = !!c.merger && c.merger.counts.inserted + c.merger.counts.updated > 0;
  const importRecord = {
    at: c.at, kind: c.kind, name: c.importName,
    files: c.files.map((f) => ({
      ...f, rejectedCount: f.rejected.length, duplicateCount: f.duplicates.length,
      rejected: f.rejected.slice(0, 1000), duplicates: f.duplicates.slice(0, 1000), warnings: f.warnings.slice(0, 1000),
    })),
  };
  const row = await readStoreRow();
  checkAbort(ctx.signal);

  if (!ticketsChanged && !eventsChanged) {
    // Nothing to store (e.g. the same file again): record the import, keep every chunk as is.
    const stats: StoreStats = { ...state.stats, lastImportAt: c.at, lastImportName: c.importName };
    await db.transaction('rw', [db.meta, db.imports], async () => {
      await db.imports.add(importRecord);
      if (row) await db.meta.put({ ...row, lastImportAt: c.at, lastImportName: c.importName });
    });
    return { outcome: { files: c.files, stats: row ? stats : state.stats, cancelled: false }, state: { ...state, stats: row ? stats : state.stats } };
  }

  report('indexing', 0, 0, true);
  // The parse's garbage goes before the ranks and the last writes add their own (desktop app only).
  collectGarbage();
  const builder = c.merger?.builder ?? new TableBuilder(state.table);
  const events = eventsChanged ? eventColumns(mergedEvents.events) : eventsOf(state);
  if (eventsChanged || builder.hasEvents) builder.applyEvents(groupEventColumns(events));
  const table = builder.finish();
  const ranks = new RankCache(table);
  const stored = ranks.getAll(STORED_RANKS);
  checkAbort(ctx.signal);
  await tick();

  const writer = c.merger?.writer ?? null;
  if (writer && (eventsChanged || builder.hasEvents)) throw new Error('内部错误：边读边写的导入不能带流转记录，请重新导入');
  const gen = writer?.gen ?? (await nextGeneration());
  const nChunks = Math.ceil(table.n / CHUNK_ROWS);
  // Chunks the writer stored during the parse are final; the rest are written now (the writer
  // first, so that its last chunks are not written twice).
  await writer?.drain();
  const scratch = chunkScratch();
  for (let i = writer?.written ?? 0; i < nChunks; i += WRITE_BATCH) {
    checkAbort(ctx.signal);
    const to = Math.min(nChunks, i + WRITE_BATCH);
    // Text columns hand over their packed segments (repacking those an update changed).
    await putTicketChunks(gen, i, to, (k) => encodeChunk(table, k, {}, scratch));
    report('writing', 0, Math.min(table.n, to * CHUNK_ROWS));
  }
  await putTicketRanks(gen, stored);
  let eventGen = row?.eventGen ?? 0;
  if (eventsChanged) {
    eventGen = gen;
    const nev = Math.ceil(events.n / CHUNK_ROWS);
    let evPending: EventChunk[] = [];
    for (let i = 0; i < nev; i++) {
      checkAbort(ctx.signal);
      evPending.push(encodeEventChunk(events, i));
      if (evPending.length === 10 || i === nev - 1) { await putEventChunks(gen, evPending); evPending = []; }
    }
  }
  checkAbort(ctx.signal);
  const stats: StoreStats = { tickets: table.n, events: events.n, ...acceptedRange(table), lastImportAt: c.at, lastImportName: c.importName };
  // The point of no return: one transaction switches the store to the new generation.
  await commitGeneration({ gen, eventGen, header: encodeHeader(table, true), stats, history: c.merger?.history ?? [], importRecord });
  report('done', 0, table.n, true);
  return { outcome: { files: c.files, stats, cancelled: false }, state: { table, ranks, events, stats } };
}
