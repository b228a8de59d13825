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

  /**
   * Text of the next bytes; bytes of a character cut at the end are kept for the next call.
   * `chunk` is not kept after the call returns (the caller may reuse its buffer).
   */
  push(chunk: Uint8Array): string {
    if (this.lenient) return this.lenient.decode(chunk, { stream: true });
    const carry = this.carry;
    if (carry) {
      // Complete the carried character with the first few bytes of this chunk rather than copy
      // the whole chunk behind it: at a megabyte a read, those copies were most of an import's
      // garbage.
      this.carry = null;
      const small = joinBytes(carry, chunk.subarray(0, Math.min(chunk.length, 4)));
      const cut = utf8CompleteLength(small);
      if (cut <= carry.length) return this.push(joinBytes(carry, chunk));
      let head: string;
      try {
        head = this.decodeComplete(small.subarray(0, cut));
      } catch {
        return this.switchToGb18030(joinBytes(carry, chunk));
      }
      return head + this.push(chunk.subarray(cut - carry.length));
    }
    const cut = utf8CompleteLength(chunk);
    try {
      const s = this.decodeComplete(chunk.subarray(0, cut));
      if (cut < chunk.length) this.carry = chunk.slice(cut);
      return s;
    } catch {
      return this.switchToGb18030(chunk);
    }
  }

  /**
   * Whole UTF-8 characters to text; throws on invalid bytes. A fresh, non-streaming decode per
   * piece: the cut-off tail is carried by hand so that a failure can hand exactly these bytes to
   * the fallback decoder. The lenient decoder is several times faster than the fatal one, so it
   * goes first; only text that contains U+FFFD (invalid bytes, or a real U+FFFD) is checked strictly.
   */
  private decodeComplete(bytes: Uint8Array): string {
    const s = FAST.decode(bytes);
    return s.includes('\uFFFD') ? this.strict!.decode(bytes) : s;
  }

  /** Switches to GB18030 for `bytes` and the rest of the stream. */
  private switchToGb18030(bytes: Uint8Array): string {
    this.switched = true;
    this.encoding = 'gb18030';
    this.strict = null;
    this.lenient = new TextDecoder('gb18030', { ignoreBOM: true });
    return this.lenient.decode(bytes, { stream: true });
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

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
