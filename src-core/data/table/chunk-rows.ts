/**
 * Rows per column chunk: the unit the store writes (GUIDE.md: chunks of 10k rows wrote 1M tickets
 * in 2.8 s) and the segment size of a packed {@link StringColumn}, so that a stored chunk's text
 * and a column segment are the same object.
 */
export const CHUNK_ROWS = 10_000;
