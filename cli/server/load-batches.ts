/**
 * Bulk loading into PostgreSQL in batches: each batch goes by COPY into a temporary staging
 * table and is merged into the store inside one transaction, so a load cut short (killed, the
 * server gone) leaves whole committed batches and never part of one. Merging follows DOMAIN.md
 * section 2: a new id is inserted; a known id whose row hash differs is updated (its previous
 * status, resolved, satisfaction and exempted go to ticket_history; the row may move to
 * another month's partition); an identical row is unchanged. Events are keyed by their identity,
 * so an event already stored is unchanged.
 */
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { monthStart } from '@core/base/time/month-index';
import { monthIndexOf, monthIndexToString } from '@core/base/time/shanghai';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
import { refreshFlowSql } from '@core/assess/sql/ticket-source';
import { EVENT_STAGE_COLUMNS, eventCopyLine, TICKET_STAGE_COLUMNS, ticketCopyLine } from './ticket-rows';

export type MergeTotals = { inserted: number; updated: number; unchanged: number };

const TICKET_COLS = TICKET_STAGE_COLUMNS.join(', ');

/** Streams COPY lines into `table` over the client's open transaction. */
async function copyLines(client: ClientBase, table: string, columns: readonly string[], lines: string[]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    // Writes in slices of ~1 MB so that a batch is not one giant string.
    let buf = '';
    for (const l of lines) {
      buf += l;
      if (buf.length > 1 << 20) { stream.write(buf); buf = ''; }
    }
    stream.end(buf);
  });
}

/**
 * Cuts items into batches and hands each to `flush`. One batch may be on its way to the server
 * while the caller goes on reading and parsing the file (the server merges on its own core); the
 * next waits for it, so at most two batches are in memory. A failed flush is thrown by the next
 * add or by finish, never left unhandled.
 */
class BatchPipe<T> {
  private pending: T[] = [];
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly flush: (batch: T[]) => Promise<void>) {}

  async add(items: readonly T[], size: number): Promise<void> {
    for (const x of items) {
      this.pending.push(x);
      if (this.pending.length >= size) await this.send();
    }
  }

  async finish(): Promise<void> {
    if (this.pending.length > 0) await this.send();
    await this.inflight;
    if (this.failure !== null) throw this.failure;
  }

  private async send(): Promise<void> {
    await this.inflight;
    if (this.failure !== null) throw this.failure;
    const batch = this.pending;
    this.pending = [];
    this.inflight = this.flush(batch).catch((e: unknown) => { this.failure = e; });
  }
}

/** Partition name of a month index: tickets_YYYY_MM. */
export function partitionName(m: number): string {
  return `tickets_${monthIndexToString(m).replace('-', '_')}`;
}

/**
 * Loads tickets in batches of `batchSize` accepted rows. Call {@link add} with the accepted
 * tickets as the import session yields them and {@link finish} at the end; `onBatch` hears of
 * every committed batch.
 */
export class TicketLoader {
  readonly totals: MergeTotals = { inserted: 0, updated: 0, unchanged: 0 };
  batches = 0;
  private partitions = new Set<string>();
  private ready = false;

  constructor(
    private readonly client: ClientBase, private readonly loadId: number, private readonly batchSize: number,
    private readonly onBatch: (batch: number, totals: MergeTotals) => void = () => {},
  ) {}

