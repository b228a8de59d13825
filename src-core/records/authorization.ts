import { ACTION_NAMES, ALLOWED, type Action, type Actor } from './roles';

/** A permission decision: allowed, or refused with a Chinese reason saying who may. */
export type Decision = { ok: true } | { ok: false; reason: string };

/** The record an action is about (for the drafter and state rules). */
export type RecordRef = { drafterId: string; state: string };

const OK: Decision = { ok: true };
const no = (reason: string): Decision => ({ ok: false, reason });

/** Actions that need a record in a given state. */
const NEEDS_STATE: Partial<Record<Action, readonly string[]>> = {
  'draft.edit': ['起草'], 'draft.submit': ['起草'], 'draft.review': ['审核'], 'draft.return': ['审核', '签发'],
  'draft.signoff': ['签发'], 'record.correct': ['已发布'], 'record.retract': ['已发布'],
};
/** Actions only the drafter may take. */
const DRAFTER_ONLY: ReadonlySet<Action> = new Set<Action>(['draft.edit', 'draft.submit']);
/** Actions the drafter may never take on their own record (two people decide every record). */
const NOT_DRAFTER: ReadonlySet<Action> = new Set<Action>(['draft.review', 'draft.return', 'draft.signoff', 'record.correct', 'record.retract', 'appeal.decide']);

/**
 * Whether `user` may take `action` (on `record` where the action is about one). The rules: a
 * disabled account may do nothing; each action needs one of its roles (roles.ts); only the drafter
 * edits and submits a draft; the drafter never reviews, returns, signs off, corrects, retracts or
 * decides an appeal on their own record; and the record must be in the state the action applies to.
 * The module that writes calls this before every change, whatever the UI showed.
 */
export function can(user: Actor, action: Action, record?: RecordRef): Decision {
  if (!user.active) return no('该账号已停用，请联系管理员');
  const allowed = ALLOWED[action];
  if (!user.roles.some((r) => allowed.includes(r))) {
    return no(`${user.name} 没有「${ACTION_NAMES[action]}」的权限：需要${allowed.map((r) => `「${r}」`).join('或')}角色，请联系管理员分配`);
  }
  if (!record) return NEEDS_STATE[action] || DRAFTER_ONLY.has(action) || NOT_DRAFTER.has(action) ? no(`「${ACTION_NAMES[action]}」需要指明是哪一条记录`) : OK;
  const states = NEEDS_STATE[action];
  if (states && !states.includes(record.state)) return no(`这条记录当前处于「${record.state}」状态，不能${ACTION_NAMES[action]}（只有「${states.join('」或「')}」状态可以）`);
  if (DRAFTER_ONLY.has(action) && record.drafterId !== user.id) return no(`只有起草人可以${ACTION_NAMES[action]}`);
  if (NOT_DRAFTER.has(action) && record.drafterId === user.id) return no(`起草人不能对自己起草的记录${ACTION_NAMES[action]}，须由另一位同事办理`);
  return OK;
}
