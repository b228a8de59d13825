import type { RegisterEntry } from './entry';
import { findPersonalData } from './personal-data';
import type { VerifyCode, VerifyParams } from './verify-messages';

/** The kinds of a record body (DOMAIN.md section 11). */
export const RECORD_KINDS = ['表彰', '问责'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type RuleBreak = { code: VerifyCode; params: VerifyParams };

/**
 * The rules every entry body keeps, checked when appending and again when verifying: a record has
 * kind 表彰 or 问责 and a drafter who is not its approver; a correction or retraction names in
 * `amends` the seq of an earlier record entry; no body holds phone or ID-number patterns.
 * `earlier` is the register before this entry. Returns the first broken rule, or null.
 */
export function checkEntryBody(entry: Pick<RegisterEntry, 'seq' | 'type' | 'body'>, earlier: readonly Pick<RegisterEntry, 'seq' | 'type'>[]): RuleBreak | null {
  const { seq, type, body } = entry;
  if (type === 'record') {
    if (!RECORD_KINDS.includes(body.kind as RecordKind)) return { code: 'bad-kind', params: { seq, actual: String(body.kind) } };
    const drafter = body.drafter, approver = body.approver;
    if (typeof drafter === 'string' && drafter !== '' && drafter === approver) return { code: 'same-person', params: { seq, actual: drafter } };
  } else {
    const a = body.amends;
    const target = typeof a === 'number' && Number.isInteger(a) && a >= 1 && a < seq ? earlier[a - 1] : undefined;
    if (!target || target.seq !== a || target.type !== 'record') return { code: 'amends-invalid', params: { seq, amends: typeof a === 'number' || typeof a === 'string' ? a : String(a) } };
  }
  const hit = findPersonalData(body)[0];
  if (hit) return { code: 'personal-data', params: { seq, path: hit.path } };
  return null;
}
