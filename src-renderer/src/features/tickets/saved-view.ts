import { z } from 'zod';
import { CODED_COLUMNS, TEXT_COLUMNS, TIME_COLUMNS } from '@core/data/table/ticket-table';
import type { SortKey, TicketFilter } from '@core/data/query/ticket-query';
import { gridColumn } from './grid-columns';

/** A saved view of the ticket grid (db.views row), owned by one user. */
export type SavedView = {
  id?: number;
  owner: string;
  name: string;
  filters: TicketFilter[];
  search: string;
  sort: SortKey[];
  /** Visible columns in grid order. */
  columns: string[];
  /** Columns pinned to the left. */
  pinned: string[];
  savedAt: number;
};

const num = z.number().finite();
const filterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in'), column: z.enum(CODED_COLUMNS), values: z.array(z.string()) }),
  z.object({ kind: z.literal('range'), column: z.enum(TIME_COLUMNS), from: num.optional(), to: num.optional(), empty: z.boolean().optional() }),
  z.object({ kind: z.literal('num'), column: z.enum(['rejects', 'reopens']), min: num.optional(), max: num.optional() }),
  z.object({ kind: z.literal('text'), column: z.enum(TEXT_COLUMNS), contains: z.string() }),
  z.object({ kind: z.literal('ids'), ids: z.array(z.string()) }),
]);

const viewSchema = z.object({
  id: z.number().optional(),
  owner: z.string(),
  name: z.string().min(1),
  filters: z.array(filterSchema),
  search: z.string().default(''),
  sort: z.array(z.object({ column: z.string(), desc: z.boolean() })).default([]),
  columns: z.array(z.string()),
  pinned: z.array(z.string()).default([]),
  savedAt: z.number().default(0),
});

/**
 * A db.views row as a {@link SavedView}, or null when it is not one (written by another version,
 * damaged). Columns the grid no longer has are dropped, so an old view still opens.
 */
export function parseSavedView(raw: unknown): SavedView | null {
  const r = viewSchema.safeParse(raw);
  if (!r.success) return null;
  const v = r.data;
  const known = (k: string): boolean => gridColumn(k) !== undefined;
  return {
    ...v,
    filters: v.filters as TicketFilter[],
    columns: v.columns.filter(known),
    pinned: v.pinned.filter(known),
    sort: v.sort.filter((s) => known(s.column)),
  };
}
