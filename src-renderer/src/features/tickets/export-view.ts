import { createCsvBuilder } from '@core/data/export/csv';
import { rowToSheetCells, sheetDateColumns } from '@core/data/export/sheet-cells';
import { rowToCells, type ExportColumn } from '@core/data/export/view-cells';
import type { TicketQuery } from '@core/data/query/ticket-query';
import { getEngine } from '@renderer/engine/client';
import { startXlsx } from './xlsx-export';
import { maskCell } from './cell-format';

export type ExportFormat = 'csv' | 'xlsx';

/** Rows fetched from the engine per window: big enough to be fast, small enough to stay light. */
export const EXPORT_WINDOW = 5000;

export type ExportRequest = {
  query: TicketQuery;
  columns: readonly ExportColumn[];
  format: ExportFormat;
  /** True only when the role allows plain personal data and the user asked for it (audited by the caller). */
  plain: boolean;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
};

export type ExportResult = { bytes: Uint8Array; rows: number; mime: string; extension: string };

/**
 * Exports the rows of `query` in `columns`, fetched from the engine window by window.
 * Each window is encoded as it arrives: CSV as UTF-8 (file starts with a BOM), XLSX deflated
 * by the shared streaming writer (escaped text, numbers, date serials), so only the finished
 * bytes of the file accumulate. Personal data is masked unless
 * `plain`. Throws an AbortError when `signal` aborts.
 */
export async function exportView(req: ExportRequest): Promise<ExportResult> {
  const engine = getEngine();
  const header = req.columns.map((c) => c.header);
  const transform = req.plain ? undefined : maskCell;
  const csv = req.format === 'csv' ? createCsvBuilder(header) : null;
  const xlsx = req.format === 'xlsx' ? startXlsx('工单', header, sheetDateColumns(req.columns)) : null;
  let start = 0;
  let total = Infinity;
  while (start < total) {
    req.signal?.throwIfAborted();
    const res = await engine.query(req.query, { start, end: start + EXPORT_WINDOW });
    total = res.total;
    if (res.rows.length === 0) break;
    if (csv) csv.add(res.rows.map((r) => rowToCells(r, req.columns, transform)));
    else xlsx!.add(res.rows.map((r) => rowToSheetCells(r, req.columns, transform)));
    start += res.rows.length;
    req.onProgress?.(Math.min(start, total), total);
  }
  req.signal?.throwIfAborted();
  if (csv) return { bytes: csv.bytes(), rows: start, mime: 'text/csv;charset=utf-8', extension: 'csv' };
  const bytes = xlsx!.finish();
  return { bytes, rows: start, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
}

/** A file name for an export: `工单_<label or 视图>_<YYYYMMDD-HHmm>.<ext>`, without characters file systems refuse. */
export function exportFileName(label: string | undefined, extension: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const safe = (label ?? '').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
  return `工单_${safe || '视图'}_${stamp}.${extension}`;
}
