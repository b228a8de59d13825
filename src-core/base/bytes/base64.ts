/**
 * Standard base64 (RFC 4648 section 4, with '=' padding): the one copy in the app (the register
 * encodes keys and signatures with it). Decoding is strict: each byte string has exactly one
 * accepted spelling (length a multiple of 4, padding only at the end, unused bits zero), which
 * matters for keys and signatures compared as text.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/**
 * The bytes of a base64 text, or null unless it is the one canonical encoding of those bytes
 * (length a multiple of 4, padding only at the end, unused bits zero). Being strict means a
 * changed character in a signature can never decode to the same bytes and go unnoticed.
 */
export function base64ToBytes(text: string): Uint8Array | null {
  const len = text.length;
  if (len % 4 !== 0) return null;
  const pad = len > 0 && text.charCodeAt(len - 1) === 61 ? (text.charCodeAt(len - 2) === 61 ? 2 : 1) : 0;
  const out = new Uint8Array((len / 4) * 3 - pad);
  const body = len - pad;
  let o = 0, acc = 0, bits = 0;
  for (let i = 0; i < body; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 255; }
  }
  // The bits left over after the last byte must be zero, else two texts would give the same bytes.
  return bits > 0 && (acc & ((1 << bits) - 1)) !== 0 ? null : out;
}
