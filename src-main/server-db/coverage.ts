/**
 * Covered months of the store (DOMAIN.md sections 8 and 9: a month in which any ticket at all
 * was accepted). Tickets are partitioned by local month, so a month is covered when its
 * partition holds a row: one cheap probe per partition instead of a scan of every ticket.
 */
import type { ClientBase } from 'pg';

/** Month indexes of the covered months, ascending. */
export async function coveredMonths(client: ClientBase): Promise<number[]> {
  const parts = await client.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'tickets' ORDER BY 1",
  );
  const months: number[] = [];
  const probes: string[] = [];
  for (const { name } of parts.rows) {
    const m = /^tickets_(\d{4})_(\d{2})$/.exec(name);
    if (!m) continue;
    const idx = (Number(m[1]) - 1970) * 12 + Number(m[2]) - 1;
    probes.push(`SELECT ${idx} AS m WHERE EXISTS (SELECT 1 FROM ${name})`);
    months.push(idx);
  }
  if (probes.length === 0) return [];
  const r = await client.query<{ m: number }>(`${probes.join('\nUNION ALL\n')}\nORDER BY 1`);
  return r.rows.map((x) => Number(x.m));
}
