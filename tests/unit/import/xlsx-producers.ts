/**
 * Workbooks as different producers lay them out (Excel, WPS, LibreOffice, Google Sheets, a
 * Windows export tool, a package without `xl/`), built with fflate from the same rows, and OLE
 * compound files (an encrypted workbook, a legacy .xls) for the refusals.
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number (dates are serials), or empty. */
export type PCell = string | number | null;

/** How text cells are written. */
type StringKind = 'shared' | 'rich' | 'inline' | 'formula';

export type Layout = {
  /** Part names of the workbook, the first worksheet, the shared strings. */
  workbook: string;
  sheet: string;
  shared: string;
  strings: StringKind;
  /** Relationship targets written absolute (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  /** ZIP entry names written with `\` (the package's own names stay `/` in relationships). */
  backslashNames?: boolean;
  /** ZIP entry names upper-cased (part names are case-insensitive). */
  upperCaseNames?: boolean;
  dimension: boolean;
  docProps: boolean;
  /** Relationship ids and sheet ids written as a producer numbers them. */
  sheetRid: string;
  date1904?: boolean;
  /** Sheets before the data sheet in workbook order. */
  before?: ('hidden' | 'chart')[];
  /** The package relationships (`_rels/.rels`) are left out: the reader must find the workbook by name. */
  noRootRels?: boolean;
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const folder = (p: string): string => p.slice(0, p.lastIndexOf('/') + 1);
const relsOf = (p: string): string => `${folder(p)}_rels/${p.slice(folder(p).length)}.rels`;

/** `target` written relative to the folder of `from` (with `..` where needed). */
function relative(from: string, target: string): string {
  const a = folder(from).split('/').filter(Boolean), b = target.split('/');
  let k = 0;
  while (k < a.length && k < b.length - 1 && a[k] === b[k]) k++;
  return [...a.slice(k).map(() => '..'), ...b.slice(k)].join('/');
}

/** The XLSX package of `rows` in `layout`. */
export function buildXlsx(rows: readonly (readonly PCell[])[], layout: Layout): Uint8Array {
  const shared: string[] = [];
  const sIndex = new Map<string, number>();
  const serialShift = layout.date1904 ? 1462 : 0;
  const maxCols = Math.max(...rows.map((r) => r.length));
  const rowXml = rows.map((r, ri) => {
    const cells = r.map((c, ci) => {
      if (c === null) return '';
      const ref = `${col(ci)}${ri + 1}`;
      // Header and data rows both carry numbers only as dates here, so every number shifts.
      if (typeof c === 'number') return `<c r="${ref}" s="1"><v>${c - serialShift}</v></c>`;
      switch (layout.strings) {
        case 'inline': return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
        case 'formula': return `<c r="${ref}" t="str"><f>TRIM("${esc(c).replace(/&quot;/g, '&quot;&quot;')}")</f><v>${esc(c)}</v></c>`;
        default: {
          let k = sIndex.get(c);
          if (k === undefined) { k = shared.length; shared.push(c); sIndex.set(c, k); }
          return `<c r="${ref}" t="s"><v>${k}</v></c>`;
        }
      }
    }).join('');
    return `<row r="${ri + 1}" spans="1:${maxCols}">${cells}</row>`;
  }).join('');
  const dim = layout.dimension ? `<dimension ref="A1:${col(maxCols - 1)}${rows.length}"/>` : '';
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}">${dim}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rowXml}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const si = (s: string): string => {
    if (layout.strings !== 'rich' || s.length < 2) return `<si><t xml:space="preserve">${esc(s)}</t></si>`;
    // Rich text: the string split into two runs with their own fonts, plus a phonetic guide.
    const h = Math.ceil(s.length / 2);
    return `<si><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>${esc(s.slice(0, h))}</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">${esc(s.slice(h))}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>`;
  };
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map(si).join('')}</sst>`;

  const target = (from: string, to: string): string => (layout.absoluteTargets ? `/${to}` : relative(from, to));
  const wbRels: string[] = [];
  const sheetTags: string[] = [];
  const parts: Record<string, string> = {};
  let n = 0;
  for (const kind of layout.before ?? []) {
    n++;
    if (kind === 'chart') {
      const cs = `${folder(layout.workbook)}chartsheets/sheet${n}.xml`;
      parts[cs] = `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`;
      wbRels.push(`<Relationship Id="rIdB${n}" Type="${REL}/chartsheet" Target="${target(layout.workbook, cs)}"/>`);
      sheetTags.push(`<sheet name="图表${n}" sheetId="${n + 10}" r:id="rIdB${n}"/>`);
    } else {
      const hs = `${folder(layout.sheet)}hidden${n}.xml`;
      parts[hs] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>参数表</t></is></c></row></sheetData></worksheet>`;
      wbRels.push(`<Relationship Id="rIdB${n}" Type="${REL}/worksheet" Target="${target(layout.workbook, hs)}"/>`);
      sheetTags.push(`<sheet name="隐藏${n}" sheetId="${n + 10}" state="hidden" r:id="rIdB${n}"/>`);
    }
  }
  wbRels.push(`<Relationship Id="${layout.sheetRid}" Type="${REL}/worksheet" Target="${target(layout.workbook, layout.sheet)}"/>`);
  sheetTags.push(`<sheet name="工单明细" sheetId="1" r:id="${layout.sheetRid}"/>`);
  const stylesPath = `${folder(layout.workbook)}styles.xml`;
  wbRels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="${target(layout.workbook, stylesPath)}"/>`);
  if (layout.strings === 'shared' || layout.strings === 'rich') {
    wbRels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="${target(layout.workbook, layout.shared)}"/>`);
    parts[layout.shared] = sst;
  }
  wbRels.push(`<Relationship Id="rIdX" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>`);
  const pr = `<workbookPr${layout.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="164011"/>`;
  parts[layout.workbook] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}">${pr}<bookViews><workbookView activeTab="${sheetTags.length - 1}"/></bookViews><sheets>${sheetTags.join('')}</sheets><calcPr calcId="191029"/></workbook>`;
  parts[relsOf(layout.workbook)] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${wbRels.join('')}</Relationships>`;
  parts[layout.sheet] = sheet;
  parts[stylesPath] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const rootRels = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${layout.absoluteTargets ? '/' : ''}${layout.workbook}"/>`];
  if (layout.docProps) {
    parts['docProps/app.xml'] = '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
    parts['docProps/core.xml'] = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>';
    rootRels.push(`<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>`);
    rootRels.push('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>');
  }
  if (!layout.noRootRels) parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${rootRels.join('')}</Relationships>`;
  const overrides = Object.keys(parts).filter((p) => p.endsWith('.xml')).map((p) => `<Override PartName="/${p}" ContentType="application/xml"/>`).join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${overrides}</Types>`),
  };
  for (const [name, xml] of Object.entries(parts)) {
    let zipName = layout.backslashNames ? name.replace(/\//g, '\\') : name;
    if (layout.upperCaseNames) zipName = zipName.toUpperCase();
    files[zipName] = strToU8(xml);
  }
  return zipSync(files);
}

