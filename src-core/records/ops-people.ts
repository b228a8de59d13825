import { keyFingerprint } from './keys';
import { auditCsv } from './audit';
import { hashPassword, passwordProblems, verifyPassword, type PasswordHash } from './passwords';
import { currentRecord } from './register-view';
import { ROLES, type Actor, type Role } from './roles';
import { audited, authorize, isRefusal, personOf, refuse, type OpResult } from './ops-common';
import type { Appeal, AppealOutcome, RecordsState, RectificationReport, UserAccount } from './workflow';
import { APPEAL_OUTCOMES } from './workflow';

/*
 * Users, roles and the other sensitive operations: each checks the rules against the stored
 * account and writes the audit log where issue 14 asks (unmask, export, role change, key creation).
 */

const roleList = (roles: readonly Role[]): string => (roles.length === 0 ? '无' : roles.join('、'));

function checkRoles(roles: readonly Role[]): string | null {
  const bad = roles.find((r) => !ROLES.includes(r));
  if (bad !== undefined) return `角色「${bad}」不存在：可选 ${ROLES.join('、')}`;
  if (new Set(roles).size !== roles.length) return '角色有重复';
  return null;
}

const activeAdmins = (users: readonly UserAccount[]): UserAccount[] => users.filter((u) => u.active && u.roles.includes('管理'));

/**
 * A new local user. The very first user of an empty store sets the office up and must hold 管理;
 * after that only a 管理 user may add users. Names are unique (they appear in published records).
 * `scryptN` lowers the scrypt cost in tests only.
 */
export async function createUser(
  state: RecordsState, actorId: string | null, input: { id: string; name: string; roles: Role[]; password: string }, now: number, scryptN?: number,
): Promise<OpResult<{ user: UserAccount }>> {
  const first = state.users.length === 0;
  let by: { id: string; name: string };
  if (first) {
    if (!input.roles.includes('管理')) return refuse('第一个用户必须具有「管理」角色，以便之后添加其他用户');
    by = { id: input.id, name: input.name.trim() };
  } else {
    const u = authorize(state, actorId ?? '', 'users.manage');
    if (isRefusal(u)) return u;
    by = personOf(u);
  }
  const name = input.name.trim();
  if (!name) return refuse('请填写用户姓名');
  if (!input.id.trim()) return refuse('请填写登录名');
  if (state.users.some((u) => u.id === input.id)) return refuse(`登录名「${input.id}」已被使用`);
  if (state.users.some((u) => u.name === name)) return refuse(`已有名为「${name}」的用户：姓名会出现在发布的记录上，请加以区分（如加上科室）`);
  const rolesBad = checkRoles(input.roles);
  if (rolesBad) return refuse(rolesBad);
  const pw = passwordProblems(input.password, input.id);
  if (pw.length > 0) return refuse(pw.join('；'));
  const password = await hashPassword(input.password, scryptN === undefined ? {} : { N: scryptN });
  const user: UserAccount = { id: input.id, name, roles: [...input.roles], active: true, password, createdAt: now };
  let s: RecordsState = { ...state, users: [...state.users, user] };
  s = audited(s, by, 'user-create', `${name}（${input.id}）`, `角色：${roleList(input.roles)}`, now);
  return { ok: true, state: s, user };
}

/** Signs in by login name and password: the actor, or a refusal that does not say which of the two was wrong. */
export async function signIn(state: RecordsState, id: string, password: string): Promise<{ ok: true; actor: Actor } | { ok: false; reason: string }> {
  const u = state.users.find((x) => x.id === id);
  // An unknown name still costs one scrypt run, so the time does not tell which names exist.
  const ok = await verifyPassword(password, u?.password ?? DUMMY_HASH);
  if (!u || !ok) return refuse('登录名或密码不正确');
  if (!u.active) return refuse('该账号已停用，请联系管理员');
  return { ok: true, actor: { id: u.id, name: u.name, roles: u.roles, active: u.active } };
}

