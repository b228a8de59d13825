import { toExcelSerial } from '../../base/time/shanghai';
import { safeSheetValue, type ExportValue } from './formula-escape';
import { exportValue, type ExportColumn, type ExportRow } from './view-cells';

/**
 * The cells of `row` for an XLSX sheet: datetimes (epoch ms) as spreadsheet date serials in
 * Asia/Shanghai (shown with a date format, see {@link sheetDateColumns}), counts as numbers,
 * text through `transform` (masking) and then escaped against formula injection. Numbers are
 * never escaped: a numeric cell is not evaluated.
 */
export function rowToSheetCells(
  row: ExportRow,
  columns: readonly ExportColumn[],
  transform?: (key: string, text: string) => string,
): ExportValue[] {
  return columns.map((c) => {
    const raw = row[c.key];
    if (c.type === 'datetime') {
      const t = typeof raw === 'number' ? raw : raw === null || raw === undefined || raw === '' ? NaN : Number(raw);
      return Number.isFinite(t) ? toExcelSerial(t) : null;
    }
    const v = exportValue(c.type, raw);
    return safeSheetValue(transform && typeof v === 'string' ? transform(c.key, v) : v);
  });
}

/** Zero-based indexes of the datetime columns (they get a date format in the sheet). */
export function sheetDateColumns(columns: readonly ExportColumn[]): number[] {
  return columns.flatMap((c, i) => (c.type === 'datetime' ? [i] : []));
}
