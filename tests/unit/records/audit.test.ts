import { describe, expect, it } from 'vitest';
import { chainHash, GENESIS_HASH } from '@core/base/timeline/hash-chain';
import { appendAudit, auditCsv, verifyAudit, type AuditEntry } from '@core/records/audit';

function log(n: number): AuditEntry[] {
  let l: AuditEntry[] = [];
  const actions = ['unmask', 'publish', 'export', 'role-change', 'key-create'] as const;
  for (let i = 0; i < n; i++) {
    l = appendAudit(l, { at: 1_790_000_000_000 + i * 1000, actorId: 'li', actorName: '李审核', action: actions[i % actions.length]!, target: `对象${i}`, detail: i === 2 ? '=HYPERLINK("x")' : `说明${i}` });
  }
  return l;
}

describe('audit log', () => {
  it('chains entries with the shared timeline hash chain', () => {
    const l = log(5);
    expect(l.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(l[0]!.prevHash).toBe(GENESIS_HASH);
    expect(l[1]!.prevHash).toBe(l[0]!.hash);
    const { hash, ...body } = l[3]!;
    expect(chainHash(body)).toBe(hash);
    expect(l.every((e) => e.log === 'audit')).toBe(true);
    expect(verifyAudit(l)).toBeNull();
  });

  it('finds an edited, removed or reordered entry', () => {
    const l = log(5);
    expect(verifyAudit(l.map((e, i) => (i === 2 ? { ...e, actorName: '别人' } : e)))).toEqual({ brokenAt: 2, reason: '第 3 条记录内容与校验值不符，可能被修改' });
    expect(verifyAudit([...l.slice(0, 1), ...l.slice(2)])?.brokenAt).toBe(1);
    expect(verifyAudit([l[1]!, l[0]!, ...l.slice(2)])?.brokenAt).toBe(0);
    expect(verifyAudit(l.map((e, i) => (i === 1 ? { ...e, log: 'other' as 'audit' } : e)))?.brokenAt).toBe(1);
  });

  it('refuses an entry earlier than the last (a wrong clock)', () => {
    const l = log(2);
    expect(() => appendAudit(l, { at: 0, actorId: 'x', actorName: 'x', action: 'export', target: '', detail: '' })).toThrow(/早于/);
  });

  it('exports as CSV with the chain fields, safe from spreadsheet formulas', () => {
    const csv = auditCsv(log(3));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('序号,时间,操作人,操作,对象,说明,前一哈希,哈希');
    expect(lines[1]).toMatch(/^1,2026-09-2\d \d\d:\d\d:\d\d,李审核,查看未脱敏个人信息,对象0,说明0,0{64},[0-9a-f]{64}$/);
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(5);
  });
});
