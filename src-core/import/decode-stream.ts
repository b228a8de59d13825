/** Streaming bytes → text for CSV files, safe at any chunk boundary. */
import { utf8CompleteLength } from './sniff';
import type { Encoding } from './types';

/**
 * Decodes a byte stream in the given encoding. In UTF-8 mode, bytes are decoded strictly; when
 * a chunk turns out not to be UTF-8 (a GBK file whose first 64 KiB happened to be ASCII), the
 * decoder switches to GB18030 for that chunk and the rest, and `switched` is set so the report
 * can say so. Other encodings use the platform's streaming TextDecoder. The caller strips the BOM:
 * a U+FEFF inside the text is kept as written.
 */
const FAST = new TextDecoder('utf-8', { ignoreBOM: true });

export class StreamDecoder {
  encoding: Encoding;
  switched = false;
  private carry: Uint8Array | null = null;
  private strict: TextDecoder | null = null;
  private lenient: TextDecoder | null = null;

  /** `fallback` false: the encoding was chosen by the user, so invalid bytes become U+FFFD instead. */
  constructor(encoding: Encoding, fallback = true) {
    this.encoding = encoding;
    if (encoding === 'utf-8' && !fallback) this.lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    else if (encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    else this.lenient = new TextDecoder(encoding, { ignoreBOM: true });
  }

  /** Text of the next bytes; bytes of a character cut at the end are kept for the next call. */
  push(chunk: Uint8Array): string {
    if (this.lenient) return this.lenient.decode(chunk, { stream: true });
    let bytes = chunk;
    if (this.carry) {
      const joined = new Uint8Array(this.carry.length + chunk.length);
      joined.set(this.carry);
      joined.set(chunk, this.carry.length);
      bytes = joined;
      this.carry = null;
    }
    const cut = utf8CompleteLength(bytes);
    try {
      // A fresh, non-streaming decode per chunk: the cut-off tail is carried by hand so that a
      // failure can hand exactly these bytes to the fallback decoder. The lenient decoder is
      // several times faster than the fatal one, so it goes first; only text that contains
      // U+FFFD (invalid bytes, or a real U+FFFD) is checked strictly.
      const body = bytes.subarray(0, cut);
      let s = FAST.decode(body);
      if (s.includes('\uFFFD')) s = this.strict!.decode(body);
      if (cut < bytes.length) this.carry = bytes.slice(cut);
      return s;
    } catch {
      this.switched = true;
      this.encoding = 'gb18030';
      this.strict = null;
      this.lenient = new TextDecoder('gb18030', { ignoreBOM: true });
      return this.lenient.decode(bytes, { stream: true });
    }
  }

  /** Text of any bytes left at the end of the stream (an incomplete character becomes U+FFFD). */
  end(): string {
    if (this.lenient) return this.lenient.decode();
    if (!this.carry) return '';
    const rest = this.carry;
    this.carry = null;
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(rest);
  }
}