/** Layouts of the producers the office gets workbooks from. */
export const PRODUCERS: Record<string, Layout> = {
  // Excel: shared strings, dimension, docProps, rId numbering with the sheet first.
  excel: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'shared', dimension: true, docProps: true, sheetRid: 'rId1' },
  // WPS: rich-text runs (fonts per run) and phonetic guides in the shared strings.
  wps: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'rich', dimension: true, docProps: true, sheetRid: 'rId3' },
  // LibreOffice: text written as formula results (t="str"), no shared strings part.
  libreoffice: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'formula', dimension: true, docProps: true, sheetRid: 'rId2' },
  // Google Sheets: no docProps, no dimension.
  google: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'shared', dimension: false, docProps: false, sheetRid: 'rId4' },
  // A Windows export tool: `\` in entry names, upper case, absolute targets, inline strings.
  windows: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'inline', absoluteTargets: true, backslashNames: true, upperCaseNames: true, dimension: false, docProps: false, sheetRid: 'R1' },
  // No `xl/` folder and other names: only the relationships say where the parts are; a
  // chartsheet comes first in the workbook.
  elsewhere: { workbook: 'book/workbook2.xml', sheet: 'data/tickets.xml', shared: 'book/strings.xml', strings: 'shared', dimension: true, docProps: false, sheetRid: 'rId7', before: ['chart'] },
  // Excel with a hidden parameters sheet first and the 1904 date system (a Mac workbook).
  excelMac1904: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet2.xml', shared: 'xl/sharedStrings.xml', strings: 'shared', dimension: true, docProps: true, sheetRid: 'rId2', before: ['hidden'], date1904: true },
  // Relationship-less package (some converters omit `_rels/.rels`): found by the usual names.
  noRootRels: { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet1.xml', shared: 'xl/sharedStrings.xml', strings: 'shared', dimension: false, docProps: false, sheetRid: 'rId1', noRootRels: true },
};

