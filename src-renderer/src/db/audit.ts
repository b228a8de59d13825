import { db } from './index';

/** One audit log entry: who did what to which record (e.g. unmasking a caller's phone). */
export type AuditEntry = { id?: number; at: number; action: string; target: string; detail?: unknown };

/** Appends an entry to db.audit, stamped with the current time; returns its id. */
export async function appendAudit(e: { action: string; target: string; detail?: unknown }): Promise<number> {
  return db.audit.add({ at: Date.now(), action: e.action, target: e.target, detail: e.detail ?? null });
}

/** Audit entries, newest first; `action` narrows to one action, `limit` caps the count (default 500). */
export async function listAudit(opts: { action?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  const limit = opts.limit ?? 500;
  const coll = opts.action ? db.audit.where('action').equals(opts.action) : db.audit.orderBy('at');
  const rows = await coll.reverse().limit(limit).toArray();
  if (opts.action) rows.sort((a, b) => Number(b.at) - Number(a.at));
  return rows as AuditEntry[];
}
