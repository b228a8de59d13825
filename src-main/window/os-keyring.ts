import { safeStorage } from 'electron';
import type { SecretPort } from '../server-db/connection-settings';
import type { KeyringPort } from '../handlers/signing-key-file';

/**
 * The operating system's key store (Electron's safeStorage), used only where a real keyring backs
 * it: on Linux without a secret service safeStorage falls back to a fixed key ('basic_text'),
 * which protects nothing, so it is treated as absent. One source for both the records signing
 * key (bytes) and the office server's password (text).
 */
export function osKeyring(): KeyringPort | null {
  try {
    if (!safeStorage.isEncryptionAvailable()) return null;
    if (process.platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return null;
  } catch {
    return null;
  }
  return {
    encrypt: (b) => new Uint8Array(safeStorage.encryptString(Buffer.from(b).toString('base64'))),
    decrypt: (b) => new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(b)), 'base64')),
  };
}

/** The same keyring for text secrets (the server password); unavailable where {@link osKeyring} is. */
export function osSecrets(): SecretPort {
  const k = osKeyring();
  return {
    available: () => k !== null,
    encrypt: (text) => { if (!k) throw new Error('本机的系统钥匙串不可用'); return k.encrypt(new TextEncoder().encode(text)); },
    decrypt: (bytes) => { if (!k) throw new Error('本机的系统钥匙串不可用'); return new TextDecoder().decode(k.decrypt(bytes)); },
  };
}
