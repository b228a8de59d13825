/** What a --db query reports as its `input`: the tickets in the store and which file(s) they came from. */
import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';

/**
 * `{ tickets, sha256 }` of the store, matching what the --tickets commands print for a file:
 * the number of tickets, and the SHA-256 of the ticket file when every ticket load so far
 * finished and loaded that one file (the store then holds exactly that file's accepted rows).
 * Otherwise (several files, or a load cut short) the SHA-256 of the loads' hashes in order,
 * an unfinished load counting as an empty hash, so the value still identifies the contents.
 */
export async function storeInput(client: ClientBase): Promise<{ tickets: number; sha256: string }> {
  const n = await client.query<{ n: string }>('SELECT count(*) AS n FROM ticket_ids');
  const loads = await client.query<{ sha256: string; finished: boolean }>(
    "SELECT sha256, finished_at IS NOT NULL AS finished FROM loads WHERE kind = 'tickets' ORDER BY id",
  );
  const shas = loads.rows.map((r) => (r.finished ? r.sha256 : ''));
  const distinct = new Set(shas);
  const sha256 = distinct.size === 1 && shas[0] !== '' ? shas[0]! : createHash('sha256').update(shas.join('\n')).digest('hex');
  return { tickets: Number(n.rows[0]!.n), sha256 };
}

/** Whether the store holds flow events (then rejects and reopens come from them, DOMAIN.md section 3). */
export async function storeHasEvents(client: ClientBase): Promise<boolean> {
  const r = await client.query('SELECT 1 FROM flow_events LIMIT 1');
  return r.rows.length > 0;
}
