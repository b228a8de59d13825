/** A first look at a file: headers, how they map, and the first rows (for the import dialog). */
import type { CoreMessage } from '../../base/text/message';
import { readXlsx, XlsxError } from '../xlsx/read-xlsx';
import { importMessage } from './messages';
import { CsvTokenizer } from './csv-tokenizer';
import { planColumns, requiredColumns } from './headers';
import { bomEncoding, decodeSample, looksLikeOle, sniff } from './sniff';
import { xlsxMessage } from '../xlsx/messages';
import { isEncryptedPackage } from '../xlsx/ole-encryption';
import type { Delimiter, Encoding, FileFormat, ImportTarget } from './types';

export type FilePreview = {
  format: FileFormat;
  encoding: Encoding;
  delimiter: Delimiter | '';
  headers: string[];
  /** Header as written (trimmed) → key | 'extra', as the import would read it. */
  mapping: Record<string, string>;
  rows: string[][];
  /** Canonical headers of required columns that no header matches. */
  missingRequired: string[];
  /** Set when the file cannot be read at all (corrupt XLSX, legacy .xls…). */
  refused?: string;
  /** The same, by code. */
  refusal?: CoreMessage;
};

/**
 * Reads the header row and up to `maxRows` (default 20) data rows from the first bytes of a
 * file. For CSV, 64 KiB of head is plenty; the last, possibly cut, line of the head is left
 * out unless `wholeFile` is set. For XLSX the head must be the whole file (a ZIP's directory is
 * at its end); otherwise `refused` says it could not be read. Title rows above an XLSX header
 * are skipped, as the import skips them.
 */
export function preview(head: Uint8Array, opts: { target: ImportTarget; fileName?: string; maxRows?: number; wholeFile?: boolean }): FilePreview {
  const maxRows = opts.maxRows ?? 20;
  const s = sniff(head, opts.fileName);
  const records: string[][] = [];
  let refused: CoreMessage | undefined;
  if (looksLikeOle(head)) {
    refused = isEncryptedPackage(head) ? xlsxMessage('xlsx.encrypted') : importMessage('import.legacyOffice');
  } else if (s.format === 'xlsx') {
    try {
      readXlsx(head, (cells) => {
        records.push(cells.map((c) => (typeof c === 'number' ? String(c) : c)));
        return records.length <= maxRows + 5;
      });
    } catch (e) {
      refused = e instanceof XlsxError ? e.msg : importMessage('import.unreadable', { error: String(e) });
    }
  } else {
    const bom = bomEncoding(head);
    const body = bom && bom.encoding === s.encoding ? head.subarray(bom.length) : head;
    const tok = new CsvTokenizer(s.delimiter, (f) => { if (records.length <= maxRows) records.push(f); });
    tok.feed(decodeSample(body, s.encoding));
    if (opts.wholeFile) tok.end();
  }
  if (s.format === 'xlsx') {
    // As the import does: title rows above the header (up to 5) are skipped.
    const at = records.slice(0, 6).findIndex((r) => planColumns(r, opts.target).missing.length === 0);
    if (at > 0) records.splice(0, at);
  }
  const headers = (records[0] ?? []).map((h) => h.trim());
  const plan = planColumns(headers, opts.target);
  const mapping: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const c of plan.columns) if (c.header !== '' && !(c.header in mapping)) mapping[c.header] = c.key;
  const out: FilePreview = {
    format: s.format,
    encoding: s.encoding,
    delimiter: s.format === 'xlsx' ? '' : s.delimiter,
    headers,
    mapping,
    rows: records.slice(1, maxRows + 1),
    missingRequired: records.length === 0 ? requiredColumns(opts.target).map((r) => r.header) : plan.missing,
  };
  if (refused !== undefined) { out.refused = refused.text; out.refusal = refused; }
  return out;
}
