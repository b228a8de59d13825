/** Detection of file format, text encoding and delimiter from the first bytes of a file. */
import type { Delimiter, Encoding, FileFormat } from './types';

/** How many bytes the importer gathers before deciding encoding and delimiter. */
export const SNIFF_BYTES = 64 * 1024;

/** Length of the longest prefix of `b` that does not end inside a UTF-8 sequence. */
export function utf8CompleteLength(b: Uint8Array): number {
  const n = b.length;
  // Look back at most 3 bytes for the lead byte of a sequence that may be cut.
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k]!;
    if (c < 0x80) return n; // ASCII: nothing is cut
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > k ? n - k : n;
    }
  }
  return n;
}

/** Whether `b` (possibly cut at the end) is valid UTF-8. */
export function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, utf8CompleteLength(b)));
    return true;
  } catch {
    return false;
  }
}

/** Encoding from a byte-order mark, with the BOM's length; null without one. */
export function bomEncoding(b: Uint8Array): { encoding: Encoding; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Encoding of a text sample: the BOM if any; else UTF-16 when one byte of most pairs is zero
 * (BOM-less UTF-16 of mostly ASCII text); else UTF-8 when the sample is valid UTF-8; else
 * GB18030 (a superset of GBK, which is what Chinese Excel writes as "CSV").
 */
export function detectEncoding(b: Uint8Array): Encoding {
  const bom = bomEncoding(b);
  if (bom) return bom.encoding;
  const pairs = Math.min(b.length >> 1, 4096);
  if (pairs >= 4) {
    let evenZero = 0, oddZero = 0;
    for (let i = 0; i < pairs; i++) {
      if (b[2 * i] === 0) evenZero++;
      if (b[2 * i + 1] === 0) oddZero++;
    }
    if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
    if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  }
  return isUtf8(b) ? 'utf-8' : 'gb18030';
}

const DELIMS: readonly Delimiter[] = [',', '\t', ';'];

/**
 * Delimiter of a CSV text from its first record: the most frequent of comma, tab and semicolon
 * outside double quotes (ties and none: comma, then tab).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = [0, 0, 0];
  let inQ = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQ = !inQ;
    else if (!inQ) {
      if (c === 10 || c === 13) break;
      if (c === 44) counts[0]!++;
      else if (c === 9) counts[1]!++;
      else if (c === 59) counts[2]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < 3; k++) if (counts[k]! > counts[best]!) best = k;
  return DELIMS[best]!;
}

/** Whether the bytes start like a ZIP archive (XLSX is one). */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && (b[3] === 4 || b[3] === 6 || b[3] === 8);
}

/** Whether the bytes start like an OLE2 compound file (legacy .xls). */
export function looksLikeOle(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1;
}

/** Decodes a sample for sniffing (lossy, never throws). */
export function decodeSample(b: Uint8Array, encoding: Encoding): string {
  try {
    return new TextDecoder(encoding).decode(encoding === 'utf-8' ? b.subarray(0, utf8CompleteLength(b)) : b);
  } catch {
    return '';
  }
}

/**
 * Guesses how to read a file from its first bytes (a few KiB to 64 KiB is plenty).
 * XLSX is recognized by its ZIP signature, or by a `.xlsx` name when the head is too short to
 * tell. For XLSX, encoding is reported as 'utf-8' and delimiter as ','.
 */
export function sniff(head: Uint8Array, fileName?: string): { format: FileFormat; encoding: Encoding; delimiter: Delimiter } {
  const isXlsxName = fileName !== undefined && /\.xlsx$/i.test(fileName);
  if (looksLikeZip(head) || (head.length < 4 && isXlsxName)) return { format: 'xlsx', encoding: 'utf-8', delimiter: ',' };
  const encoding = detectEncoding(head);
  const bom = bomEncoding(head);
  const text = decodeSample(bom ? head.subarray(bom.length) : head, encoding);
  return { format: 'csv', encoding, delimiter: detectDelimiter(text) };
}
