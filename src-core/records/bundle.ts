import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToBase64 } from '../base/bytes/base64';
import { jcs } from './canonical';
import { registerHead, type RegisterEntry } from './entry';
import type { Signer } from './keys';

/** The bundle format name (DOMAIN.md section 11). */
export const BUNDLE_FORMAT = 'duban-register/1';

export type Checkpoint = { size: number; head: string; sig: string };

/** An exported register: the entries, the raw public key in base64 and a signed checkpoint. */
export type RegisterBundle = { format: typeof BUNDLE_FORMAT; publicKey: string; entries: RegisterEntry[]; checkpoint: Checkpoint };

/** The bytes a checkpoint signs: `duban-register/1\n<size>\n<head>` in UTF-8. */
export function checkpointMessage(size: number, head: string): Uint8Array {
  return utf8ToBytes(`${BUNDLE_FORMAT}\n${size}\n${head}`);
}

/** Exports `entries` (all of a register, from seq 1) as a bundle with a checkpoint signed by `signer`. */
export async function exportBundle(entries: readonly RegisterEntry[], signer: Signer): Promise<RegisterBundle> {
  const size = entries.length;
  const head = registerHead(entries);
  const sig = bytesToBase64(await signer.sign(checkpointMessage(size, head)));
  return { format: BUNDLE_FORMAT, publicKey: bytesToBase64(signer.publicKey), entries: [...entries], checkpoint: { size, head, sig } };
}

/**
 * The text of a bundle file: its RFC 8785 canonical JSON, without white space or a final newline,
 * so that every byte of the file is covered by a hash or a signature and no change goes unseen.
 */
export function bundleText(bundle: RegisterBundle): string {
  return jcs(bundle);
}
