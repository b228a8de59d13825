import type { PackedStrings } from '../store/string-codec';

/**
 * A text column kept as packed chunks (one string per chunk of rows plus end offsets), the form
 * the store writes. Searching it is one native `indexOf` pass over each chunk's string instead
 * of a call per row, which is what keeps a quick search over a million tickets fast.
 */
export type PackedColumn = { start: number; packed: PackedStrings }[];

/**
 * Marks in `out` (one byte per row) every row whose text in `col` contains `needle` (a match
 * never spans two rows). Rows are numbered as in the table: chunk start + index in the chunk.
 */
export function markRowsContaining(col: PackedColumn, needle: string, out: Uint8Array): void {
  if (needle === '') return;
  const len = needle.length;
  for (const { start, packed } of col) {
    const { blob, ends } = packed;
    let pos = blob.indexOf(needle);
    let row = 0;
    while (pos >= 0) {
      // Rows are in blob order, so the row of a later match is never before the previous one.
      while (row < ends.length && ends[row]! <= pos) row++;
      if (row >= ends.length) break;
      if (pos + len <= ends[row]!) {
        out[start + row] = 1;
        // One hit per row is enough: continue after the end of this row.
        pos = blob.indexOf(needle, ends[row]!);
      } else {
        pos = blob.indexOf(needle, pos + 1);
      }
    }
  }
}
