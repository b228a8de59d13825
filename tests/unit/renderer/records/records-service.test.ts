/**
 * The role rules at the module that writes (issue 14), with no UI: the records service over
 * fake-indexeddb, signing with a real non-extractable WebCrypto Ed25519 key stored in
 * IndexedDB. The service keeps its own session, so an operation always runs as whoever signed in
 * with a password; the drafter cannot review or sign off, a role missing is refused with the
 * reason, a locked or signed-out session does nothing, and what was published verifies.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '@core/records/verify';
import { db } from '@renderer/db';
import * as svc from '@renderer/features/records/records-service';
import { accountabilityDraft } from '../../records/helpers';

const PW = 'duban-Test-123';
async function as(id: string): Promise<void> {
  const r = await svc.signIn(id, PW);
  expect(r, `sign in ${id}`).toEqual({ ok: true });
}

beforeAll(async () => {
  svc.setScryptCostForTests(2 ** 8);
  await db.open();
});

describe('records service: users', () => {
  it('the first user must be 管理 and is signed in; later users need a 管理 session', async () => {
    expect(await svc.addUser({ id: 'wang', name: '王录入', roles: ['录入'], password: PW })).toMatchObject({ ok: false, reason: expect.stringContaining('第一个用户必须具有「管理」角色') });
    expect(await svc.addUser({ id: 'admin', name: '钱管理', roles: ['管理'], password: PW })).toEqual({ ok: true });
    expect(svc.useRecordsSession.getState().user).toMatchObject({ id: 'admin', roles: ['管理'] });
    for (const [id, name, roles] of [['wang', '王录入', ['录入']], ['li', '李审核', ['审核']], ['zhao', '赵签发', ['签发']], ['sun', '孙兼职', ['录入', '签发']]] as const) {
      expect(await svc.addUser({ id, name, roles: [...roles], password: PW })).toEqual({ ok: true });
    }
    expect(await db.recordUsers.count()).toBe(5);
    await as('wang');
    expect(await svc.addUser({ id: 'x', name: '某人', roles: ['录入'], password: PW })).toMatchObject({ ok: false, reason: expect.stringContaining('没有「管理用户和角色」的权限') });
    expect(await svc.signIn('wang', 'wrong-password')).toEqual({ ok: false, reason: '登录名或密码不正确' });
  });

  it('only 管理 creates the signing key, once; it is a non-extractable CryptoKey in IndexedDB, and audited', async () => {
    await as('wang');
    expect(await svc.createKey('')).toMatchObject({ ok: false, reason: expect.stringContaining('创建签名密钥') });
    await as('admin');
    const made = await svc.createKey('');
    expect(made.ok).toBe(true);
    const row = await db.signingKeys.get('register');
    expect((row!.privateKey as CryptoKey).extractable).toBe(false);
    expect(await svc.createKey('')).toMatchObject({ ok: false, reason: expect.stringContaining('已经存在') });
    const audit = await db.recordAudit.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'key-create', actorName: '钱管理', target: (made as { fingerprint: string }).fingerprint });
  });
});

describe('records service: the workflow, UI bypassed', () => {
  it('refuses sign-off by the drafter (even holding 签发), publishes when a second person signs off', async () => {
    await as('sun');
    const d = await svc.newDraft(accountabilityDraft(), [{ key: 'buck-passing:东城区城管委', source: 'buck-passing' }]);
    expect(d.ok).toBe(true);
    const id = (d as { item: { id: string } }).item.id;
    expect(await db.recordCandidates.get('buck-passing:东城区城管委')).toMatchObject({ status: 'drafted', itemId: id });
    expect(await svc.submit(id)).toMatchObject({ ok: true });

    await as('wang');
    expect(await svc.approve(id, '')).toMatchObject({ ok: false, reason: expect.stringContaining('没有「审核通过」的权限') });
    await as('li');
    expect(await svc.approve(id, '证据充分')).toMatchObject({ ok: true });

    await as('sun');
    expect(await svc.signOffAndPublish(id)).toEqual({ ok: false, reason: '起草人不能对自己起草的记录签发发布，须由另一位同事办理' });
    expect(await db.registerEntries.count()).toBe(0);

    await as('zhao');
    const pub = await svc.signOffAndPublish(id);
    expect(pub).toMatchObject({ ok: true, seq: 1 });
    expect(await db.recordItems.get(id)).toMatchObject({ state: '已发布', seq: 1, approver: { id: 'zhao' } });
    expect(await db.registerEntries.get(1)).toMatchObject({ seq: 1, type: 'record', body: { drafter: '孙兼职', approver: '赵签发', reviewer: '李审核' } });

    // corrections: 签发 who did not draft it; the drafter (also 签发) may not
    await as('sun');
    expect(await svc.correct(1, { measure: '约谈' }, '措施更正')).toMatchObject({ ok: false, reason: expect.stringContaining('起草人不能') });
    await as('zhao');
    expect(await svc.correct(1, { measure: '约谈' }, '措施更正')).toMatchObject({ ok: true, seq: 2 });

    // export: 签发 or 管理, never 录入; the bundle verifies with the stored key
    await as('wang');
    expect(await svc.exportBundle()).toMatchObject({ ok: false, reason: expect.stringContaining('导出登记册') });
    await as('admin');
    const ex = await svc.exportBundle();
    expect(ex.ok).toBe(true);
    const text = (ex as { text: string }).text;
    const key = (await db.signingKeys.get('register'))!.fingerprint as string;
    expect(await verifyBundle(text, { key })).toMatchObject({ ok: true, size: 2 });
    const actions = (await db.recordAudit.orderBy('seq').toArray()).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['publish', 'correct', 'export']);
  });

  it('does nothing when locked or signed out, and nothing for a disabled account', async () => {
    await as('wang');
    await svc.lock();
    expect(svc.useRecordsSession.getState()).toMatchObject({ user: null, lockedId: 'wang' });
    expect(await svc.newDraft(accountabilityDraft())).toEqual({ ok: false, reason: '请先登录（或解锁）再操作' });
    await as('admin');
    expect(await svc.setUserActive('wang', false)).toMatchObject({ ok: true });
    expect(await svc.signIn('wang', PW)).toEqual({ ok: false, reason: '该账号已停用，请联系管理员' });
    await svc.signOut();
    expect(await svc.exportAuditCsv()).toMatchObject({ ok: false });
    await as('admin');
    const csv = await svc.exportAuditCsv();
    expect(csv).toMatchObject({ ok: true, csv: expect.stringContaining('停用账号') });
  });

  it('the idle lock time is 管理 only, 1 to 240 minutes', async () => {
    await as('li');
    expect(await svc.setIdleMinutes(5)).toMatchObject({ ok: false });
    await as('admin');
    expect(await svc.setIdleMinutes(0)).toEqual({ ok: false, reason: '自动锁定时间应为 1 到 240 分钟' });
    expect(await svc.setIdleMinutes(5)).toEqual({ ok: true });
    expect(await svc.idleMinutes()).toBe(5);
  });
});
