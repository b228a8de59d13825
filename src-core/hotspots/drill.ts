import { dispatchedRows } from '../assess/dispatched';
import type { TicketTable } from '../data/table/ticket-table';
import { hotspotDim, type HotspotKey } from './keys';

/**
 * Ids of the dispatched tickets of one group (key parts in the order of `by`) accepted in
 * [from, to) (epoch ms), in row order: the drill-down from a hotspot figure to its tickets.
 */
export function groupTicketIds(table: TicketTable, by: readonly HotspotKey[], parts: readonly string[], from: number, to: number): string[] {
  if (parts.length !== by.length) throw new Error(`分组键有 ${by.length} 个，但给出了 ${parts.length} 个取值`);
  const tests = by.map((k, j) => {
    const d = hotspotDim(table, k);
    const want = new Uint8Array(d.size);
    for (let g = 0; g < d.size; g++) if (d.label(g) === parts[j]) want[g] = 1;
    return { codes: d.codes, map: d.map, want };
  });
  const disp = dispatchedRows(table);
  const acc = table.time.acceptedAt;
  const ids: string[] = [];
  outer: for (let i = 0; i < table.n; i++) {
    const t = acc[i]!;
    if (disp[i] === 0 || !(t >= from && t < to)) continue;
    for (const x of tests) {
      const c = x.codes[i]!;
      if (x.want[x.map === null ? c : x.map[c]!] === 0) continue outer;
    }
    ids.push(table.text.id.get(i));
  }
  return ids;
}
