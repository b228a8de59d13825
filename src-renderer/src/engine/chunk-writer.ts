/**
 * Writes the ticket chunks of a new generation while a file is still being read: an import into
 * an empty store only ever appends rows, so each chunk of 10k rows is final as soon as its last
 * row is in. Writing it then overlaps the disk with the parse. The chunks stay invisible until
 * the import's final transaction makes their generation current (a cancel or crash leaves them
 * as orphans, which deleteOrphans removes).
 */
import { CHUNK_ROWS, chunkNumberBytes, encodeChunk } from '@core/data/store/chunk-codec';
import type { StoreTable } from '@core/data/store/store-table';
import { putTicketChunks } from '@renderer/db/ticket-store';

/** Ticket chunks per write transaction. */
export const WRITE_BATCH = 4;

/**
 * The buffer every full chunk's numeric columns are copied into right before its put serializes
 * it (see encodeChunk): one per write loop, reused for each chunk it writes.
 */
export function chunkScratch(): ArrayBuffer {
  return new ArrayBuffer(chunkNumberBytes(CHUNK_ROWS));
}

export class ChunkWriter {
  /** Chunks handed to a write so far (chunks 0 .. written-1). */
  written = 0;
  /** Chunks complete in the table so far (chunks 0 .. ready-1). */
  private ready = 0;
  /** The newest view of the rows (a builder may move its columns when it grows). */
  private table: StoreTable | null = null;
  private readonly scratch = chunkScratch();
  private inflight: Promise<void> | null = null;
  private error: unknown = null;

  constructor(readonly gen: number) {}

  /** Marks every chunk of `t` that is complete below row `rows` as ready to write. */
  offer(t: StoreTable, rows: number): void {
    this.table = t;
    this.ready = Math.max(this.ready, Math.floor(rows / CHUNK_ROWS));
    this.pump();
  }

  private pump(): void {
    const t = this.table;
    if (this.inflight || !t || this.written >= this.ready || this.error !== null) return;
    const from = this.written, to = Math.min(this.ready, from + WRITE_BATCH);
    this.written = to;
    // Each chunk is encoded as it is put, from the newest view at that moment.
    this.inflight = putTicketChunks(this.gen, from, to, (i) => encodeChunk(this.table ?? t, i, {}, this.scratch)).then(
      () => { this.inflight = null; this.pump(); },
      (e: unknown) => { this.error = e; this.inflight = null; this.ready = this.written; },
    );
  }

  /** Waits while more than `max` ready chunks are not yet written (a slow disk holds the reader back); throws a write error. */
  async backpressure(max = 2 * WRITE_BATCH): Promise<void> {
    while (this.ready - this.written > max && this.inflight) await this.inflight;
    if (this.error !== null) throw this.error;
  }

  /** Waits until every ready chunk is written; throws the first write error. */
  async drain(): Promise<void> {
    for (;;) {
      if (this.error !== null) throw this.error;
      if (!this.inflight) this.pump();
      if (!this.inflight) return;
      await this.inflight;
    }
  }

  /** Waits for the write in flight and drops the rest (after a cancel or a failure); never throws. */
  async settle(): Promise<void> {
    this.ready = this.written;
    while (this.inflight) await this.inflight;
  }
}
