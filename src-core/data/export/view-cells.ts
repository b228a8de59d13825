import { formatLocal } from '../../base/time/shanghai';
import type { ExportValue } from './formula-escape';

/** How an exported column renders its values: datetimes (epoch ms) as local time text, counts as numbers. */
export type ExportColumnType = 'text' | 'datetime' | 'count';

/** One column of an exported view: the row field it reads and the header it shows. */
export type ExportColumn = { key: string; header: string; type: ExportColumnType };

/** A row as the engine returns it: field → text, number (epoch ms for times) or null. */
export type ExportRow = Readonly<Record<string, string | number | null | undefined>>;

/**
 * The export value of one field. Datetimes are epoch ms and become `YYYY-MM-DD HH:mm:ss` in
 * Asia/Shanghai (NaN or null → empty); counts stay numbers (text digits are parsed, anything
 * else → empty); text stays text (a number in a text column becomes its decimal text, so that
 * an id like 2024001 keeps being text and is escaped like any other text).
 */
export function exportValue(type: ExportColumnType, v: string | number | null | undefined): ExportValue {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'datetime': {
      const t = typeof v === 'number' ? v : Number(v);
      return v === '' || !Number.isFinite(t) ? null : formatLocal(t);
    }
    case 'count': {
      const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
      return Number.isFinite(n) ? n : null;
    }
    case 'text':
      return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : null) : v;
  }
}

/**
 * The cells of `row` for `columns`, in column order. `transform` sees each text cell before
 * export (the caller masks personal data there); it is not applied to datetimes or counts.
 */
export function rowToCells(
  row: ExportRow,
  columns: readonly ExportColumn[],
  transform?: (key: string, text: string) => string,
): ExportValue[] {
  return columns.map((c) => {
    const v = exportValue(c.type, row[c.key]);
    return transform && typeof v === 'string' && c.type === 'text' ? transform(c.key, v) : v;
  });
}
