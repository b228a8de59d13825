/** Test factories for the importer: files as bytes, chunked feeding, XLSX packages. */
import { strToU8, zipSync } from 'fflate';
import { createImportSession, type ImportOptions, type ValidationReport } from '@core/data/import/index';
import type { FlowEvent, Ticket } from '@core/data/tickets/ticket';
export { rng } from '../../helpers/rng';

export const enc = new TextEncoder();

/** CSV text from rows of fields, quoting where needed, lines ended by `eol`. */
export function csv(rows: readonly (readonly string[])[], delimiter = ',', eol = '\r\n', finalEol = true): string {
  const q = (f: string): string => (/[",;\t\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(q).join(delimiter)).join(eol) + (finalEol ? eol : '');
}

/** `fromPushes` counts the rows returned by push() (as opposed to end()). */
export type Result = { report: ValidationReport; tickets: Ticket[]; events: FlowEvent[]; fromPushes: number };

/** Feeds `bytes` to a fresh session in chunks given by `sizes` (cycled), or all at once. */
export function run(bytes: Uint8Array, opts: Partial<ImportOptions> = {}, sizes?: number[] | ((i: number) => number)): Result {
  const s = createImportSession({ target: 'tickets', ...opts });
  const tickets: Ticket[] = [], events: FlowEvent[] = [];
  const take = (b: { tickets: Ticket[]; events: FlowEvent[] }): void => {
    tickets.push(...b.tickets);
    events.push(...b.events);
  };
  if (!sizes) take(s.push(bytes));
  else {
    let o = 0, k = 0;
    while (o < bytes.length) {
      const n = Math.max(1, typeof sizes === 'function' ? sizes(k) : sizes[k % sizes.length]!);
      take(s.push(bytes.subarray(o, o + n)));
      o += n;
      k++;
    }
  }
  const fromPushes = tickets.length + events.length;
  take(s.end());
  return { report: s.report(), tickets, events, fromPushes };
}

/** Text run through the importer as UTF-8. */
export function runText(text: string, opts: Partial<ImportOptions> = {}): Result {
  return run(enc.encode(text), opts);
}

export type XCell = string | number | null | { t: 'b' | 'e' | 'str' | 'inline' | 'd'; v: string };

const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colName = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * An XLSX package (built with fflate's zipSync) whose first sheet holds `rows`. Strings go to
 * the shared string table; `rowNumbers` sets the r attribute of each row (default 1, 2, 3…).
 * `extraSheetFirstInZip` puts a second sheet earlier in the ZIP than the first one in the workbook.
 */
export function xlsx(rows: readonly (readonly XCell[])[], opts: { rowNumbers?: number[]; omitRefs?: boolean; extraSheetFirstInZip?: boolean } = {}): Uint8Array {
  const shared: string[] = [];
  const sIndex = new Map<string, number>();
  const rowXml = rows.map((r, ri) => {
    const rn = opts.rowNumbers?.[ri] ?? ri + 1;
    const cells = r.map((c, ci) => {
      if (c === null) return '';
      const ref = opts.omitRefs ? '' : ` r="${colName(ci)}${rn}"`;
      if (typeof c === 'number') return `<c${ref}><v>${c}</v></c>`;
      if (typeof c === 'string') {
        let k = sIndex.get(c);
        if (k === undefined) { k = shared.length; shared.push(c); sIndex.set(c, k); }
        return `<c${ref} t="s"><v>${k}</v></c>`;
      }
      if (c.t === 'inline') return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${xmlEsc(c.v)}</t></is></c>`;
      return `<c${ref} t="${c.t}"><v>${xmlEsc(c.v)}</v></c>`;
    }).join('');
    return `<row${opts.omitRefs ? '' : ` r="${rn}"`}>${cells}</row>`;
  }).join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowXml}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${xmlEsc(s)}</t></si>`).join('')}</sst>`;
  const other = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>别的表</t></is></c></row></sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {};
  if (opts.extraSheetFirstInZip) files['xl/worksheets/sheet2.xml'] = strToU8(other);
  Object.assign(files, {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="工单" sheetId="1" r:id="rId1"/>${opts.extraSheetFirstInZip ? '<sheet name="其他" sheetId="2" r:id="rId3"/>' : ''}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    'xl/sharedStrings.xml': strToU8(sst),
  });
  return zipSync(files);
}

/** rows = accepted + rejected + duplicates, the invariant of DOMAIN.md section 2. */
export function balanced(r: ValidationReport): boolean {
  return r.rows === r.accepted + r.rejected.length + r.duplicates.length;
}
