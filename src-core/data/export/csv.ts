import { escapeFormula, type ExportValue } from './formula-escape';
import { concatBytes } from '../../base/bytes/concat-bytes';
import { csvEscape, UTF8_BOM } from '../csv/write-csv';

/** The UTF-8 byte order mark Excel needs (one definition, with the CSV writer). */
export { UTF8_BOM };

/**
 * One CSV field (RFC 4180): numbers as their decimal text (NaN/Infinity and null as empty),
 * text escaped against formula injection and quoted when it holds a comma, quote or line break.
 */
export function csvField(v: ExportValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return csvEscape(escapeFormula(v));
}

/** One CSV record ending in CRLF (the line ending Excel and RFC 4180 expect). */
export function csvLine(cells: readonly ExportValue[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/**
 * Builds a UTF-8 CSV file with BOM from records added in chunks, so a large view is encoded
 * piece by piece (one chunk of text alive at a time) instead of as one giant string.
 */
export type CsvBuilder = {
  /** Appends records; each is encoded to UTF-8 immediately. */
  add(records: readonly (readonly ExportValue[])[]): void;
  /** Bytes written so far (BOM included). */
  readonly size: number;
  /** The whole file: BOM, then every record added, in order. */
  bytes(): Uint8Array;
};

/** A {@link CsvBuilder} whose file starts with the BOM and, when given, the `header` record. */
export function createCsvBuilder(header?: readonly ExportValue[]): CsvBuilder {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  const push = (text: string): void => {
    const b = enc.encode(text);
    parts.push(b);
    size += b.length;
  };
  push(UTF8_BOM);
  if (header) push(csvLine(header));
  return {
    add(records) {
      let text = '';
      for (const r of records) text += csvLine(r);
      if (text) push(text);
    },
    get size() {
      return size;
    },
    bytes() {
      return concatBytes(parts, size);
    },
  };
}

/** A whole CSV file (BOM, header, records) as bytes; for small tables such as an import report. */
export function toCsvBytes(header: readonly ExportValue[], records: readonly (readonly ExportValue[])[]): Uint8Array {
  const b = createCsvBuilder(header);
  b.add(records);
  return b.bytes();
}
