import { exportBundle, bundleText, type RegisterBundle } from './bundle';
import { isoAt } from './entry';
import { keyFingerprint, type Signer } from './keys';
import { draftProblems, subjectLabel, type RecordDraft, type RecordEvidence } from './model';
import { append } from './register';
import { currentRecord } from './register-view';
import { audited, authorize, isRefusal, personOf, refuse, type OpResult } from './ops-common';
import type { RecordItem, RecordsState, RecordStep } from './workflow';

/*
 * The record workflow as operations over RecordsState. Each checks the role rules (can) against
 * the stored account of `actorId`, refuses in Chinese, and never changes its input. The desktop
 * main process (or the browser page) runs these and stores the result; the UI only asks.
 */

function itemRef(item: RecordItem) {
  return { drafterId: item.drafter.id, state: item.state };
}

function withItem(state: RecordsState, item: RecordItem): RecordsState {
  return { ...state, items: state.items.map((x) => (x.id === item.id ? item : x)) };
}

function step(item: RecordItem, s: RecordStep, patch: Partial<RecordItem>): RecordItem {
  return { ...item, ...patch, updatedAt: s.at, history: [...item.history, s] };
}

const findItem = (state: RecordsState, id: string): RecordItem | null => state.items.find((x) => x.id === id) ?? null;

/** A new draft (起草) by a 录入 user; its id is `REC-<n>`. */
export function createDraft(state: RecordsState, actorId: string, draft: RecordDraft, now: number): OpResult<{ item: RecordItem }> {
  const u = authorize(state, actorId, 'draft.create');
  if (isRefusal(u)) return u;
  const by = personOf(u);
  const item: RecordItem = {
    id: `REC-${state.items.length + 1}`, state: '起草', draft, drafter: by, reviewer: null, approver: null, seq: null, returned: null,
    createdAt: now, updatedAt: now, history: [{ at: now, by, action: 'create', note: '' }],
  };
  return { ok: true, state: { ...state, items: [...state.items, item] }, item };
}

/** Replaces the draft of an item in 起草 (drafter only). */
export function editDraft(state: RecordsState, actorId: string, itemId: string, draft: RecordDraft, now: number): OpResult<{ item: RecordItem }> {
  const item = findItem(state, itemId);
  if (!item) return refuse(`找不到记录 ${itemId}`);
  const u = authorize(state, actorId, 'draft.edit', itemRef(item));
  if (isRefusal(u)) return u;
  const next = step(item, { at: now, by: personOf(u), action: 'edit', note: '' }, { draft });
  return { ok: true, state: withItem(state, next), item: next };
}

/** 起草 → 审核, by the drafter, when the draft is complete. */
export function submitDraft(state: RecordsState, actorId: string, itemId: string, now: number): OpResult<{ item: RecordItem }> {
  const item = findItem(state, itemId);
  if (!item) return refuse(`找不到记录 ${itemId}`);
  const u = authorize(state, actorId, 'draft.submit', itemRef(item));
  if (isRefusal(u)) return u;
  const problems = draftProblems(item.draft);
  if (problems.length > 0) return refuse(`草稿还不能提交：${problems.join('；')}`);
  const next = step(item, { at: now, by: personOf(u), action: 'submit', note: '' }, { state: '审核', returned: null });
  return { ok: true, state: withItem(state, next), item: next };
}

/** 审核 → 签发, by a 审核 user who is not the drafter. */
export function approveReview(state: RecordsState, actorId: string, itemId: string, note: string, now: number): OpResult<{ item: RecordItem }> {
  const item = findItem(state, itemId);
  if (!item) return refuse(`找不到记录 ${itemId}`);
  const u = authorize(state, actorId, 'draft.review', itemRef(item));
  if (isRefusal(u)) return u;
  const next = step(item, { at: now, by: personOf(u), action: 'approve', note }, { state: '签发', reviewer: personOf(u) });
  return { ok: true, state: withItem(state, next), item: next };
}

/** 审核 or 签发 → 起草 with the reason (退回修改), by a reviewer or signer who is not the drafter. */
export function returnDraft(state: RecordsState, actorId: string, itemId: string, reason: string, now: number): OpResult<{ item: RecordItem }> {
  const item = findItem(state, itemId);
  if (!item) return refuse(`找不到记录 ${itemId}`);
  const u = authorize(state, actorId, 'draft.return', itemRef(item));
  if (isRefusal(u)) return u;
  if (item.state === '审核' && !u.roles.includes('审核')) return refuse('待审核的记录只能由「审核」角色退回');
  if (item.state === '签发' && !u.roles.includes('签发')) return refuse('待签发的记录只能由「签发」角色退回');
  if (!reason.trim()) return refuse('请写明退回理由，方便起草人修改');
  const next = step(item, { at: now, by: personOf(u), action: 'return', note: reason }, { state: '起草', returned: reason, reviewer: null });
  return { ok: true, state: withItem(state, next), item: next };
}

/** The register body of a record (DOMAIN.md section 11) signed off by `approver`. */
export function recordBody(item: RecordItem, approverName: string): Record<string, unknown> {
  const d = item.draft;
  const r = d.rectification;
  return {
    kind: d.kind, measure: d.measure, subject: subjectLabel(d.subject), subjectType: d.subject.type, reason: d.reason,
    basis: d.basis, evidence: d.evidence,
    rectification: d.kind === '问责' && r ? { requirement: r.requirement, workingDays: r.workingDays, deadline: r.deadline } : null,
    docNo: d.docNo.trim(), drafter: item.drafter.name, reviewer: item.reviewer?.name ?? '', approver: approverName,
  };
}

