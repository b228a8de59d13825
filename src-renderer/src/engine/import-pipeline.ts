/**
 * The import pipeline, run inside the engine worker: files are read as streams into the core
 * import session, accepted rows are merged into a copy of the current table (DOMAIN.md section 2:
 * insert / update / unchanged with history), and the result is written as a new generation of
 * column chunks that one final transaction makes current. Until then the old store and the
 * worker's old table stay untouched, so a cancel or a crash loses nothing.
 */
import { createImportSession } from '@core/import/session';
import type { ImportBatch, ImportTarget, ValidationReport } from '@core/import/types';
import { SEARCH_COLUMNS } from '@core/query/evaluate';
import { RankCache } from '@core/query/ranks';
import { unpackStrings, type PackedStrings } from '@core/store/string-codec';
import { CHUNK_ROWS, encodeChunk, encodeHeader, packTextChunk, type TicketChunk } from '@core/store/chunk-codec';
import { encodeEventChunk, eventColumns, groupEventColumns, mergeEvents, type EventChunk, type EventColumns } from '@core/store/event-columns';
import { mergeBatch, type HistoryEntry, type MergeCounts } from '@core/store/merge';
import { TableBuilder, ticketAt } from '@core/store/store-table';
import type { TextColumn } from '@core/table/ticket-table';
import type { FlowEvent, Ticket } from '@core/tickets/ticket';
import { db } from '@renderer/db/index';
import {
  commitGeneration, deleteOrphans, nextGeneration, putEventChunks, putTicketChunks, readStoreRow,
} from '@renderer/db/ticket-store';
import type { HeaderMapping, ImportFileOutcome, ImportOutcome, ImportPhase, ImportProgress, StoreStats } from './api';
import { acceptedRange, idIndexOf, packedOf, STORED_RANKS, type EngineState } from './engine-state';

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

/** Reads `file` through an import session, calling `onBatch` for each batch of accepted rows. */
async function readFile(
  ctx: PipelineContext, file: File, target: ImportTarget, mapping: HeaderMapping | undefined,
  onBatch: (b: ImportBatch) => void,
): Promise<ValidationReport> {
  const session = createImportSession({ target, fileName: file.name, mapping });
  const report = progressThrottle(ctx, file.name, file.size);
  const reader = file.stream().getReader();
  let bytes = 0, rows = 0;
  report('reading', 0, 0, true);
  try {
    for (;;) {
      checkAbort(ctx.signal);
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      const b = session.push(value);
      rows = b.rows;
      onBatch(b);
      report('parsing', bytes, rows);
      if (session.report().refused) break;
    }
  } finally {
    reader.releaseLock();
  }
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
    warnings: r.warnings.map((w) => (w.row > 0 ? `第 ${w.row} 行「${w.column}」：${w.message}` : w.message)),
    ...(r.refused ? { refused: r.refused } : {}),
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
   * Text columns of the full chunks, packed as rows arrive (an import into an empty store only):
   * the searched columns then point into these, so the file's decoded text is let go during the
   * parse rather than after the whole table is built.
   */
  readonly packedText: Record<TextColumn, PackedStrings>[] = [];

  /**
   * `uniqueIds`: the rows come from one file, whose duplicate ids the import session already
   * removed, so no id of this import can meet a row this import added (no id → row map of them
   * is kept; on an empty store every row is simply appended).
   */
  constructor(
    private readonly state: EngineState, private readonly importName: string, private readonly at: number, expectRows = 0,
    private readonly uniqueIds = false,
  ) {
    this.builder = new TableBuilder(state.table, Math.max(1024, state.table.n + expectRows));
    this.known = idIndexOf(state);
  }

  add(batch: readonly Ticket[]): void {
    if (batch.length === 0) return;
    if (this.uniqueIds && this.known.size === 0) {
      const b = this.builder;
      for (let i = 0; i < batch.length; i++) b.append(batch[i]!);
      this.counts.inserted += batch.length;
      // Rows only ever append here, so each full chunk's text is final: pack it now.
      while ((this.packedText.length + 1) * CHUNK_ROWS <= b.n) {
        const k = this.packedText.length;
        this.packedText.push(packTextChunk(b.text, k, (k + 1) * CHUNK_ROWS, SEARCH_COLUMNS));
      }
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
  try {
    let merger: TicketMerger | null = null;
    if (req.tickets) {
      // About 500 bytes a ticket in real files; the builder doubles if there are more.
      const m = new TicketMerger(ctx.state, importName, at, Math.ceil(req.tickets.size / 500), true);
      const report = await readFile(ctx, req.tickets, 'tickets', req.mapping, (b) => m.add(b.tickets));
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
    return await commitChanges(ctx, { merger, incomingEvents: incoming, importName, at, files, kind: 'file' });
  } catch (e) {
    if (e instanceof Cancelled) {
      await deleteOrphans();
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
  const builder = c.merger?.builder ?? new TableBuilder(state.table);
  const events = eventsChanged ? eventColumns(mergedEvents.events) : eventsOf(state);
  if (eventsChanged || builder.hasEvents) builder.applyEvents(groupEventColumns(events));
  const table = builder.finish();
  const ranks = new RankCache(table);
  const stored: Record<string, Uint32Array> = {};
  for (const k of STORED_RANKS) stored[k] = ranks.get(k)!;
  checkAbort(ctx.signal);
  await tick();

  const gen = await nextGeneration();
  const nChunks = Math.ceil(table.n / CHUNK_ROWS);
  let pending: TicketChunk[] = [];
  const packed = packedOf([]);
  for (let i = 0; i < nChunks; i++) {
    checkAbort(ctx.signal);
    const early = c.merger?.packedText[i];
    const chunk = encodeChunk(table, i, stored, early);
    pending.push(chunk);
    for (const col of SEARCH_COLUMNS) packed[col].push({ start: chunk.start, packed: chunk.text[col] });
    // The searched texts become slices of the packed chunk strings, so they are held once
    // (chunks packed during the parse already are).
    if (!early) for (const col of SEARCH_COLUMNS) unpackStrings(chunk.text[col], table.text[col], chunk.start);
    if (pending.length === 10 || i === nChunks - 1) {
      await putTicketChunks(gen, pending);
      pending = [];
      report('writing', 0, Math.min(table.n, (i + 1) * CHUNK_ROWS));
    }
  }
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
  await commitGeneration({ gen, eventGen, header: encodeHeader(table), stats, history: c.merger?.history ?? [], importRecord });
  report('done', 0, table.n, true);
  return { outcome: { files: c.files, stats, cancelled: false }, state: { table, ranks, events, stats, idIndex: null, packed } };
}
