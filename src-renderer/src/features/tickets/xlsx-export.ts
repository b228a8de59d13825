import type { ExportValue } from '@core/data/export/formula-escape';
import { createXlsxStream } from '@core/data/xlsx/write-xlsx-stream';
import { concatBytes } from '@core/base/bytes/concat-bytes';

/** A one-sheet XLSX file written while rows arrive (the shared streaming writer). */
export type XlsxExport = {
  /** Appends sheet cells (rowToSheetCells: escaped text, numbers, date serials). */
  add(rows: ExportValue[][]): void;
  /** Closes the workbook and returns the whole file. */
  finish(): Uint8Array;
};

/**
 * Starts a one-sheet workbook with a bold frozen header; `dateColumns` get a date format. Rows
 * are deflated as they are added, so a large view never sits in memory as XML or cells.
 */
export function startXlsx(sheetName: string, header: readonly string[], dateColumns: number[]): XlsxExport {
  const parts: Uint8Array[] = [];
  let size = 0;
  const writer = createXlsxStream([{ name: sheetName, header: [...header], dateColumns }], (chunk) => {
    parts.push(chunk);
    size += chunk.length;
  });
  return {
    add(rows) {
      writer.addRows(rows);
    },
    finish() {
      writer.end();
      return concatBytes(parts, size);
    },
  };
}
