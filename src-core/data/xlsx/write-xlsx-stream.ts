/**
 * Streaming XLSX writing for sheets too large to hold in memory (a million-row ticket export):
 * rows are turned into XML and deflated as they come, and the archive leaves in chunks.
 * Strings are written inline (no shared-string table to keep), so memory stays flat.
 */
import { Zip, ZipDeflate } from 'fflate';
import {
  STYLE_DATE_INDEX, STYLE_HEADER_INDEX, ZIP_MTIME, columnLetters, packageParts, sheetNames, sheetPrologue, xmlEscape,
  type XlsxCell, type XlsxOptions,
} from './write-xlsx';

export type XlsxStreamSheet = { name: string; header: string[]; dateColumns?: number[] };

export type XlsxStreamWriter = {
  /** Appends rows to the current sheet (the first sheet until {@link nextSheet}). */
  addRows(rows: readonly XlsxCell[][]): void;
  /** Closes the current sheet and starts the next one given at creation. */
  nextSheet(): void;
  /** Closes the last sheets and the archive; the final chunk is delivered with `final` = true. */
  end(): void;
};

const inline = (s: string): string => `<is><t xml:space="preserve">${xmlEscape(s)}</t></is>`;

/**
 * Starts a workbook with `sheets` (names made legal and unique as in writeXlsx), delivering the
 * archive through `onData` synchronously as it is produced. Cells as in writeXlsx: strings are
 * text (inline strings), numbers numeric, null/''/NaN empty, numbers in `dateColumns` dates.
 * Throws when given no sheet or when rows are added after end().
 */
export function createXlsxStream(
  sheets: readonly XlsxStreamSheet[],
  onData: (chunk: Uint8Array, final: boolean) => void,
  opts: XlsxOptions = {},
): XlsxStreamWriter {
  if (sheets.length === 0) throw new Error('至少需要一个工作表才能生成 Excel 文件');
  const level = opts.level ?? 6;
  const mtime = ZIP_MTIME();
  const zip = new Zip((err, data, final) => {
    if (err) throw err;
    onData(data, final);
  });
  const entry = (name: string): ZipDeflate => {
    const f = new ZipDeflate(name, { level });
    f.mtime = mtime; // fixed, so identical input gives identical bytes
    zip.add(f);
    return f;
  };
  const names = sheetNames(sheets.map((s) => s.name));
  const fixed = packageParts(names, false);
  // Content types and relationships first, as Office writes them.
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']) {
    entry(name).push(fixed[name]!, true);
  }

  const enc = new TextEncoder();
  let index = -1;
  let file: ZipDeflate | null = null;
  let cols: string[] = [];
  let isDate = new Uint8Array(0);
  let rowNo = 1;
  let buf = '';
  let done = false;

  const flush = (final: boolean): void => {
    if (buf !== '' || final) file!.push(enc.encode(buf), final);
    buf = '';
  };
  const open = (): void => {
    index++;
    const s = sheets[index]!;
    file = entry(`xl/worksheets/sheet${index + 1}.xml`);
    cols = s.header.map((_, i) => columnLetters(i));
    isDate = new Uint8Array(Math.max(cols.length, ...(s.dateColumns ?? []).map((c) => c + 1), 0));
    for (const c of s.dateColumns ?? []) if (c >= 0) isDate[c] = 1;
    rowNo = 1;
    buf = sheetPrologue(s.header, cols.length, isDate, (h, ref) => `<c r="${ref}" s="${STYLE_HEADER_INDEX}" t="inlineStr">${inline(h)}</c>`);
  };
  const close = (): void => {
    buf += '</sheetData></worksheet>';
    flush(true);
    file = null;
  };
  open();

  return {
    addRows(rows) {
      if (done) throw new Error('Excel 文件已写完，不能再追加行');
      for (const row of rows) {
        const n = ++rowNo;
        let x = `<row r="${n}">`;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (v === null || v === undefined || v === '') continue;
          const ref = (cols[c] ?? (cols[c] = columnLetters(c))) + n;
          if (typeof v === 'number') {
            if (!Number.isFinite(v)) continue;
            x += isDate[c] ? `<c r="${ref}" s="${STYLE_DATE_INDEX}"><v>${v}</v></c>` : `<c r="${ref}"><v>${v}</v></c>`;
          } else x += `<c r="${ref}" t="inlineStr">${inline(v)}</c>`;
        }
        buf += x + '</row>';
        if (buf.length > 1 << 16) flush(false);
      }
    },
    nextSheet() {
      if (done) throw new Error('Excel 文件已写完，不能再追加工作表');
      if (index + 1 >= sheets.length) throw new Error(`只声明了 ${sheets.length} 个工作表`);
      close();
      open();
    },
    end() {
      if (done) return;
      done = true;
      close();
      // Sheets declared but never started still need a (header-only) part.
      while (index + 1 < sheets.length) {
        open();
        close();
      }
      zip.end();
    },
  };
}
