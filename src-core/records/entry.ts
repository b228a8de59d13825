import { GENESIS_HASH } from '../base/timeline/hash-chain';
import { sha256Hex } from '../base/rules/versioned';
import { validDate } from '../base/time/shanghai';
import { jcs } from './canonical';

/** DOMAIN.md section 11 entry types: a record, or a correction / retraction naming the seq it amends. */
export const ENTRY_TYPES = ['record', 'correction', 'retraction'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** One entry of the append-only register (DOMAIN.md section 11). */
export type RegisterEntry = {
  seq: number;
  /** ISO 8601 with offset, e.g. `2026-03-16T09:30:00+08:00`. */
  at: string;
  type: EntryType;
  body: Record<string, unknown>;
  /** The previous entry's hash; 64 zeros for seq 1. */
  prev: string;
  /** Lowercase hex SHA-256 of the RFC 8785 JSON of the entry without `hash` and `sig`. */
  hash: string;
  /** Base64 Ed25519 signature of the 32 hash bytes. */
  sig: string;
};

/** `prev` of seq 1, and the head of an empty register. */
export const GENESIS = GENESIS_HASH;

/** The hash of an entry: SHA-256 hex of the canonical JSON of every field but `hash` and `sig`. */
export function entryHash(e: Pick<RegisterEntry, 'seq' | 'at' | 'type' | 'body' | 'prev'>): string {
  return sha256Hex(jcs({ seq: e.seq, at: e.at, type: e.type, body: e.body, prev: e.prev }));
}

/** The head of a register: the hash of its last entry (64 zeros when empty). */
export function registerHead(entries: readonly RegisterEntry[]): string {
  return entries.length === 0 ? GENESIS : entries[entries.length - 1]!.hash;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 date-time with seconds and an offset (`Z` or `±hh:mm`) on a real calendar day. */
export function isIsoWithOffset(at: unknown): at is string {
  if (typeof at !== 'string') return false;
  const m = ISO_WITH_OFFSET.exec(at);
  if (!m || !validDate(+m[1]!, +m[2]!, +m[3]!)) return false;
  if (+m[4]! > 23 || +m[5]! > 59 || +m[6]! > 59) return false;
  return m[8] === undefined || (+m[8] <= 14 && +m[9]! <= 59);
}

/** `at` of an entry made at epoch ms `t`, in Beijing time: `2026-03-16T09:30:00+08:00`. */
export function isoAt(t: number): string {
  const x = new Date(t + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${x.getUTCFullYear()}-${p(x.getUTCMonth() + 1)}-${p(x.getUTCDate())}T${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}+08:00`;
}
