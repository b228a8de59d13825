import { RankCache } from '@core/data/query/ranks';
import { EMPTY_EVENTS, type EventColumns } from '@core/data/store/event-columns';
import { emptyStoreTable, type StoreTable } from '@core/data/store/store-table';
import type { StoreStats } from './api';

/** What the worker holds: the current generation's tickets and events, in columns. */
export type EngineState = {
  table: StoreTable;
  ranks: RankCache;
  /** Null until first needed after a cold start (see the worker's ensureEvents). */
  events: EventColumns | null;
  stats: StoreStats;
};

export function emptyState(stats: StoreStats): EngineState {
  const table = emptyStoreTable();
  return { table, ranks: new RankCache(table), events: EMPTY_EVENTS, stats };
}

/** Earliest and latest acceptedAt of the table (null when empty). */
export function acceptedRange(t: StoreTable): { from: number | null; to: number | null } {
  let lo = Infinity, hi = -Infinity;
  const a = t.time.acceptedAt;
  for (let i = 0; i < t.n; i++) { const v = a[i]!; if (v < lo) lo = v; if (v > hi) hi = v; }
  return t.n === 0 ? { from: null, to: null } : { from: lo, to: hi };
}

/** Columns whose sort ranks are computed at import and stored with the chunks. */
export const STORED_RANKS = ['acceptedAt', 'dispatchedAt', 'dueAt', 'closedAt', 'surveyedAt', 'id'] as const;
