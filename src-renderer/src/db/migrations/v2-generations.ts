/**
 * Upgrade to schema v2: chunk rows gain a generation. Rows written by v1 become generation 0
 * with their chunk number as index (so their primary key, which Dexie cannot change, stays
 * valid: key = gen × CHUNK_KEY_SPAN + index), and the meta 'store' row points at generation 0.
 */
import type { RowTransform } from '../schema';

/** Chunk keys of one generation lie in [gen × span, (gen + 1) × span). */
export const CHUNK_KEY_SPAN = 1_000_000;

const chunkToV2: RowTransform = (row) => {
  if (typeof row.gen === 'number') return row;
  const chunk = Number(row.chunk);
  return { ...row, gen: 0, index: typeof row.index === 'number' ? row.index : chunk };
};

const metaToV2: RowTransform = (row) => {
  if (row.key !== 'store' || typeof row.gen === 'number') return row;
  return { ...row, gen: 0, eventGen: 0 };
};

const historyToV2: RowTransform = (row) => (typeof row.importName === 'string' ? row : { ...row, importName: '' });

export const upgradeV2: Record<string, RowTransform> = {
  ticketChunks: chunkToV2,
  eventChunks: chunkToV2,
  meta: metaToV2,
  ticketHistory: historyToV2,
};
