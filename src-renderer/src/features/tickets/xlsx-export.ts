import type { ExportValue } from '@core/export/formula-escape';

/**
 * One-sheet XLSX workbook of escaped cells (header row first). Wired to the shared writer
 * '@core/xlsx/write-xlsx' once it lands; until then export to XLSX reports that it is missing.
 */
export async function buildXlsx(_sheetName: string, _header: readonly string[], _rows: readonly (readonly ExportValue[])[]): Promise<Uint8Array> {
  throw new Error('Excel 导出组件尚未就绪，请先导出 CSV');
}