/**
 * A minimal OLE compound file (512-byte sectors) whose directory names `streams` after the Root
 * Entry, with `padding` empty sectors before the FAT and directory (so that they lie past the
 * first 64 KiB). Stream contents are left empty: only the directory matters to the reader.
 */
export function buildCompoundFile(streams: string[], padding = 0): Uint8Array {
  const size = 512, perFat = size / 4;
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  let fatCount = 1;
  while (fatCount * perFat < padding + fatCount + dirSectors) fatCount++;
  const fatAt = padding, dirAt = padding + fatCount;
  const total = dirAt + dirSectors;
  const b = new Uint8Array(512 + total * size);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => { b[i] = x; });
  dv.setUint16(24, 0x003e, true); // minor version
  dv.setUint16(26, 0x0003, true); // major version 3
  dv.setUint16(28, 0xfffe, true); // little-endian
  dv.setUint16(30, 9, true); // sector shift: 512
  dv.setUint16(32, 6, true); // mini sector shift
  dv.setUint32(44, fatCount, true); // FAT sectors
  dv.setUint32(48, dirAt, true); // first directory sector
  dv.setUint32(56, 4096, true); // mini stream cutoff
  dv.setUint32(60, 0xfffffffe, true);
  dv.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  for (let k = 0; k < 109; k++) dv.setUint32(76 + 4 * k, k < fatCount ? fatAt + k : 0xffffffff, true);
  const setFat = (s: number, v: number): void => dv.setUint32(512 + (fatAt + Math.floor(s / perFat)) * size + 4 * (s % perFat), v, true);
  for (let s = 0; s < fatCount * perFat; s++) setFat(s, 0xffffffff); // free
  for (let s = 0; s < padding; s++) setFat(s, 0xfffffffe); // one-sector streams (unused here)
  for (let k = 0; k < fatCount; k++) setFat(fatAt + k, 0xfffffffd); // the FAT's own sectors
  for (let k = 0; k < dirSectors; k++) setFat(dirAt + k, k + 1 < dirSectors ? dirAt + k + 1 : 0xfffffffe);
  const names = ['Root Entry', ...streams];
  names.forEach((name, i) => {
    const e = 512 + dirAt * size + i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(e + 2 * k, name.charCodeAt(k), true);
    dv.setUint16(e + 64, (name.length + 1) * 2, true);
    b[e + 66] = i === 0 ? 5 : 2; // root storage, stream
    dv.setUint32(e + 68, 0xffffffff, true);
    dv.setUint32(e + 72, 0xffffffff, true);
    dv.setUint32(e + 76, i === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    dv.setUint32(e + 116, 0xfffffffe, true);
  });
  return b;
}
