import { describe, expect, it } from 'vitest';
import { can } from '@core/records/authorization';
import { ACTIONS, ROLES, type Actor, type Role } from '@core/records/roles';

const user = (id: string, ...roles: Role[]): Actor => ({ id, name: `用户${id}`, roles, active: true });
const drafter = user('a', '录入');
const reviewer = user('b', '审核');
const signer = user('c', '签发');
const admin = user('d', '管理');
const screen = user('e', '大屏只读');

describe('can', () => {
  it('lets each role do its own part of the workflow', () => {
    expect(can(drafter, 'draft.create')).toEqual({ ok: true });
    expect(can(drafter, 'draft.submit', { drafterId: 'a', state: '起草' })).toEqual({ ok: true });
    expect(can(reviewer, 'draft.review', { drafterId: 'a', state: '审核' })).toEqual({ ok: true });
    expect(can(signer, 'draft.signoff', { drafterId: 'a', state: '签发' })).toEqual({ ok: true });
    expect(can(signer, 'record.correct', { drafterId: 'a', state: '已发布' })).toEqual({ ok: true });
    expect(can(admin, 'users.manage')).toEqual({ ok: true });
    expect(can(admin, 'key.create')).toEqual({ ok: true });
  });

  it('never lets the drafter approve or sign off their own record, whatever roles they hold', () => {
    const all = user('a', '录入', '审核', '签发', '管理');
    for (const [action, state] of [['draft.review', '审核'], ['draft.signoff', '签发'], ['draft.return', '签发'], ['record.correct', '已发布'], ['record.retract', '已发布'], ['appeal.decide', '已发布']] as const) {
      const d = can(all, action, { drafterId: 'a', state });
      expect(d.ok, action).toBe(false);
      if (!d.ok) expect(d.reason).toMatch(/起草人不能对自己起草的记录/);
    }
  });

  it('says which role is needed', () => {
    expect(can(drafter, 'draft.signoff', { drafterId: 'x', state: '签发' })).toEqual({ ok: false, reason: '用户a 没有「签发发布」的权限：需要「签发」角色，请联系管理员分配' });
    expect(can(drafter, 'personal.unmask')).toMatchObject({ ok: false, reason: expect.stringContaining('「审核」或「签发」或「管理」') });
    expect(can(reviewer, 'register.export').ok).toBe(false);
    expect(can(signer, 'register.export').ok).toBe(true);
    expect(can(signer, 'users.manage').ok).toBe(false);
  });

  it('gives the big-screen role nothing to change', () => {
    for (const a of ACTIONS) expect(can(screen, a, { drafterId: 'x', state: '起草' }).ok, a).toBe(false);
  });

  it('refuses disabled accounts and wrong states', () => {
    expect(can({ ...signer, active: false }, 'draft.signoff', { drafterId: 'a', state: '签发' })).toEqual({ ok: false, reason: '该账号已停用，请联系管理员' });
    expect(can(signer, 'draft.signoff', { drafterId: 'a', state: '审核' })).toMatchObject({ ok: false, reason: expect.stringContaining('当前处于「审核」状态') });
    expect(can(user('z', '录入'), 'draft.edit', { drafterId: 'a', state: '起草' })).toEqual({ ok: false, reason: '只有起草人可以修改草稿' });
    expect(can(signer, 'draft.signoff')).toMatchObject({ ok: false, reason: expect.stringContaining('需要指明是哪一条记录') });
  });

  it('every refusal is in Chinese', () => {
    for (const r of ROLES) for (const a of ACTIONS) {
      const d = can(user('q', r), a, { drafterId: 'q', state: '已发布' });
      if (!d.ok) expect(d.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
