/**
 * Writes the ticket chunks of a new generation while a file is still being read: an import into
 * an empty store only ever appends rows, so each chunk of 10k rows is final as soon as its last
 * row is in. Writing it then overlaps the disk with the parse, and its copies become garbage a
 * little at a time instead of all at the end. The chunks stay invisible until the import's final
 * transaction makes their generation current (a cancel or crash leaves them as orphans, which
 * deleteOrphans removes).
 */
import { CHUNK_ROWS, encodeChunk, type TicketChunk } from '@core/store/chunk-codec';
import type { StoreTable } from '@core/store/store-table';
import { putTicketChunks } from '@renderer/db/ticket-store';

/**
 * Ticket chunks per write request: each request's records are serialized at once, so this many
 * chunks' copies (about 2.5 MB a chunk) are in flight on top of the table.
 */
export const WRITE_BATCH = 4;

export class ChunkWriter {
  /** Chunks handed over so far (chunks 0 .. written-1). */
  written = 0;
  private queue: TicketChunk[] = [];
  private inflight: Promise<void> | null = null;
  private error: unknown = null;

  constructor(readonly gen: number) {}

  /** Queues every chunk of `t` that is complete below row `rows` and not yet handed over. */
  offer(t: StoreTable, rows: number): void {
    const full = Math.floor(rows / CHUNK_ROWS);
    while (this.written < full) this.queue.push(encodeChunk(t, this.written++));
    this.pump();
  }

  private pump(): void {
    if (this.inflight || this.queue.length === 0 || this.error !== null) return;
    const batch = this.queue.splice(0, WRITE_BATCH);
    this.inflight = putTicketChunks(this.gen, batch).then(
      () => { this.inflight = null; this.pump(); },
      (e: unknown) => { this.error = e; this.inflight = null; this.queue = []; },
    );
  }

  /** Waits while more than `max` chunks are queued (a slow disk holds the reader back); throws a write error. */
  async backpressure(max = 2 * WRITE_BATCH): Promise<void> {
    while (this.queue.length > max && this.inflight) await this.inflight;
    if (this.error !== null) throw this.error;
  }

  /** Waits until every queued chunk is written; throws the first write error. */
  async drain(): Promise<void> {
    for (;;) {
      if (this.error !== null) throw this.error;
      if (!this.inflight) this.pump();
      if (!this.inflight) return;
      await this.inflight;
    }
  }

  /** Waits for the request in flight and drops the rest (after a cancel or a failure); never throws. */
  async settle(): Promise<void> {
    this.queue = [];
    while (this.inflight) await this.inflight;
  }
}
