import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256Hex } from '../base/rules/versioned';
import { ED25519, subtle, type CryptoKeyLike } from './webcrypto';

/**
 * Who signs register entries and checkpoints: the raw 32-byte Ed25519 public key and a function
 * signing bytes with the matching secret key. The desktop app provides one over a noble key
 * decrypted in the main process ({@link nobleSigner}); the browser build one over a
 * non-extractable WebCrypto key kept in IndexedDB ({@link webCryptoSigner}).
 */
export type Signer = { publicKey: Uint8Array; sign(bytes: Uint8Array): Promise<Uint8Array> };

/** Length of a key fingerprint in hex digits. */
export const FINGERPRINT_HEX = 16;

/** DOMAIN.md section 11: the first 16 hex digits of SHA-256 of the raw public key. */
export function keyFingerprint(publicKey: Uint8Array): string {
  return sha256Hex(publicKey).slice(0, FINGERPRINT_HEX);
}

/** A new random Ed25519 secret key (32 bytes). */
export function newSecretKey(): Uint8Array {
  return ed25519.utils.randomSecretKey();
}

/** A signer over a raw 32-byte Ed25519 secret key held in memory (@noble/curves). */
export function nobleSigner(secretKey: Uint8Array): Signer {
  const publicKey = ed25519.getPublicKey(secretKey);
  return { publicKey, sign: async (bytes) => ed25519.sign(bytes, secretKey) };
}

/** A signer over a WebCrypto Ed25519 private key (which may be non-extractable) and its raw public key. */
export function webCryptoSigner(privateKey: CryptoKeyLike, publicKey: Uint8Array): Signer {
  return {
    publicKey,
    sign: async (bytes) => {
      const s = subtle();
      if (!s) throw new Error('此环境不支持 WebCrypto，无法签名');
      return new Uint8Array(await s.sign(ED25519, privateKey, bytes));
    },
  };
}

/**
 * A new WebCrypto Ed25519 key pair whose private key cannot be exported (for the browser build,
 * which stores the CryptoKey object in IndexedDB), with its signer. Throws a Chinese message where
 * the runtime has no Ed25519 in WebCrypto.
 */
export async function newWebCryptoKey(): Promise<{ privateKey: CryptoKeyLike; publicKey: Uint8Array; signer: Signer }> {
  const s = subtle();
  if (!s) throw new Error('此环境不支持 WebCrypto，无法创建签名密钥');
  let pair;
  try {
    pair = await s.generateKey(ED25519, false, ['sign', 'verify']);
  } catch {
    throw new Error('此浏览器不支持 Ed25519 签名，请使用新版 Chrome、Edge 或桌面版');
  }
  const publicKey = new Uint8Array(await s.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey, signer: webCryptoSigner(pair.privateKey, publicKey) };
}