  private async prepare(): Promise<void> {
    if (this.ready) return;
    await this.client.query(`CREATE TEMP TABLE IF NOT EXISTS load_stage (
      LIKE tickets INCLUDING DEFAULTS, row_hash text NOT NULL) ON COMMIT DELETE ROWS`);
    await this.client.query('ALTER TABLE load_stage DROP COLUMN IF EXISTS load_id');
    const r = await this.client.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'tickets'",
    );
    for (const row of r.rows) this.partitions.add(row.name);
    this.ready = true;
  }

  private readonly pipe = new BatchPipe<Ticket>((b) => this.flush(b));

  add(tickets: readonly Ticket[]): Promise<void> { return this.pipe.add(tickets, this.batchSize); }
  finish(): Promise<void> { return this.pipe.finish(); }

  /** Creates missing month partitions, each committed on its own (an empty partition changes no figure). */
  private async ensurePartitions(batch: readonly Ticket[]): Promise<void> {
    const months = new Set<number>();
    for (const t of batch) months.add(monthIndexOf(t.acceptedAt));
    for (const m of months) {
      const name = partitionName(m);
      if (this.partitions.has(name)) continue;
      const lo = new Date(monthStart(m)).toISOString(), hi = new Date(monthStart(m + 1)).toISOString();
      await this.client.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF tickets FOR VALUES FROM ('${lo}') TO ('${hi}')`);
      this.partitions.add(name);
    }
  }

  private async flush(batch: Ticket[]): Promise<void> {
    await this.prepare();
    await this.ensurePartitions(batch);
    const lines = batch.map(ticketCopyLine);
    const c = this.client;
    await c.query('BEGIN');
    try {
      await copyLines(c, 'load_stage', [...TICKET_STAGE_COLUMNS, 'row_hash'], lines);
      const counts = (await c.query<{ inserted: string; updated: string; unchanged: string }>(`
        SELECT count(*) FILTER (WHERE i.id IS NULL) AS inserted,
               count(*) FILTER (WHERE i.row_hash <> s.row_hash) AS updated,
               count(*) FILTER (WHERE i.row_hash = s.row_hash) AS unchanged
        FROM load_stage s LEFT JOIN ticket_ids i ON i.id = s.id`)).rows[0]!;
      const n = { inserted: Number(counts.inserted), updated: Number(counts.updated), unchanged: Number(counts.unchanged) };
      if (n.updated > 0) {
        await c.query(`
          INSERT INTO ticket_history (ticket, at, load_id, status, resolved, satisfaction, exempted)
          SELECT t.id, now(), $1, t.status, t.resolved, t.satisfaction, t.exempted
          FROM load_stage s JOIN ticket_ids i ON i.id = s.id AND i.row_hash <> s.row_hash
          JOIN tickets t ON t.id = i.id AND t.accepted_at = i.accepted_at`, [this.loadId]);
        await c.query(`
          DELETE FROM tickets t USING load_stage s, ticket_ids i
          WHERE i.id = s.id AND i.row_hash <> s.row_hash AND t.id = i.id AND t.accepted_at = i.accepted_at`);
      }
      if (n.inserted + n.updated > 0) {
        await c.query(`
          INSERT INTO tickets (${TICKET_COLS}, load_id)
          SELECT ${TICKET_STAGE_COLUMNS.map((k) => `s.${k}`).join(', ')}, $1
          FROM load_stage s LEFT JOIN ticket_ids i ON i.id = s.id
          WHERE i.id IS NULL OR i.row_hash <> s.row_hash`, [this.loadId]);
        await c.query(`
          INSERT INTO ticket_ids (id, accepted_at, row_hash) SELECT id, accepted_at, row_hash FROM load_stage
          ON CONFLICT (id) DO UPDATE SET accepted_at = EXCLUDED.accepted_at, row_hash = EXCLUDED.row_hash
          WHERE ticket_ids.row_hash <> EXCLUDED.row_hash`);
      }
      this.batches++;
      await c.query(
        'INSERT INTO load_batches (load_id, batch, rows, inserted, updated, unchanged) VALUES ($1, $2, $3, $4, $5, $6)',
        [this.loadId, this.batches, batch.length, n.inserted, n.updated, n.unchanged],
      );
      await c.query('COMMIT');
      this.totals.inserted += n.inserted;
      this.totals.updated += n.updated;
      this.totals.unchanged += n.unchanged;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    }
    this.onBatch(this.batches, this.totals);
  }
}

/** Loads flow events in batches; an event already stored (same identity) is unchanged. */
export class EventLoader {
  readonly totals = { inserted: 0, unchanged: 0 };
  batches = 0;
  private ready = false;

  constructor(
    private readonly client: ClientBase, private readonly loadId: number, private readonly batchSize: number,
    private readonly onBatch: (batch: number) => void = () => {},
  ) {}

  private readonly pipe = new BatchPipe<FlowEvent>((b) => this.flush(b));

  add(events: readonly FlowEvent[]): Promise<void> { return this.pipe.add(events, this.batchSize); }
  finish(): Promise<void> { return this.pipe.finish(); }

  private async flush(batch: FlowEvent[]): Promise<void> {
    const c = this.client;
    if (!this.ready) {
      await c.query(`CREATE TEMP TABLE IF NOT EXISTS load_event_stage (
        event_key text, ticket text, at timestamptz, action text, unit text, target text, note text, seq integer) ON COMMIT DELETE ROWS`);
      this.ready = true;
    }
    await c.query('BEGIN');
    try {
      await copyLines(c, 'load_event_stage', EVENT_STAGE_COLUMNS, batch.map(eventCopyLine));
      // DISTINCT ON: one file may repeat an event word for word; the first row is kept.
      const r = await c.query<{ n: string }>(`
        WITH ins AS (
          INSERT INTO flow_events (event_key, ticket, at, action, unit, target, note, load_id, seq)
          SELECT DISTINCT ON (event_key) event_key, ticket, at, action, unit, target, note, $1, seq
          FROM load_event_stage ORDER BY event_key, seq
          ON CONFLICT (event_key) DO NOTHING RETURNING 1)
        SELECT count(*) AS n FROM ins`, [this.loadId]);
      const inserted = Number(r.rows[0]!.n);
      if (inserted > 0) await c.query(refreshFlowSql('load_event_stage'));
      this.batches++;
      await c.query(
        'INSERT INTO load_batches (load_id, batch, rows, inserted, updated, unchanged) VALUES ($1, $2, $3, $4, 0, $5)',
        [this.loadId, this.batches, batch.length, inserted, batch.length - inserted],
      );
      await c.query('COMMIT');
      this.totals.inserted += inserted;
      this.totals.unchanged += batch.length - inserted;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    }
    this.onBatch(this.batches);
  }
}
