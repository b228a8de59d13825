/**
 * A minimal XLSX (Office Open XML spreadsheet) writer: shared strings, one style for dates, a
 * bold frozen header row. Pure: builds the zip in memory with fflate.
 */
import { zipSync } from 'fflate';

export type XlsxCell = string | number | null;

export type XlsxSheet = {
  /** Sheet tab name; characters Excel forbids ([]:*?/\) are removed and it is cut to 31. */
  name: string;
  header: string[];
  rows: XlsxCell[][];
  /**
   * Zero-based columns whose numbers are spreadsheet date serials (1900 system, fraction = time
   * of day; see toExcelSerial in time/shanghai.ts); they get a `yyyy-mm-dd hh:mm:ss` format.
   */
  dateColumns?: number[];
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes in styles.xml cellXfs. */
const STYLE_DATE = 1;
const STYLE_HEADER = 2;

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_SPECIAL = /[&<>"]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for XML content and attributes: invalid characters removed, specials escaped. */
export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, '').replace(XML_SPECIAL, (c) => XML_ENTITY[c]!);
}

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Collects text and encodes it to UTF-8 in blocks, so no single giant string is ever built. */
class ByteSink {
  private parts: Uint8Array[] = [];
  private buf = '';
  private size = 0;
  private enc = new TextEncoder();

  write(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.buf === '') return;
    const b = this.enc.encode(this.buf);
    this.parts.push(b);
    this.size += b.length;
    this.buf = '';
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const p of this.parts) {
      out.set(p, off);
      off += p.length;
    }
    this.parts = [];
    return out;
  }
}

/** Shared string table: each distinct text is stored once and cells refer to it by index. */
class SharedStrings {
  private index = new Map<string, number>();
  private list: string[] = [];
  refs = 0;

  id(s: string): number {
    this.refs++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  xml(): Uint8Array {
    const sink = new ByteSink();
    sink.write(`${XML_HEAD}<sst xmlns="${NS}" count="${this.refs}" uniqueCount="${this.list.length}">`);
    for (const s of this.list) sink.write(`<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`);
    sink.write('</sst>');
    return sink.bytes();
  }
}

function sheetXml(sheet: XlsxSheet, sst: SharedStrings): Uint8Array {
  let width = Math.max(1, sheet.header.length);
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  const cols = Array.from({ length: width }, (_, i) => columnLetters(i));
  const isDate = new Uint8Array(cols.length);
  for (const c of sheet.dateColumns ?? []) if (c >= 0 && c < cols.length) isDate[c] = 1;
  const lastRow = sheet.rows.length + 1;
  const sink = new ByteSink();
  const prologue = sheetPrologue(sheet.header, cols.length, isDate, (h, ref) => `<c r="${ref}" s="${STYLE_HEADER}" t="s"><v>${sst.id(h)}</v></c>`);
  // <dimension> must precede <sheetViews>; it is known here because all rows are at hand.
  sink.write(prologue.replace('<sheetViews>', `<dimension ref="A1:${cols[cols.length - 1]}${lastRow}"/><sheetViews>`));
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const n = r + 2;
    let x = `<row r="${n}">`;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        x += isDate[c] ? `<c r="${cols[c]}${n}" s="${STYLE_DATE}"><v>${v}</v></c>` : `<c r="${cols[c]}${n}"><v>${v}</v></c>`;
      } else {
        x += `<c r="${cols[c]}${n}" t="s"><v>${sst.id(v)}</v></c>`;
      }
    }
    sink.write(x + '</row>');
  }
  sink.write('</sheetData></worksheet>');
  return sink.bytes();
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS}">`
  + '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
  + '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/** Sheet names Excel accepts: forbidden characters removed, ≤ 31 characters, unique, non-empty. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.replace(INVALID_XML, '').replace(/[[\]:*?/\\]/g, '').trim().slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * The fixed parts of a workbook with sheets `names` (already legal, see {@link sheetNames}):
 * content types, relationships, workbook and styles; sharedStrings.xml is referenced when
 * `sharedStrings` is true (the caller writes it and the sheets).
 */
export function packageParts(names: readonly string[], sharedStrings: boolean): Record<string, Uint8Array> {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  files['xl/styles.xml'] = enc.encode(STYLES);
  files['xl/workbook.xml'] = enc.encode(
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>`
    + names.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
    + '</sheets></workbook>',
  );
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  files['xl/_rels/workbook.xml.rels'] = enc.encode(
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`
    + (sharedStrings ? `<Relationship Id="rId${names.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '')
    + '</Relationships>',
  );
  files['_rels/.rels'] = enc.encode(
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  files['[Content_Types].xml'] = enc.encode(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`
    + names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('')
    + `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`
    + (sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` : '')
    + '</Types>',
  );
  return files;
}

/** Opening of a worksheet up to `<sheetData>` plus the bold header row; no `<dimension>` (optional). */
export function sheetPrologue(header: readonly string[], width: number, isDate: Uint8Array, headerCell: (h: string, ref: string) => string): string {
  let x = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`;
  x += '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  x += '<cols>';
  for (let i = 0; i < width; i++) x += `<col min="${i + 1}" max="${i + 1}" width="${isDate[i] ? 20 : 14}" customWidth="1"/>`;
  x += '</cols><sheetData><row r="1">';
  header.forEach((h, i) => { x += headerCell(h, `${columnLetters(i)}1`); });
  return x + '</row>';
}

/** Mtime of every archive entry: fflate stores local wall-clock fields, so build it from local fields. */
export const ZIP_MTIME = (): Date => new Date(2000, 0, 1);

export const STYLE_DATE_INDEX = STYLE_DATE;
export const STYLE_HEADER_INDEX = STYLE_HEADER;

export type XlsxOptions = {
  /** Deflate level: 1 is about a third faster and a fifth larger than the default 6; 0 stores. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
};

/**
 * Builds an .xlsx file. Strings become shared strings (so phone numbers stay text), numbers
 * become numeric cells, null and '' leave the cell empty; numbers in `dateColumns` get a date
 * format. Row 1 is the header, bold and frozen. The whole file is built in memory (about
 * 1 KB of XML per 26-column row before compression). Throws when given no sheet.
 */
export function writeXlsx(sheets: XlsxSheet[], opts: XlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('至少需要一个工作表才能生成 Excel 文件');
  const names = sheetNames(sheets.map((s) => s.name));
  const sst = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s, sst); });
  files['xl/sharedStrings.xml'] = sst.xml();
  Object.assign(files, packageParts(names, true));
  // A fixed timestamp keeps the archive byte-identical for identical input.
  return zipSync(files, { level: opts.level ?? 6, mtime: ZIP_MTIME() });
}
