/**
 * Locating the first worksheet and the shared strings of an XLSX package the way the package
 * format (OPC) says: the workbook through `_rels/.rels` (its officeDocument relationship), its
 * sheets and shared strings through the workbook's own relationships. Writers differ: the
 * workbook may sit outside `xl/` or have another name, targets may be relative or absolute,
 * part names may use `\` or another case (the ZIP keys are {@link partKey}s); when the
 * relationships are missing, the conventional names are tried.
 */
import type { CoreMessage } from '../../base/text/message';
import { xlsxMessage } from './messages';
import { partKey, readEntry, type ZipEntry } from './read-zip';
import { attr, decodeXmlText } from './xml-scanner';

const decodeUtf8 = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b);

/** Where the first worksheet and the shared strings are, and how the workbook counts dates. */
export type WorkbookParts = {
  /** Key of the worksheet to read, or null when the package has none. */
  sheet: string | null;
  shared: string | null;
  /** The workbook uses the 1904 date system (serial 0 is 1904-01-01). */
  date1904: boolean;
  /** Said to the user: which sheet was read when the first one was hidden or a chart. */
  notes: CoreMessage[];
};

/** The folder (with its trailing `/`, '' for the root) of a part key. */
const folderOf = (key: string): string => key.slice(0, key.lastIndexOf('/') + 1);

/** A relationship target resolved against the folder of its source part, as a part key. */
export function resolveTarget(base: string, target: string): string {
  const t = partKey(target.trim());
  const abs = target.trim().replace(/\\/g, '/').startsWith('/');
  const out: string[] = [];
  for (const seg of (abs ? t : base + t).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

type Rel = { id: string; type: string; target: string };

/** The relationships of the part `key` (from `<folder>/_rels/<name>.rels`), targets resolved. */
function readRels(bytes: Uint8Array, entries: Map<string, ZipEntry>, key: string): Rel[] {
  const folder = folderOf(key);
  const e = entries.get(`${folder}_rels/${key.slice(folder.length)}.rels`);
  if (!e) return [];
  const xml = decodeUtf8(readEntry(bytes, e));
  const rels: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id'), target = attr(m[0], 'Target');
    if (id === null || target === null || attr(m[0], 'TargetMode') === 'External') continue;
    rels.push({ id, type: attr(m[0], 'Type') ?? '', target: resolveTarget(folder, decodeXmlText(target)) });
  }
  return rels;
}

/** The workbook part: the package's officeDocument relationship, else the usual names. */
function findWorkbook(bytes: Uint8Array, entries: Map<string, ZipEntry>): string | null {
  const main = readRels(bytes, entries, '').find((r) => r.type.endsWith('/officeDocument') && entries.has(r.target));
  if (main) return main.target;
  if (entries.has('xl/workbook.xml')) return 'xl/workbook.xml';
  const any = [...entries.keys()].filter((k) => /(^|\/)workbook\d*\.xml$/.test(k));
  any.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return any[0] ?? null;
}

type SheetRef = { name: string; hidden: boolean; kind: 'worksheet' | 'chart' | 'other'; target: string | null };

function sheetKind(type: string): SheetRef['kind'] {
  if (type.endsWith('/worksheet')) return 'worksheet';
  return type.endsWith('/chartsheet') ? 'chart' : 'other';
}

/**
 * Names (part keys) of the first visible worksheet in workbook order (the first worksheet when
 * all are hidden) and of the shared strings part. Falls back to the conventional names when the
 * workbook or its relationships are missing.
 */
export function locateParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): WorkbookParts {
  const notes: CoreMessage[] = [];
  let sheet: string | null = null, shared: string | null = null, date1904 = false;
  const wb = findWorkbook(bytes, entries);
  const folder = wb === null ? 'xl/' : folderOf(wb);
  if (wb !== null) {
    const rels = readRels(bytes, entries, wb);
    const byId = new Map(rels.map((r) => [r.id, r]));
    shared = rels.find((r) => r.type.endsWith('/sharedStrings') && entries.has(r.target))?.target ?? null;
    const xml = decodeUtf8(readEntry(bytes, entries.get(wb)!));
    const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml);
    const d = pr ? attr(pr[0], 'date1904') : null;
    date1904 = d === '1' || d === 'true';
    const refs: SheetRef[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const rid = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
      const rel = rid === undefined ? undefined : byId.get(rid);
      const state = attr(m[0], 'state');
      refs.push({
        name: decodeXmlText(attr(m[0], 'name') ?? ''),
        hidden: state === 'hidden' || state === 'veryHidden',
        kind: rel ? sheetKind(rel.type) : 'other',
        target: rel && entries.has(rel.target) ? rel.target : null,
      });
    }
    const usable = refs.filter((r) => r.kind === 'worksheet' && r.target !== null);
    const pick = usable.find((r) => !r.hidden) ?? usable[0];
    if (pick) {
      sheet = pick.target;
      const first = refs[0]!;
      if (first !== pick) {
        const params = { skipped: first.name, sheet: pick.name };
        notes.push(xlsxMessage(first.kind === 'chart' ? 'xlsx.skippedChart' : first.hidden && first.kind === 'worksheet' ? 'xlsx.skippedHidden' : 'xlsx.skippedOther', params));
      }
    }
  }
  if (sheet === null) {
    const inFolder = (k: string): boolean => /^(?:[^/]+\/)*worksheets\/[^/]+\.xml$/.test(k);
    const sheets = [...entries.keys()].filter((k) => inFolder(k));
    // The workbook's own folder first, then shortest and alphabetical (sheet1 before sheet10).
    sheets.sort((a, b) => Number(!a.startsWith(folder)) - Number(!b.startsWith(folder)) || a.length - b.length || (a < b ? -1 : 1));
    sheet = sheets[0] ?? null;
  }
  if (shared === null) {
    shared = [`${folder}sharedstrings.xml`, 'xl/sharedstrings.xml'].find((k) => entries.has(k)) ?? null;
  }
  return { sheet, shared, date1904, notes };
}
