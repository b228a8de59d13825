import type { TicketTable } from '../data/table/ticket-table';

const cache = new WeakMap<TicketTable, Uint8Array>();

/**
 * DOMAIN.md section 5 "dispatched" per row: 1 when `unit` is non-empty and `status ≠ 已撤销`.
 * The population campaigns (section 8) and hotspots (section 9) count; one pass, cached per table.
 */
export function dispatchedRows(table: TicketTable): Uint8Array {
  const hit = cache.get(table);
  if (hit) return hit;
  const unit = table.codes.unit, status = table.codes.status;
  const cancelled = table.dicts.status.index.get('已撤销') ?? -1;
  const out = new Uint8Array(table.n);
  for (let i = 0; i < table.n; i++) out[i] = unit[i] !== 0 && status[i] !== cancelled ? 1 : 0;
  cache.set(table, out);
  return out;
}