const DUMMY_HASH: PasswordHash = { algo: 'scrypt', N: 2 ** 15, r: 8, p: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' };

/** Changes a user's roles (管理 only); the office always keeps at least one active 管理 user. */
export function setRoles(state: RecordsState, actorId: string, userId: string, roles: Role[], now: number): OpResult<{ user: UserAccount }> {
  const u = authorize(state, actorId, 'users.manage');
  if (isRefusal(u)) return u;
  const target = state.users.find((x) => x.id === userId);
  if (!target) return refuse(`找不到用户 ${userId}`);
  const bad = checkRoles(roles);
  if (bad) return refuse(bad);
  const users = state.users.map((x) => (x.id === userId ? { ...x, roles: [...roles] } : x));
  if (activeAdmins(users).length === 0) return refuse('至少要保留一位可用的「管理」用户');
  const user = users.find((x) => x.id === userId)!;
  const s = audited({ ...state, users }, personOf(u), 'role-change', `${target.name}（${target.id}）`, `${roleList(target.roles)} → ${roleList(roles)}`, now);
  return { ok: true, state: s, user };
}

/** Disables or enables an account (管理 only; never the last active 管理). */
export function setActive(state: RecordsState, actorId: string, userId: string, active: boolean, now: number): OpResult {
  const u = authorize(state, actorId, 'users.manage');
  if (isRefusal(u)) return u;
  const target = state.users.find((x) => x.id === userId);
  if (!target) return refuse(`找不到用户 ${userId}`);
  const users = state.users.map((x) => (x.id === userId ? { ...x, active } : x));
  if (activeAdmins(users).length === 0) return refuse('至少要保留一位可用的「管理」用户');
  return { ok: true, state: audited({ ...state, users }, personOf(u), active ? 'user-enable' : 'user-disable', `${target.name}（${target.id}）`, '', now) };
}

/** Changes a password: one's own (with the current one) or anyone's by a 管理 user. */
export async function changePassword(state: RecordsState, actorId: string, userId: string, current: string | null, next: string, now: number, scryptN?: number): Promise<OpResult> {
  const actor = state.users.find((x) => x.id === actorId);
  const target = state.users.find((x) => x.id === userId);
  if (!actor || !target) return refuse('找不到该用户');
  if (actorId === userId) {
    if (current === null || !(await verifyPassword(current, target.password))) return refuse('当前密码不正确');
  } else {
    const u = authorize(state, actorId, 'users.manage');
    if (isRefusal(u)) return u;
  }
  const pw = passwordProblems(next, target.id);
  if (pw.length > 0) return refuse(pw.join('；'));
  const password = await hashPassword(next, scryptN === undefined ? {} : { N: scryptN });
  const users = state.users.map((x) => (x.id === userId ? { ...x, password } : x));
  return { ok: true, state: audited({ ...state, users }, personOf(actor), 'password-change', `${target.name}（${target.id}）`, '', now) };
}

/** Permission to show personal data unmasked (审核, 签发, 管理), written to the audit log with what was shown. */
export function unmask(state: RecordsState, actorId: string, target: string, why: string, now: number): OpResult {
  const u = authorize(state, actorId, 'personal.unmask');
  if (isRefusal(u)) return u;
  return { ok: true, state: audited(state, personOf(u), 'unmask', target, why, now) };
}

/** Records that a signing key was created (管理 only), with its fingerprint. */
export function recordKeyCreated(state: RecordsState, actorId: string, publicKey: Uint8Array, where: string, now: number): OpResult<{ fingerprint: string }> {
  const u = authorize(state, actorId, 'key.create');
  if (isRefusal(u)) return u;
  const fingerprint = keyFingerprint(publicKey);
  return { ok: true, state: audited(state, personOf(u), 'key-create', fingerprint, where, now), fingerprint };
}

/** The audit log as CSV (管理 only); the export itself is audited. */
export function exportAudit(state: RecordsState, actorId: string, now: number): OpResult<{ csv: string }> {
  const u = authorize(state, actorId, 'audit.export');
  if (isRefusal(u)) return u;
  const s = audited(state, personOf(u), 'audit-export', `审计日志 ${state.audit.length} 条`, '', now);
  return { ok: true, state: s, csv: auditCsv(s.audit) };
}

function publishedRecord(state: RecordsState, seq: number): string | null {
  const rec = currentRecord(state.register, seq);
  if (!rec) return `登记册中没有第 ${seq} 条表彰问责记录`;
  if (rec.retractedBy !== null) return `第 ${seq} 条记录已由第 ${rec.retractedBy} 条撤销`;
  return null;
}

/** An appeal (申诉) against published record `seq`, recorded by 录入, 审核 or 签发. */
export function recordAppeal(state: RecordsState, actorId: string, seq: number, appellant: string, reason: string, now: number): OpResult<{ appeal: Appeal }> {
  const u = authorize(state, actorId, 'appeal.record');
  if (isRefusal(u)) return u;
  const bad = publishedRecord(state, seq);
  if (bad) return refuse(`${bad}，不能登记申诉`);
  if (!appellant.trim()) return refuse('请填写申诉单位或人员');
  if (!reason.trim()) return refuse('请填写申诉理由');
  const appeal: Appeal = {
    id: `APL-${state.appeals.length + 1}`, seq, appellant: appellant.trim(), reason, at: now, by: personOf(u),
    state: '待处理', decidedAt: null, decidedBy: null, decision: '', entrySeq: null,
  };
  return { ok: true, state: { ...state, appeals: [...state.appeals, appeal] }, appeal };
}

/**
 * Decides an appeal (审核 or 签发, not the drafter of the record). 已更正 and 已撤销 name the
 * correction or retraction entry (made with correctRecord / retractRecord) that carries it out.
 */
export function decideAppeal(state: RecordsState, actorId: string, appealId: string, outcome: AppealOutcome, decision: string, entrySeq: number | null, now: number): OpResult<{ appeal: Appeal }> {
  const a = state.appeals.find((x) => x.id === appealId);
  if (!a) return refuse(`找不到申诉 ${appealId}`);
  const item = state.items.find((x) => x.seq === a.seq);
  const u = authorize(state, actorId, 'appeal.decide', { drafterId: item?.drafter.id ?? '', state: '已发布' });
  if (isRefusal(u)) return u;
  if (a.state !== '待处理') return refuse(`该申诉已处理（${a.state}）`);
  if (!APPEAL_OUTCOMES.includes(outcome)) return refuse(`处理结果应为 ${APPEAL_OUTCOMES.join('、')} 之一`);
  if (!decision.trim()) return refuse('请写明处理意见');
  if (outcome !== '维持原决定') {
    const want = outcome === '已更正' ? 'correction' : 'retraction';
    const e = entrySeq === null ? undefined : state.register[entrySeq - 1];
    if (!e || e.type !== want || e.body.amends !== a.seq) return refuse(`请先对第 ${a.seq} 条发布${outcome === '已更正' ? '更正' : '撤销'}，再选择它作为处理结果`);
  }
  const appeal: Appeal = { ...a, state: outcome, decidedAt: now, decidedBy: personOf(u), decision, entrySeq: outcome === '维持原决定' ? null : entrySeq };
  return { ok: true, state: { ...state, appeals: state.appeals.map((x) => (x.id === a.id ? appeal : x)) }, appeal };
}

/** 整改反馈 on published 问责 record `seq` (录入 or 审核). */
export function addRectificationReport(state: RecordsState, actorId: string, seq: number, text: string, tickets: string[], completed: boolean, now: number): OpResult<{ report: RectificationReport }> {
  const u = authorize(state, actorId, 'followup.record');
  if (isRefusal(u)) return u;
  const bad = publishedRecord(state, seq);
  if (bad) return refuse(`${bad}，不能登记整改反馈`);
  const rec = currentRecord(state.register, seq)!;
  if (rec.body.kind !== '问责' || !rec.body.rectification) return refuse(`第 ${seq} 条不是有整改要求的问责记录`);
  if (!text.trim()) return refuse('请填写整改反馈内容');
  const report: RectificationReport = { id: `FB-${state.reports.length + 1}`, seq, at: now, by: personOf(u), text, tickets, completed };
  return { ok: true, state: { ...state, reports: [...state.reports, report] }, report };
}