/**
 * 签发 → 已发布: a 签发 user who is not the drafter signs off; the record is appended to the
 * register (signed by `signer`) and the publication written to the audit log.
 */
export async function signOff(state: RecordsState, actorId: string, itemId: string, now: number, signer: Signer): Promise<OpResult<{ item: RecordItem; seq: number }>> {
  const item = findItem(state, itemId);
  if (!item) return refuse(`找不到记录 ${itemId}`);
  const u = authorize(state, actorId, 'draft.signoff', itemRef(item));
  if (isRefusal(u)) return u;
  const problems = draftProblems(item.draft, true);
  if (problems.length > 0) return refuse(`还不能签发：${problems.join('；')}`);
  let register;
  try {
    register = await append(state.register, 'record', recordBody(item, u.name), isoAt(now), signer);
  } catch (e) {
    return refuse(`签发失败：${e instanceof Error ? e.message : String(e)}`);
  }
  const seq = register.length;
  const next = step(item, { at: now, by: personOf(u), action: 'signoff', note: '' }, { state: '已发布', approver: personOf(u), seq });
  let s = withItem({ ...state, register }, next);
  s = audited(s, personOf(u), 'publish', `第 ${seq} 条`, `${item.draft.kind}·${item.draft.measure}：${subjectLabel(item.draft.subject)}（${item.draft.docNo}）`, now);
  return { ok: true, state: s, item: next, seq };
}

/** The fields a correction may change. */
export type RecordChanges = {
  measure?: string; subject?: string; reason?: string; evidence?: RecordEvidence; docNo?: string;
  rectification?: { requirement: string; workingDays: number; deadline: string } | null;
};
const CORRECTABLE = ['measure', 'subject', 'reason', 'evidence', 'rectification', 'docNo'];

/** The item (if any) that published `seq`, for the drafter rule. */
function publishedRef(state: RecordsState, seq: number) {
  const item = state.items.find((x) => x.seq === seq);
  const rec = currentRecord(state.register, seq);
  return { item, rec };
}

async function amend(
  state: RecordsState, actorId: string, type: 'correction' | 'retraction', seq: number, reason: string, changes: RecordChanges | null, now: number, signer: Signer,
): Promise<OpResult<{ seq: number }>> {
  const { item, rec } = publishedRef(state, seq);
  if (!rec) return refuse(`登记册中没有第 ${seq} 条表彰问责记录`);
  const action = type === 'correction' ? 'record.correct' : 'record.retract';
  const u = authorize(state, actorId, action, { drafterId: item?.drafter.id ?? '', state: '已发布' });
  if (isRefusal(u)) return u;
  if (rec.retractedBy !== null) return refuse(`第 ${seq} 条记录已由第 ${rec.retractedBy} 条撤销，不能再${type === 'correction' ? '更正' : '撤销'}`);
  if (!reason.trim()) return refuse(`请写明${type === 'correction' ? '更正' : '撤销'}理由`);
  const body: Record<string, unknown> = { amends: seq, reason, by: u.name };
  if (type === 'correction') {
    const keys = Object.keys(changes ?? {});
    if (keys.length === 0) return refuse('更正至少要改动一项内容');
    const bad = keys.find((k) => !CORRECTABLE.includes(k));
    if (bad) return refuse(`「${bad}」不能更正：可更正措施、对象、事由、证据、整改要求和文号`);
    body.changes = changes;
  }
  let register;
  try {
    register = await append(state.register, type, body, isoAt(now), signer);
  } catch (e) {
    return refuse(`${type === 'correction' ? '更正' : '撤销'}失败：${e instanceof Error ? e.message : String(e)}`);
  }
  const newSeq = register.length;
  const s = audited({ ...state, register }, personOf(u), type === 'correction' ? 'correct' : 'retract', `第 ${newSeq} 条（针对第 ${seq} 条）`, reason, now);
  return { ok: true, state: s, seq: newSeq };
}

/** A correction entry amending published record `seq` (a 签发 user who did not draft it). */
export function correctRecord(state: RecordsState, actorId: string, seq: number, changes: RecordChanges, reason: string, now: number, signer: Signer): Promise<OpResult<{ seq: number }>> {
  return amend(state, actorId, 'correction', seq, reason, changes, now, signer);
}

/** A retraction entry withdrawing published record `seq` (a 签发 user who did not draft it). */
export function retractRecord(state: RecordsState, actorId: string, seq: number, reason: string, now: number, signer: Signer): Promise<OpResult<{ seq: number }>> {
  return amend(state, actorId, 'retraction', seq, reason, null, now, signer);
}

/** Exports the whole register as a bundle (签发 or 管理), written to the audit log. */
export async function exportRegister(state: RecordsState, actorId: string, now: number, signer: Signer): Promise<OpResult<{ bundle: RegisterBundle; text: string }>> {
  const u = authorize(state, actorId, 'register.export');
  if (isRefusal(u)) return u;
  const bundle = await exportBundle(state.register, signer);
  const s = audited(state, personOf(u), 'export', `登记册 ${bundle.checkpoint.size} 条`, `头哈希 ${bundle.checkpoint.head}，密钥指纹 ${keyFingerprint(signer.publicKey)}`, now);
  return { ok: true, state: s, bundle, text: bundleText(bundle) };
}
