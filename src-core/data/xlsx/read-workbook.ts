/** Locating the first worksheet and the shared strings of an XLSX package. */
import { readEntry, type ZipEntry } from './read-zip';
import { attr } from './xml-scanner';

const decodeUtf8 = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b);

function resolveTarget(target: string): string {
  const t = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of t.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/').toLowerCase();
}

/** Relationship targets of xl/workbook.xml by id, and the shared-strings part if declared. */
function readRels(bytes: Uint8Array, entries: Map<string, ZipEntry>): { byId: Map<string, string>; shared: string | null } {
  const byId = new Map<string, string>();
  let shared: string | null = null;
  const e = entries.get('xl/_rels/workbook.xml.rels');
  if (!e) return { byId, shared };
  const xml = decodeUtf8(readEntry(bytes, e));
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id'), target = attr(m[0], 'Target'), type = attr(m[0], 'Type') ?? '';
    if (id === null || target === null) continue;
    byId.set(id, resolveTarget(target));
    if (type.endsWith('/sharedStrings')) shared = resolveTarget(target);
  }
  return { byId, shared };
}

/**
 * Names (lower-cased) of the first worksheet, in workbook order, and of the shared strings part.
 * Falls back to the conventional names when the workbook or its relationships are missing.
 */
export function locateParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): { sheet: string | null; shared: string | null } {
  const rels = readRels(bytes, entries);
  let sheet: string | null = null;
  const wb = entries.get('xl/workbook.xml');
  if (wb) {
    const xml = decodeUtf8(readEntry(bytes, wb));
    const m = /<(?:\w+:)?sheet\b[^>]*>/.exec(xml);
    const rid = m ? /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] : undefined;
    const target = rid === undefined ? undefined : rels.byId.get(rid);
    if (target && entries.has(target)) sheet = target;
  }
  if (sheet === null) {
    const sheets = [...entries.keys()].filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k));
    sheets.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    sheet = sheets[0] ?? null;
  }
  const shared = rels.shared !== null && entries.has(rels.shared) ? rels.shared : entries.has('xl/sharedstrings.xml') ? 'xl/sharedstrings.xml' : null;
  return { sheet, shared };
}
