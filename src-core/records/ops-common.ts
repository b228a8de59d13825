import { appendAudit, type AuditAction } from './audit';
import { can, type RecordRef } from './authorization';
import type { Action } from './roles';
import type { PersonRef, RecordsState, UserAccount } from './workflow';

/** The outcome of an operation: the new state (the input is never changed), or a Chinese refusal. */
export type OpResult<X = object> = ({ ok: true; state: RecordsState } & X) | { ok: false; reason: string };

export const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/**
 * The signed-in user as stored: operations take a user id and read the roles from the state, so
 * a caller cannot claim roles it does not have.
 */
export function accountOf(state: RecordsState, actorId: string): UserAccount | null {
  return state.users.find((u) => u.id === actorId) ?? null;
}

export const personOf = (u: { id: string; name: string }): PersonRef => ({ id: u.id, name: u.name });

/** The account of `actorId` when it may take `action` (on `record`), else the refusal. */
export function authorize(state: RecordsState, actorId: string, action: Action, record?: RecordRef): UserAccount | { ok: false; reason: string } {
  const u = accountOf(state, actorId);
  if (!u) return refuse('请先登录：找不到当前用户');
  const d = can(u, action, record);
  return d.ok ? u : refuse(d.reason);
}

export const isRefusal = (x: unknown): x is { ok: false; reason: string } => typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

/** The state with one audit entry appended. */
export function audited(state: RecordsState, actor: PersonRef, action: AuditAction, target: string, detail: string, at: number): RecordsState {
  return { ...state, audit: appendAudit(state.audit, { at, actorId: actor.id, actorName: actor.name, action, target, detail }) };
}
