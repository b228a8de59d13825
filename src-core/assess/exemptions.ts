/**
 * 核减 (exemption) workflow as pure state: a unit requests that a ticket be removed from
 * assessment, a supervisor approves or rejects it; every step is recorded. Approved exemptions
 * feed {@link approvedExemptionIds}, the override set passed to assess().
 */
export type ExemptionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export const EXEMPTION_STATUS_LABELS: Readonly<Record<ExemptionStatus, string>> = {
  pending: '待审核', approved: '已同意', rejected: '已驳回', withdrawn: '已撤回',
};

export type ExemptionStep = {
  at: number;
  by: string;
  action: 'request' | 'approve' | 'reject' | 'withdraw';
  note: string;
};

export type Exemption = {
  /** Store key; absent until saved. */
  id?: number;
  ticket: string;
  unit: string;
  reason: string;
  status: ExemptionStatus;
  requestedAt: number;
  requestedBy: string;
  decidedAt: number | null;
  decidedBy: string | null;
  steps: ExemptionStep[];
};

/**
 * A new pending request. Throws a Chinese message when the ticket, unit or reason is empty, or
 * when the ticket already has a pending or approved exemption in `existing`.
 */
export function requestExemption(
  existing: readonly Exemption[],
  req: { ticket: string; unit: string; reason: string; by: string },
  now: number,
): Exemption {
  const ticket = req.ticket.trim(), unit = req.unit.trim(), reason = req.reason.trim();
  if (!ticket) throw new Error('请填写要核减的工单编号');
  if (!unit) throw new Error('请填写申请核减的承办单位');
  if (reason.length < 4) throw new Error('请写明核减理由（至少 4 个字），审核人据此判断');
  const open = existing.find((e) => e.ticket === ticket && (e.status === 'pending' || e.status === 'approved'));
  if (open) throw new Error(`工单 ${ticket} 已有${EXEMPTION_STATUS_LABELS[open.status]}的核减申请，无需重复提交`);
  return {
    ticket, unit, reason, status: 'pending', requestedAt: now, requestedBy: req.by,
    decidedAt: null, decidedBy: null, steps: [{ at: now, by: req.by, action: 'request', note: reason }],
  };
}

/**
 * Approves or rejects a pending request (a supervisor's decision; a rejection needs a note),
 * or withdraws it (by the requester). Returns a new record with the step appended; throws a
 * Chinese message when the request is no longer pending.
 */
export function decideExemption(
  e: Exemption,
  decision: 'approve' | 'reject' | 'withdraw',
  by: string,
  note: string,
  now: number,
): Exemption {
  if (e.status !== 'pending') throw new Error(`该核减申请已${EXEMPTION_STATUS_LABELS[e.status]}，不能再次处理`);
  if (!by.trim()) throw new Error('请填写审核人');
  if (decision === 'reject' && note.trim() === '') throw new Error('驳回核减申请须写明理由');
  const status: ExemptionStatus = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'withdrawn';
  return {
    ...e,
    status,
    decidedAt: now,
    decidedBy: by,
    steps: [...e.steps, { at: now, by, action: decision, note: note.trim() }],
  };
}

/** Ticket ids of the approved exemptions decided at or before `asOf` (default: all). */
export function approvedExemptionIds(list: readonly Exemption[], asOf = Infinity): string[] {
  const out = new Set<string>();
  for (const e of list) if (e.status === 'approved' && (e.decidedAt ?? Infinity) <= asOf) out.add(e.ticket);
  return [...out].sort();
}
