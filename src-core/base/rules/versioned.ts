import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Rule sets (assessment, chronic detection, case lifecycles) are data, versioned and hashed:
 * editing one makes a new version and never changes an old one.
 */
export type Versioned<T> = {
  id: string;
  version: number;
  /** Epoch ms when this version was made. */
  createdAt: number;
  /** SHA-256 hex of canonicalJson(body). */
  sha256: string;
  body: T;
};

/** JSON with object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** SHA-256 hex of a UTF-8 text. */
export function sha256Hex(text: string | Uint8Array): string {
  return bytesToHex(sha256(typeof text === 'string' ? utf8ToBytes(text) : text));
}

/** A new immutable version of rule set `id`: version 1, or one past `prev`. */
export function newVersion<T>(prev: Versioned<T> | null, id: string, body: T, now: number): Versioned<T> {
  return { id, version: prev ? prev.version + 1 : 1, createdAt: now, sha256: sha256Hex(canonicalJson(body)), body };
}
