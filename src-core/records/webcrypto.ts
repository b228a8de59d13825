/*
 * The part of WebCrypto (SubtleCrypto) the register uses, typed here because the core is built
 * without DOM or Node types. Browsers, Electron and Node ≥ 20 provide it as `globalThis.crypto`.
 */
export type CryptoKeyLike = { readonly type: string; readonly extractable: boolean; readonly algorithm: unknown; readonly usages: readonly string[] };
export type CryptoKeyPairLike = { publicKey: CryptoKeyLike; privateKey: CryptoKeyLike };

export type SubtleLike = {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: { name: 'Ed25519' }, extractable: boolean, usages: string[]): Promise<CryptoKeyLike>;
  exportKey(format: 'raw', key: CryptoKeyLike): Promise<ArrayBuffer>;
  generateKey(algorithm: { name: 'Ed25519' }, extractable: boolean, usages: string[]): Promise<CryptoKeyPairLike>;
  sign(algorithm: { name: 'Ed25519' }, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'Ed25519' }, key: CryptoKeyLike, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
};

/** The runtime's SubtleCrypto, or null where there is none (an old runtime). */
export function subtle(): SubtleLike | null {
  const c = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto;
  return c?.subtle ?? null;
}

export const ED25519 = { name: 'Ed25519' } as const;
