const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * The bytes of standard base64 text (RFC 4648 section 4, with '=' padding), or null when the text
 * is not canonical base64: wrong length, a character outside the alphabet, padding in the middle,
 * or non-zero bits in the last character (so each byte string has exactly one accepted spelling,
 * which matters for keys and signatures that are compared as text).
 */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const n = (text.length / 4) * 3 - pad;
  const out = new Uint8Array(n);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length - pad; i++) {
    const v = VALUE.get(text[i]!);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (o !== n || (acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Standard base64 (with padding) of `bytes`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
    const t = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    s += ALPHABET[(t >> 18) & 63]! + ALPHABET[(t >> 12) & 63]!;
    s += b === undefined ? '=' : ALPHABET[(t >> 6) & 63]!;
    s += c === undefined ? '=' : ALPHABET[t & 63]!;
  }
  return s;
}
