import { appendChained, verifyChain, type ChainLinks } from '../base/timeline/hash-chain';
import { formatLocal } from '../base/time/shanghai';
import { CSV_EOL, csvEscape } from '../data/csv/write-csv';
import { escapeFormula } from '../data/export/formula-escape';

/** Sensitive actions written to the audit log (issue 14). */
export const AUDIT_ACTIONS = ['unmask', 'publish', 'correct', 'retract', 'export', 'audit-export', 'role-change', 'user-create', 'user-disable', 'user-enable', 'password-change', 'key-create'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_NAMES: Readonly<Record<AuditAction, string>> = {
  unmask: '查看未脱敏个人信息', publish: '签发发布', correct: '发布更正', retract: '撤销记录', export: '导出登记册',
  'audit-export': '导出审计日志', 'role-change': '变更角色', 'user-create': '新建用户', 'user-disable': '停用账号',
  'user-enable': '启用账号', 'password-change': '修改密码', 'key-create': '创建签名密钥',
};

/**
 * One audit log entry, hash-chained with the shared timeline chain (src-core/base/timeline), so
 * an edited, removed or reordered entry is found by {@link verifyAudit}. `at` is epoch ms.
 */
export type AuditEntry = ChainLinks & {
  /** The chain's owner field: always 'audit'. */
  log: 'audit';
  actorId: string;
  actorName: string;
  action: AuditAction;
  /** What it was done to: a record seq, a user, a ticket, a fingerprint. */
  target: string;
  detail: string;
};

export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash' | 'log'>;

/** The log with one entry appended (the input is not changed); throws a Chinese message when `at` goes back in time. */
export function appendAudit(log: readonly AuditEntry[], draft: AuditDraft): AuditEntry[] {
  return appendChained('log', 'audit', log, draft);
}

/** Null when the log is intact; else the first broken entry (0-based) and why, in Chinese. */
export function verifyAudit(log: readonly AuditEntry[]): { brokenAt: number; reason: string } | null {
  const bad = log.findIndex((e) => e.log !== 'audit');
  const chain = verifyChain(log);
  if (bad >= 0 && (!chain || bad < chain.brokenAt)) return { brokenAt: bad, reason: `第 ${bad + 1} 条审计记录不属于审计日志` };
  return chain;
}

/** The log as CSV text for export (UTF-8; the caller adds a BOM for Excel), with the chain fields so it can be re-checked. */
export function auditCsv(log: readonly AuditEntry[]): string {
  const q = (s: string): string => csvEscape(escapeFormula(s));
  const rows = [['序号', '时间', '操作人', '操作', '对象', '说明', '前一哈希', '哈希']];
  for (const e of log) rows.push([String(e.seq), formatLocal(e.at), e.actorName, AUDIT_ACTION_NAMES[e.action], e.target, e.detail, e.prevHash, e.hash]);
  return rows.map((r) => r.map(q).join(',')).join(CSV_EOL) + CSV_EOL;
}
