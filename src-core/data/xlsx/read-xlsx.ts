/** Reading the first worksheet of an XLSX file as rows of cells. */
import type { Cell } from '../import/types';
import type { CoreMessage } from '../../base/text/message';
import { locateParts } from './read-workbook';
import { xlsxMessage } from './messages';
import { CORRUPT, listZipEntries, streamEntry, XlsxError } from './read-zip';
import { XmlScanner } from './xml-scanner';
import { SharedStringsHandler } from './xml-shared-strings';
import { SheetHandler } from './xml-sheet';

export { XlsxError } from './read-zip';

/** What the reader learnt from the workbook part. */
export type XlsxWorkbookInfo = { date1904: boolean; notes: readonly CoreMessage[] };

function streamXml(bytes: Uint8Array, entry: Parameters<typeof streamEntry>[1], scanner: XmlScanner, stopped: () => boolean): void {
  const dec = new TextDecoder('utf-8');
  streamEntry(bytes, entry, (piece) => {
    scanner.feed(dec.decode(piece, { stream: true }));
    return !stopped();
  });
  if (stopped()) return;
  scanner.feed(dec.decode());
  scanner.end();
}

/**
 * Calls `onRow` with the cells and 1-based row number of each non-empty row of the first
 * worksheet, in order; `onRow` returns false to stop. The worksheet XML is inflated and parsed
 * in pieces, never held whole; the shared strings are held as one array.
 * `onWorkbook`, before the first row, learns the workbook's date system and notes for the user
 * (which sheet was read when the first one is hidden or a chart).
 * Throws {@link XlsxError} (Chinese message) when the file is not a readable XLSX.
 */
export function readXlsx(bytes: Uint8Array, onRow: (cells: Cell[], row: number) => boolean, onWorkbook?: (info: XlsxWorkbookInfo) => void): void {
  const entries = listZipEntries(bytes);
  const { sheet, shared, date1904, notes } = locateParts(bytes, entries);
  if (sheet === null) {
    if (entries.has('word/document.xml') || entries.has('ppt/presentation.xml')) {
      throw new XlsxError(xlsxMessage('xlsx.notExcel'));
    }
    throw new XlsxError(entries.has('[content_types].xml') ? xlsxMessage('xlsx.noSheet') : CORRUPT);
  }
  onWorkbook?.({ date1904, notes });
  let strings: readonly string[] = [];
  if (shared !== null) {
    const sh = new SharedStringsHandler();
    streamXml(bytes, entries.get(shared)!, new XmlScanner(sh), () => false);
    strings = sh.strings;
  }
  const handler = new SheetHandler(strings, onRow);
  streamXml(bytes, entries.get(sheet)!, new XmlScanner(handler), () => handler.stopped);
}
