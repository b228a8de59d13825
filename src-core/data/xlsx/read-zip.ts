/** Reading the ZIP container of an XLSX file from its central directory (no ZIP64). */
import { Inflate } from 'fflate';
import type { CoreMessage } from '../../base/text/message';
import { xlsxMessage } from './messages';

/** A problem with an XLSX file; the message is Chinese and says what to do, `msg` its code. */
export class XlsxError extends Error {
  constructor(readonly msg: CoreMessage) {
    super(msg.text);
  }
}

export const CORRUPT = xlsxMessage('xlsx.corrupt');

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

function need(b: Uint8Array, o: number, n: number): void {
  if (o < 0 || o + n > b.length) throw new XlsxError(CORRUPT);
}

/**
 * The key a part is found by: lower-cased, `\\` (how some Windows tools write names) read as
 * `/`, without a leading `/`. Part names in OPC are case-insensitive.
 */
export function partKey(name: string): string {
  let k = name.toLowerCase();
  if (k.includes('\\')) k = k.replace(/\\/g, '/');
  return k.startsWith('/') ? k.replace(/^\/+/, '') : k;
}

/**
 * Entries of a ZIP archive by {@link partKey} of their names. Throws {@link XlsxError} when the end-of-central-
 * directory record is missing (a truncated file) or the directory is inconsistent.
 */
export function listZipEntries(b: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let o = b.length - 22; o >= 0 && o >= b.length - 22 - 65535; o--) {
    if (b[o] === 0x50 && b[o + 1] === 0x4b && b[o + 2] === 5 && b[o + 3] === 6) { eocd = o; break; }
  }
  if (eocd < 0) throw new XlsxError(CORRUPT);
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new XlsxError(xlsxMessage('xlsx.zip64'));
  }
  const entries = new Map<string, ZipEntry>();
  const dec = new TextDecoder('utf-8');
  let o = cdOffset;
  for (let k = 0; k < count; k++) {
    need(b, o, 46);
    if (u32(b, o) !== 0x02014b50) throw new XlsxError(CORRUPT);
    const nameLen = u16(b, o + 28), extraLen = u16(b, o + 30), commentLen = u16(b, o + 32);
    need(b, o + 46, nameLen);
    const name = dec.decode(b.subarray(o + 46, o + 46 + nameLen));
    const e: ZipEntry = { name, method: u16(b, o + 10), compressedSize: u32(b, o + 20), size: u32(b, o + 24), localOffset: u32(b, o + 42) };
    const key = partKey(name);
    if (!entries.has(key)) entries.set(key, e);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const o = e.localOffset;
  need(b, o, 30);
  if (u32(b, o) !== 0x04034b50) throw new XlsxError(CORRUPT);
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  need(b, start, e.compressedSize);
  return b.subarray(start, start + e.compressedSize);
}

/** Input slice fed to the inflater at a time; keeps the decompressed pieces small. */
const SLICE = 64 * 1024;

/**
 * Streams the uncompressed bytes of an entry to `onData` in pieces. `onData` returns false to
 * stop early. Throws {@link XlsxError} on corrupt or truncated data.
 */
export function streamEntry(b: Uint8Array, e: ZipEntry, onData: (piece: Uint8Array) => boolean | void): void {
  const data = entryData(b, e);
  if (e.method === 0) {
    for (let o = 0; o < data.length; o += SLICE) if (onData(data.subarray(o, o + SLICE)) === false) return;
    return;
  }
  if (e.method !== 8) throw new XlsxError(xlsxMessage('xlsx.compression', { method: e.method }));
  let stop = false, done = false;
  const inf = new Inflate((piece, final) => {
    if (final) done = true;
    if (!stop && piece.length > 0 && onData(piece) === false) stop = true;
  });
  try {
    for (let o = 0; o < data.length && !stop; o += SLICE) inf.push(data.subarray(o, o + SLICE), o + SLICE >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch {
    throw new XlsxError(CORRUPT);
  }
  if (!stop && !done) throw new XlsxError(CORRUPT);
}

/** The whole uncompressed entry (for the small parts: workbook, relationships). */
export function readEntry(b: Uint8Array, e: ZipEntry): Uint8Array {
  const parts: Uint8Array[] = [];
  let n = 0;
  streamEntry(b, e, (p) => { parts.push(p.slice()); n += p.length; });
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
