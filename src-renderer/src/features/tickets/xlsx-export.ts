import type { ExportValue } from '@core/export/formula-escape';
import { writeXlsx } from '@core/xlsx/write-xlsx';

/**
 * One-sheet XLSX workbook (header row first) with the shared writer. Cells must already be
 * sheet cells (rowToSheetCells: escaped text, numbers, date serials in `dateColumns`).
 */
export function buildXlsx(sheetName: string, header: readonly string[], rows: ExportValue[][], dateColumns: number[]): Uint8Array {
  return writeXlsx([{ name: sheetName, header: [...header], rows, dateColumns }]);
}
