/*
 * Evidence files are stored content-addressed under the app's data folder:
 * evidence/<first 2 hex digits of the SHA-256>/<SHA-256 in lower-case hex>. The reference the
 * renderer keeps is exactly that relative path. Only references of this exact shape are accepted,
 * so no reference can name a file outside the evidence folder (no '..', no separators, no drive).
 */

const REF_PATTERN = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** The folder, relative to the data folder, that holds all evidence. */
export const EVIDENCE_DIR = 'evidence';

/** True for a lower-case hex SHA-256 digest (64 characters). */
export function isSha256Hex(s: string): boolean {
  return SHA256_PATTERN.test(s);
}

/**
 * The reference of the evidence whose bytes hash to `sha256` (lower-case hex).
 * Throws on anything that is not a 64-digit lower-case hex digest.
 */
export function evidenceRef(sha256: string): string {
  if (!isSha256Hex(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
  return `${EVIDENCE_DIR}/${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * The SHA-256 named by a reference, or null when `ref` is not exactly
 * `evidence/<2 hex>/<64 hex>` with the folder equal to the digest's first two digits.
 */
export function parseEvidenceRef(ref: string): { sha256: string; segments: [string, string, string] } | null {
  const m = REF_PATTERN.exec(ref);
  if (!m || m[2]!.slice(0, 2) !== m[1]) return null;
  return { sha256: m[2]!, segments: [EVIDENCE_DIR, m[1]!, m[2]!] };
}
